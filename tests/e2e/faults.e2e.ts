// Faults in real Chromium with the built extension: the service worker stopped in the middle of a
// follow-up check (paused by the DevTools protocol exactly there, then stopped), also while a
// reply logged in the side panel is being recounted; the browser closed and reopened with the same
// profile; two side panel tabs changing the same person at once.
import { rmSync } from 'node:fs';
import type { CDPSession, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickButton, type Harness, launch, pressToolbarButton, readDatabaseIn, readFixture, textOf, until, waitForText, statusBadge } from './harness';
import { GOALS, databaseReady, inventedPerson, putRecords } from './support/pages';

// The extension APIs inside its pages, where the test evaluates code.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  action: { getBadgeText(details: object): Promise<string> };
  alarms: { clearAll(): Promise<boolean> };
};

let h: Harness;
let userDataDir = '';
let panel: Page;

const SENT = 40; // people whose follow-up is due (sent 8 days ago)
const WAITING = 5; // people saved, nothing due
const CHECK = { type: 'page→background:check-follow-ups', data: {} };

/** The bookkeeping of what was already notified is the worker's, not the mentee's data. */
const own = (dump: Record<string, Record<string, unknown>[]>) =>
  Object.fromEntries(Object.entries(dump).map(([store, records]) => [store, records.filter((r) => r.key !== 'notifiedFollowUps')]));
const notified = (dump: Record<string, Record<string, unknown>[]>) => (dump.settings ?? []).find((r) => r.key === 'notifiedFollowUps')?.value as string[] | undefined;

const badge = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));

/** The running version of the extension's service worker, as the ServiceWorker domain sees it. */
async function workerControl(page: Page): Promise<{ stop: () => Promise<void>; session: CDPSession }> {
  const session = await page.createCDPSession();
  const versions = new Map<string, string>();
  session.on('ServiceWorker.workerVersionUpdated', (event: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
    for (const v of event.versions) if (v.scriptURL.startsWith(`chrome-extension://${h.extensionId}/`)) versions.set(v.versionId, v.runningStatus);
  });
  await session.send('ServiceWorker.enable');
  const stop = async () => {
    const running = await until(async () => [...versions].find(([, status]) => status === 'running' || status === 'starting')?.[0], Boolean, 'a running service worker');
    await session.send('ServiceWorker.stopWorker', { versionId: running! });
    await until(async () => versions.get(running!), (status) => status === 'stopped', 'the service worker to stop');
  };
  return { stop, session };
}

/**
 * Sets a breakpoint in the running service worker at the first occurrence of `needle` in its
 * script (after the first occurrence of `after`, when given); `paused` resolves once the worker is paused there.
 */
async function breakWorkerAt(needle: string, after = ''): Promise<{ paused: Promise<void>; release: () => Promise<void> }> {
  // No alarm may run the check meanwhile: only the test's own message may reach the breakpoint.
  await panel.evaluate(() => chrome.alarms.clearAll());
  const target = await h.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${h.extensionId}/`));
  const session = await target.createCDPSession();
  const scripts: { scriptId: string; url: string }[] = [];
  session.on('Debugger.scriptParsed', (event: { scriptId: string; url: string }) => scripts.push(event));
  await session.send('Debugger.enable');
  const script = await until(async () => scripts.find((s) => s.url.endsWith('/background.js')), Boolean, 'the background script');
  const { scriptSource } = (await session.send('Debugger.getScriptSource', { scriptId: script!.scriptId })) as { scriptSource: string };
  const offset = scriptSource.indexOf(needle, after ? scriptSource.indexOf(after) : 0);
  expect(offset, `${needle} in background.js`).toBeGreaterThan(-1);
  const before = scriptSource.slice(0, offset).split('\n');
  await session.send('Debugger.setBreakpoint', { location: { scriptId: script!.scriptId, lineNumber: before.length - 1, columnNumber: before.at(-1)!.length } });
  // Wrapped: an async function returning a bare promise would wait for it. `release` detaches the
  // debugger: Chromium keeps a service worker's DevTools session (and its breakpoints) across
  // restarts of the same version, so the woken worker would stop at the breakpoint again.
  return {
    paused: new Promise((resolve) => session.once('Debugger.paused', () => resolve())),
    release: () => session.detach().catch(() => {}),
  };
}

beforeAll(async () => {
  h = await launch();
  userDataDir = h.userDataDir;
  panel = await h.openExtensionPage('sidepanel.html');
  await databaseReady(panel);
  const people = [...Array.from({ length: SENT }, (_, i) => inventedPerson(i, 'sent', 8)), ...Array.from({ length: WAITING }, (_, i) => inventedPerson(SENT + i, 'saved', 1))];
  await putRecords(panel, { people: people.map((p) => p.person), events: people.flatMap((p) => p.events), goals: [GOALS] });
});

afterAll(async () => {
  await h?.close({ keepProfile: true });
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

describe('the service worker stopped mid-operation', () => {
  it('stopped in the middle of a follow-up check: nothing half-written, and the next message wakes it and finishes the job', { timeout: 120_000 }, async () => {
    const control = await workerControl(panel);
    const before = await readDatabaseIn(panel);
    expect(notified(before)).toBeUndefined();

    // Pause the worker inside checkFollowUps, after it read everything and before it wrote anything.
    const { paused, release } = await breakWorkerAt('setBadgeText(');
    await panel.evaluate((message) => {
      (globalThis as Record<string, unknown>).__answer = chrome.runtime.sendMessage(message).then(
        (answer) => ({ answer }),
        (error: unknown) => ({ error: String(error) }),
      );
    }, CHECK);
    await paused;
    await control.stop();
    await release();

    // The page's question got no answer; the page is told so (it does not hang).
    const outcome = (await panel.evaluate(() => (globalThis as Record<string, unknown>).__answer)) as { answer?: unknown; error?: string };
    expect(outcome.answer).toBeUndefined();
    expect(outcome.error).toEqual(expect.any(String));
    // Nothing was written half-way, and no badge was set.
    expect(await readDatabaseIn(panel)).toEqual(before);
    expect(await badge(panel)).toBe('');

    // The next message starts the worker again, which counts and remembers everything due.
    expect(await panel.evaluate((message) => chrome.runtime.sendMessage(message), CHECK)).toEqual({ due: SENT });
    expect(await badge(panel)).toBe(String(SENT));
    const after = await readDatabaseIn(panel);
    expect(own(after)).toEqual(own(before));
    expect(notified(after)).toHaveLength(SENT);
    await control.session.detach();
  });

  it('stopped while recounting after a reply was logged in the side panel: the reply is kept, the badge is right after the next wake', { timeout: 120_000 }, async () => {
    const control = await workerControl(panel);
    const person = inventedPerson(0, 'sent', 8).person;
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html#person=${encodeURIComponent(person.id)}`, { waitUntil: 'domcontentloaded' });
    await panel.reload({ waitUntil: 'domcontentloaded' });
    expect(await textOf(panel, '#person-name')).toBe(person.profile.name);

    const { paused, release } = await breakWorkerAt('setBadgeText(');
    await clickButton(panel, 'Log a reply…');
    const field = await panel.waitForFunction(() => [...document.querySelectorAll('label')].find((l) => (l.textContent ?? '').trim().startsWith('Their reply'))?.htmlFor || null, { timeout: 15_000 });
    await panel.type(`[id="${await field.jsonValue()}"]`, 'Happy to talk next week.');
    await clickButton(panel, 'Save reply');
    // The page stored the reply, then asked the worker to recount: stop it right in the middle.
    await paused;
    await control.stop();
    await release();
    await waitForText(panel, `Logged ${person.profile.name}’s reply`);

    const dump = await readDatabaseIn(panel);
    const stored = dump.people!.find((p) => p.id === person.id)!;
    expect(stored.status).toBe('replied');
    expect(dump.events!.filter((e) => e.personId === person.id && e.type === 'reply').map((e) => e.text)).toEqual(['Happy to talk next week.']);
    expect(await badge(panel)).toBe(String(SENT)); // still the old count: the recount never ran

    expect(await panel.evaluate((message) => chrome.runtime.sendMessage(message), CHECK)).toEqual({ due: SENT - 1 });
    expect(await badge(panel)).toBe(String(SENT - 1));
    await control.session.detach();
  });

  it('stopped right after it wrote what it notified, before that write committed: the record is the old one or the new one, never a mix', { timeout: 120_000 }, async () => {
    const control = await workerControl(panel);
    // One more follow-up becomes due, so the check has something new to remember.
    const extra = inventedPerson(SENT + 3, 'sent', 8);
    await putRecords(panel, { people: [extra.person], events: extra.events });
    const before = await readDatabaseIn(panel);
    const old = notified(before)!;
    expect(old).toHaveLength(SENT - 1);

    // Pause on the statement after `await db.put('settings', { key: 'notifiedFollowUps', … })`.
    const { paused, release } = await breakWorkerAt('alarms.clear(', 'setBadgeText(');
    void panel.evaluate((message) => chrome.runtime.sendMessage(message).catch(() => null), CHECK);
    await paused;
    await control.stop();
    await release();

    const after = await readDatabaseIn(panel);
    expect(own(after)).toEqual(own(before));
    const kept = notified(after) ?? [];
    const isOld = kept.length === old.length && kept.every((k, i) => k === old[i]);
    const isNew = kept.length === SENT && old.every((k) => kept.includes(k));
    expect(isOld || isNew, `notifiedFollowUps after the stop: ${JSON.stringify(kept)}`).toBe(true);

    expect(await panel.evaluate((message) => chrome.runtime.sendMessage(message), CHECK)).toEqual({ due: SENT });
    expect(notified(await readDatabaseIn(panel))).toHaveLength(SENT);
    await control.session.detach();
  });
});

describe('two side panel tabs changing the same person at once', () => {
  /** The notes textarea of the person's page. */
  const notes = (p: Page) => p.waitForSelector('textarea[placeholder^="What you know about them"]', { timeout: 15_000 });

  async function openPerson(id: string): Promise<Page> {
    const page = await h.openExtensionPage(`sidepanel.html#person=${encodeURIComponent(id)}`);
    await page.waitForSelector('#person-name', { timeout: 15_000 });
    return page;
  }

  it('notes typed in one and a status change in the other: both are kept, and each tab shows the other’s change', { timeout: 120_000 }, async () => {
    const { person } = inventedPerson(SENT + 1, 'saved', 1);
    const [a, b] = [await openPerson(person.id), await openPerson(person.id)];
    await a.bringToFront();
    await (await notes(a))!.type('Introduced by Kofi; ask about the reorg.');
    // While tab A's notes wait for their autosave, tab B moves the person on.
    await b.bringToFront();
    await clickButton(b, 'Request drafted');
    await a.bringToFront();
    await a.click('#person-name'); // leaving the field saves the notes at once
    const stored = await until(
      async () => (await readDatabaseIn(a)).people!.find((p) => p.id === person.id)!,
      (p) => p.notes === 'Introduced by Kofi; ask about the reorg.' && p.status === 'drafted',
      'both changes stored',
    );
    expect(stored).toMatchObject({ notes: 'Introduced by Kofi; ask about the reorg.', status: 'drafted' });
    const events = (await readDatabaseIn(a)).events!.filter((e) => e.personId === person.id && e.type === 'status');
    expect(events.map((e) => [e.from, e.to])).toEqual([['saved', 'drafted']]);
    // Each tab shows both changes without a reload.
    await a.waitForSelector(statusBadge('Request drafted'), { timeout: 15_000 });
    await b.waitForFunction(
      (text) => (document.querySelector('textarea[placeholder^="What you know about them"]') as HTMLTextAreaElement | null)?.value === text,
      { timeout: 15_000 },
      'Introduced by Kofi; ask about the reorg.',
    );
    await a.close();
    await b.close();
  });

  it('a profile edit saved in one while notes are saved in the other: both are kept', { timeout: 120_000 }, async () => {
    const { person } = inventedPerson(SENT + 2, 'saved', 1);
    const [a, b] = [await openPerson(person.id), await openPerson(person.id)];
    await a.bringToFront();
    // The profile is one click away on a person's page: open its section first.
    await (await a.waitForSelector('::-p-xpath(//*[@data-section="profile"]//button[normalize-space(.)="Profile"])', { timeout: 15_000 }))!.click();
    const edit = await a.waitForSelector('::-p-xpath(//*[@data-section="profile"]//button[normalize-space(.)="Edit"])', { timeout: 15_000 });
    await edit!.click();
    const headline = await a.waitForSelector('form input[name="headline"]', { timeout: 15_000 });
    await headline!.click({ count: 3 });
    await headline!.type('Director of Engineering at Examplecorp');
    // Tab B writes notes (still open in A's editor as the old record), then A saves its edit.
    await b.bringToFront();
    await (await notes(b))!.type('Met at the platform meetup.');
    await b.click('#person-name');
    await until(async () => (await readDatabaseIn(b)).people!.find((p) => p.id === person.id)!.notes, (n) => n === 'Met at the platform meetup.', 'notes stored');
    await a.bringToFront();
    const save = await a.waitForSelector('::-p-xpath(//*[@data-section="profile"]//button[normalize-space(.)="Save changes"])', { timeout: 15_000 });
    await save!.click();
    const stored = await until(
      async () => (await readDatabaseIn(a)).people!.find((p) => p.id === person.id)! as { notes: string; profile: { headline: string } },
      (p) => p.profile.headline === 'Director of Engineering at Examplecorp',
      'the profile edit stored',
    );
    expect(stored.notes).toBe('Met at the platform meetup.');
    await a.close();
    await b.close();
  });
});

describe('the browser closed and opened again with the same profile', () => {
  it('keeps everything: the data, a profile saved with the toolbar button just before, the badge after a recount', { timeout: 180_000 }, async () => {
    // One more save through the real toolbar button, then close right after it is stored.
    const url = 'https://www.linkedin.com/in/siobhan-achterberg-4f2a1b/';
    h.serve(url, readFixture('linkedin/auth-2024.html'));
    const tab = await h.open(url);
    const popup = await pressToolbarButton(h, tab);
    await popup.waitForFunction(() => (document.querySelector('input[name="name"]') as HTMLInputElement | null)?.value, { timeout: 30_000 });
    await clickButton(popup, 'Save');
    expect(await textOf(popup, '.notice.ok')).toContain('is saved.');
    const before = own(await readDatabaseIn(panel));
    expect(before.people!.some((p) => p.id === 'li:siobhan-achterberg-4f2a1b')).toBe(true);

    await h.close({ keepProfile: true });
    h = await launch({ userDataDir });
    panel = await h.openExtensionPage('sidepanel.html');
    await databaseReady(panel);
    expect(own(await readDatabaseIn(panel))).toEqual(before);
    // The list shows them, and the worker counts the same follow-ups as before the restart.
    await waitForText(panel, 'Siobhan Achterberg');
    expect(await panel.evaluate((message) => chrome.runtime.sendMessage(message), CHECK)).toEqual({ due: SENT });
    expect(await badge(panel)).toBe(String(SENT));
  });
});
