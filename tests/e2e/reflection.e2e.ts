// The reflect-and-adjust journey in real Chromium with the built extension (issue #13): a meeting's
// takeaways are recorded, a reflection prompt appears on Today and on the toolbar badge (whose title
// says what it counts), the reflection is written there and changes the goal, the person's page
// shows the progress chart with the same numbers as a table and the next meeting's prep list, the
// next draft uses the adjusted goal, and the next meeting starts with the prep list as questions.
// The side panel is opened as a tab and driven with clicks and typing; only the starting data is
// seeded directly into IndexedDB. Screenshots of the reflection section, light and dark, are written
// to $REFLECTION_SCREENSHOTS when it is set.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from '../../components/sample';
import { clickButton, fieldId, type Harness, launch, readDatabaseIn, textOf, typeInto, waitForText } from './harness';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
};

const DAY = 86_400_000;
const PERSON_ID = 'p:rosa-reflect-e2e';
const NAME = SAMPLE_PROFILE.name;
const FIRST_GOAL = 'move from backend engineering into engineering management';
const ADJUSTED_GOAL = 'lead a platform team of five engineers within a year';
const TAKEAWAY = 'Write a one-page plan for the first team meeting';
const CHANGE_NOTE = 'Ask how she chose her first hire';

let h: Harness;
let page: Page;
let downloads: string;

/** Goals, and Rosa in Mentoring with a meeting three days ago whose takeaways are not written yet. */
async function seed(p: Page): Promise<void> {
  const now = Date.now();
  const at = (days: number) => new Date(now - days * DAY).toISOString();
  const person = {
    id: PERSON_ID,
    profile: SAMPLE_PROFILE,
    status: 'mentoring',
    notes: '',
    tags: [],
    otherUrls: [],
    showPhoto: false,
    createdAt: at(40),
    updatedAt: at(3),
    lastActivityAt: at(3),
  };
  const event = (id: string, type: string, days: number, extra: Record<string, unknown> = {}) => ({ id: `ev:reflect-${id}`, personId: PERSON_ID, type, at: at(days), ...extra });
  const events = [
    event('saved', 'saved', 40),
    event('sent', 'sent', 35, { channel: 'message' }),
    event('reply', 'reply', 30, { channel: 'message', text: 'Gladly, let us talk monthly.' }),
    event('meeting', 'meeting', 10, { meetingId: 'mt:reflect-1' }),
    event('mentoring', 'status', 3, { from: 'meeting-scheduled', to: 'mentoring' }),
  ];
  const meeting = {
    id: 'mt:reflect-1',
    personId: PERSON_ID,
    startsAt: at(3),
    timeZone: 'Europe/Amsterdam',
    durationMinutes: 30,
    format: 'video',
    questions: ['How did you prepare your first one-to-ones?'],
    takeaways: [],
    actionItems: [],
    expectations: { frequency: 'monthly', channel: 'video call' },
    notes: '',
    createdAt: at(10),
    updatedAt: at(10),
  };
  const goals = {
    summary: FIRST_GOAL,
    reasons: ['career-advancement'],
    helpWanted: 'advice on leading a team for the first time',
    ask: { format: 'call', minutes: 20 },
    me: { name: 'Sam', intro: 'backend engineer' },
  };
  const goal = { id: 'goal:first', position: 0, goals, createdAt: at(40), updatedAt: at(40) };
  await p.evaluate(
    (person, events, meeting, goal) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('mentor-scout');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['people', 'events', 'meetings', 'goals'], 'readwrite');
          tx.objectStore('people').put(person);
          for (const e of events) tx.objectStore('events').put(e);
          tx.objectStore('meetings').put(meeting);
          tx.objectStore('goals').put(goal);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    person,
    events,
    meeting,
    goal,
  );
}

/** Recounts in the background (as every save does) and reads the toolbar button's number and title. */
async function toolbar(): Promise<{ badge: string; title: string }> {
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'page→background:check-follow-ups', data: {} }));
  const worker = await h.worker();
  return worker.evaluate(async () => ({ badge: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));
}

async function openPerson(): Promise<void> {
  // The address may still name the person from an earlier visit: a hash that does not change opens nothing.
  await page.evaluate(() => (location.hash = ''));
  await page.evaluate((id) => (location.hash = `person=${encodeURIComponent(id)}`), PERSON_ID);
  await page.waitForFunction((n) => document.querySelector('h1')?.textContent === n, { timeout: 15_000 }, NAME);
}

async function openToday(): Promise<void> {
  await page.click('::-p-xpath(//nav//button[normalize-space(.)="Today"])');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Today', { timeout: 15_000 });
  await page.waitForFunction(() => !document.body.innerText.includes('Loading'), { timeout: 15_000 });
}

/** Replaces the whole text of the field labelled `label`, as a user selecting all and typing would. */
async function replaceText(p: Page, label: string, text: string): Promise<void> {
  const selector = `[id="${await fieldId(p, label)}"]`;
  await p.click(selector);
  await p.keyboard.down('Control');
  await p.keyboard.press('KeyA');
  await p.keyboard.up('Control');
  await p.keyboard.press('Backspace');
  await p.type(selector, text);
}

beforeAll(async () => {
  h = await launch();
  downloads = mkdtempSync(join(tmpdir(), 'mentor-scout-reflection-downloads-'));
  const cdp = await h.browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
  page = await h.openExtensionPage('sidepanel.html');
  await page.setViewport({ width: 400, height: 900 });
  // The page creates the database at its current version; seeding before would create an empty one.
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'mentor-scout' && (d.version ?? 0) >= 3), { timeout: 15_000 });
  await seed(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
});

afterAll(async () => {
  await h?.close();
  if (downloads && existsSync(downloads)) rmSync(downloads, { recursive: true, force: true });
});

async function waitForDownload(pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const file = readdirSync(downloads).find((f) => pattern.test(f));
    if (file) return join(downloads, file);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no download matching ${pattern}: ${readdirSync(downloads).join(', ')}`);
}

describe('reflect and adjust', () => {
  it('asks nothing before the meeting’s takeaways are written', async () => {
    await openToday();
    expect(await page.$('ul[aria-label="Reflections due"]')).toBeNull();
    expect(await toolbar()).toEqual({ badge: '', title: 'Save this profile to Mentor Scout' });
  });

  it('offers a reflection on Today and on the badge once the meeting’s takeaways are recorded', async () => {
    await openPerson();
    await clickButton(page, 'Record how it went');
    await typeInto(page, 'Takeaways', TAKEAWAY);
    await clickButton(page, 'Save changes');
    await waitForText(page, TAKEAWAY);
    expect(await toolbar()).toEqual({ badge: '1', title: 'Mentor Scout — 1 reflection due' });

    await openToday();
    await page.waitForSelector('ul[aria-label="Reflections due"]', { timeout: 15_000 });
    expect(await textOf(page, 'ul[aria-label="Reflections due"]')).toContain(`${NAME}: reflect on your meeting`);
  });

  it('saves the reflection written on Today, and the goal it changed keeps its earlier words', async () => {
    await page.click(`button[aria-label="Reflect on ${NAME}"]`);
    await waitForText(page, `Reflect on your mentorship with ${NAME}`);
    await waitForText(page, `Progress toward “${FIRST_GOAL}”`);
    await page.click('::-p-xpath(//label[normalize-space(.)="Good progress"]/input)');
    await page.click('::-p-xpath(//fieldset[legend="Is this mentorship working for you?"]//label[normalize-space(.)="Yes"]/input)');
    await typeInto(page, 'Why?', 'Concrete advice I used the next day.');
    await page.click('::-p-xpath(//label[normalize-space(.)="Bring more specific questions"]/input)');
    await typeInto(page, 'In your words', CHANGE_NOTE);
    await page.click('::-p-xpath(//label[normalize-space(.)="It changed"]/input)');
    await replaceText(page, 'The goal now', ADJUSTED_GOAL);
    await clickButton(page, 'Save reflection');
    await waitForText(page, `Reflection saved for ${NAME}.`);
    await page.waitForFunction(() => !document.querySelector('ul[aria-label="Reflections due"]'), { timeout: 15_000 });
    expect(await toolbar()).toEqual({ badge: '', title: 'Save this profile to Mentor Scout' });

    const db = await readDatabaseIn(page);
    expect(db.reflections).toEqual([
      expect.objectContaining({
        personId: PERSON_ID,
        promptKey: 'meeting:mt:reflect-1',
        kind: 'answered',
        meetingId: 'mt:reflect-1',
        progress: 4,
        working: 'yes',
        changes: ['sharper-questions'],
        changeNote: CHANGE_NOTE,
        goalId: 'goal:first',
        goalOutcome: 'changed',
      }),
    ]);
    expect(db.goals).toEqual([expect.objectContaining({ id: 'goal:first', goals: expect.objectContaining({ summary: ADJUSTED_GOAL }) })]);
    expect(db.goalVersions).toEqual([expect.objectContaining({ goalId: 'goal:first', goals: expect.objectContaining({ summary: FIRST_GOAL }), reflectionId: db.reflections![0]!.id })]);
  });

  it('shows the progress chart, its numbers as a table, and the next meeting’s prep list on the person’s page', async () => {
    await openPerson();
    const chart = await page.waitForSelector('[data-testid="progress-chart"]', { visible: true, timeout: 15_000 });
    const box = await chart!.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(await chart!.$$eval('circle', (dots) => dots.length)).toBe(1);
    const table = await textOf(page, 'table.visually-hidden');
    expect(table).toContain('Good progress (4 of 5)');
    expect(table).toContain('Progress over 1 reflection (latest: Good progress); 1 meeting; 0 of 0 action items done.');
    await waitForText(page, 'For the next meeting');
    await waitForText(page, CHANGE_NOTE);

    const dir = process.env.REFLECTION_SCREENSHOTS;
    if (dir) {
      const section = await page.$('::-p-xpath(//section[h2[normalize-space(.)="Reflect and adjust"]])');
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await section!.screenshot({ path: join(dir, `reflect-section-${scheme}.png`) });
      }
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    }
  });

  it('drafts the next request with the adjusted goal', async () => {
    await page.click('::-p-xpath(//h2[contains(@class, "section-toggle")]/button[span[1][normalize-space(.)="Draft a request"]])');
    // The drafting workspace loads its templates and drafts first: wait for its channel choice.
    const message = await page.waitForSelector('input[type="radio"][value="message"]', { timeout: 15_000 });
    await message!.click();
    const id = await fieldId(page, 'LinkedIn message text');
    await page.waitForFunction((sel) => ((document.querySelector(sel) as HTMLTextAreaElement | null)?.value ?? '').length > 0, { timeout: 15_000 }, `[id="${id}"]`);
    const text = await page.$eval(`[id="${id}"]`, (el) => (el as HTMLTextAreaElement).value);
    expect(text).toContain(ADJUSTED_GOAL);
    expect(text).not.toContain(FIRST_GOAL);
  });

  it('starts the next meeting with the prep list among its questions', async () => {
    await clickButton(page, 'Schedule a meeting…');
    await clickButton(page, 'Save meeting');
    await page.waitForFunction(
      async (personId) => {
        const db = await new Promise<IDBDatabase>((resolve) => {
          const open = indexedDB.open('mentor-scout');
          open.onsuccess = () => resolve(open.result);
        });
        const count = await new Promise<number>((resolve) => {
          const request = db.transaction('meetings').objectStore('meetings').index('personId').count(personId);
          request.onsuccess = () => resolve(request.result);
        });
        db.close();
        return count === 2;
      },
      { timeout: 15_000 },
      PERSON_ID,
    );
    const { meetings } = await readDatabaseIn(page);
    const next = meetings!.find((m) => m.id !== 'mt:reflect-1')!;
    expect(next.questions).toEqual(expect.arrayContaining(['Bring more specific questions', CHANGE_NOTE]));
  });

  it('pauses the mentorship, and Resume takes it back to Mentoring', async () => {
    await openPerson();
    await clickButton(page, 'Pause');
    await waitForText(page, 'Status changed to “Paused”.');
    await clickButton(page, 'Resume: back to “Mentoring”');
    await waitForText(page, 'Status changed to “Mentoring”.');
    const { people } = await readDatabaseIn(page);
    expect(people!.find((p) => p.id === PERSON_ID)).toMatchObject({ status: 'mentoring' });
  });

  it('exports the reflections as a spreadsheet and turns reflection notifications on from Settings', async () => {
    await page.click('::-p-xpath(//nav//button[normalize-space(.)="Settings"])');
    await clickButton(page, 'Export reflections (CSV)');
    const file = await waitForDownload(/^mentor-scout-reflections-\d{4}-\d{2}-\d{2}\.csv$/);
    await waitForText(page, 'Saved 1 reflection as a spreadsheet (CSV)');
    const [header, row] = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe('person,profileUrl,writtenAt,after,progress,progressWords,working,why,changes,changeNote,goal,goalOutcome');
    expect(row).toContain(`${NAME},,`);
    expect(row).toContain(',meeting,4,Good progress,Yes,Concrete advice I used the next day.,Bring more specific questions,');
    expect(row).toContain(`${ADJUSTED_GOAL},changed`);

    const box = await page.waitForSelector('::-p-xpath(//label[starts-with(normalize-space(.), "Show a browser notification when a reflection is due")]/input)');
    expect(await box!.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
    await box!.click();
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('mentor-scout');
          open.onsuccess = () => {
            const request = open.result.transaction('settings').objectStore('settings').get('preferences');
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result?.value?.reflectionNotifications === true);
            };
          };
        }),
      { timeout: 15_000 },
    );
  });
});
