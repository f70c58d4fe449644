// The three journeys in Debian's firefox-esr with the Firefox build (Manifest V2) installed as a
// temporary add-on: save a profile from a LinkedIn page served at its real address through the
// real Alt+Shift+M; draft and copy a connection note; mark it sent and log the reply; a due
// follow-up sets the toolbar badge and notifies; export a backup.
//
// What Firefox lets a test reach decides how (tests/e2e/firefox/README.md): the toolbar popup and
// the sidebar are out of reach (WebDriver BiDi lists tabs only, and X input stays with the main
// window, so a key or click closes the popup), so the side panel's views are driven in a tab the
// extension opens itself: the same pages, with the same code, as the sidebar shows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickButton, fieldId, readDatabaseIn, readFixture, statusBadge, textOf, typeInto, until, waitForText } from '../harness';
import { inventedPerson, putRecords } from '../support/pages';
import { launchFirefox, type FirefoxHarness } from './harness';
import { frontTabId, openPerson, pressShortcutAndReview, saveGoals } from './steps';

/** The WebExtension API inside Firefox's extension pages. */
declare const browser: Omit<typeof chrome, 'notifications'> & {
  browserAction: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
  notifications: { onShown: { addListener(listener: (id: string) => void): void }; getAll(): Promise<Record<string, { title: string; message: string }>> };
};

const LINKEDIN_URL = 'https://www.linkedin.com/in/siobhan-achterberg-4f2a1b/';
const NAME = 'Siobhan Achterberg';
const PERSON_ID = 'li:siobhan-achterberg-4f2a1b';
const COPIED = 'Copied. Paste it into LinkedIn yourself — Mentor Scout never sends.';
const REPLY = 'Happy to talk next week.';

let h: FirefoxHarness;
let linkedIn: Page;
let panel: Page;

beforeAll(async () => {
  h = await launchFirefox();
  h.serve(LINKEDIN_URL, readFixture('linkedin/auth-2024.html'));
}, 180_000);
afterAll(() => h?.close());

async function valueOf(p: Page, label: string): Promise<string> {
  return p.$eval(`[id="${await fieldId(p, label)}"]`, (el) => (el as HTMLInputElement).value);
}

describe('the journeys in firefox-esr', () => {
  it('saves a LinkedIn profile served at its real address, on the real Alt+Shift+M (activeTab)', async () => {
    linkedIn = await h.open(LINKEDIN_URL);
    const tabId = await frontTabId(h, linkedIn);

    // Before the user's gesture the extension may not read the tab: no host permission and no
    // grant, so Firefox does not even tell it the tab's address (no "tabs" permission either).
    const refused = await h.openExtensionPage(`sidepanel.html#capture=${tabId}`);
    await waitForText(refused, 'On this page, click the Mentor Scout button in the toolbar');
    await refused.close();

    // The real shortcut, pressed on the display: Firefox opens the toolbar popup on the LinkedIn
    // tab, which reads it with the activeTab grant the shortcut gave (_execute_browser_action).
    // The grant is the extension's for that tab until it navigates: the same review, opened in a
    // tab, then reads the page and saves it.
    const { review, popup } = await pressShortcutAndReview(h, linkedIn, tabId);
    expect(popup.width).toBeGreaterThanOrEqual(380);
    expect(await review.$eval('input[name="name"]', (el) => (el as HTMLInputElement).value)).toBe(NAME);
    expect(await review.$eval('input[name="profileUrl"]', (el) => (el as HTMLInputElement).value)).toBe(LINKEDIN_URL);
    await clickButton(review, 'Save');
    expect(await textOf(review, '.notice.ok')).toContain(`${NAME} is saved.`);
    const { people } = await readDatabaseIn(h.door);
    expect(people.map((p) => p.id)).toEqual([PERSON_ID]);
    await review.close();
  });

  it('drafts a connection note in the side panel’s views (the sidebar itself cannot be driven: the same page in a tab) and copies it', async () => {
    panel = await h.openExtensionPage('sidepanel.html');
    await saveGoals(panel);
    await openPerson(panel, NAME);
    const note = await panel.$('input[type="radio"][value="connection-note"]');
    if (note) await note.click();
    // Nothing on this profile matches the goals, so the mentee says why them in their own words.
    await typeInto(panel, 'Why them, in your words', 'your talk on teaching new nurses to trust their checklists');
    // The draft is composed after the view renders: wait for its text.
    const noteField = await fieldId(panel, 'Connection note text');
    await panel.waitForFunction((id) => (document.getElementById(id) as HTMLTextAreaElement | null)?.value, { timeout: 15_000 }, noteField);
    const text = await valueOf(panel, 'Connection note text');
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThanOrEqual(200);
    await clickButton(panel, 'Copy');
    await waitForText(panel, COPIED);

    // Read back where the mentee pastes: the LinkedIn tab (dom.events.testing.asyncClipboard lets
    // readText answer without the paste menu a user would click).
    await linkedIn.bringToFront();
    expect(await linkedIn.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await panel.bringToFront();
    await panel.waitForSelector(statusBadge('Request drafted'), { timeout: 15_000 });
    const { drafts, events } = await readDatabaseIn(panel);
    expect(drafts).toMatchObject([{ personId: PERSON_ID, channel: 'connection-note', text }]);
    expect(events.some((e) => e.personId === PERSON_ID && e.type === 'copied')).toBe(true);
  });

  it('marks the request sent, asks for the LinkedIn permission from a click, then logs the reply', async () => {
    await clickButton(panel, 'Mark as sent…');
    await clickButton(panel, 'Save as sent');
    await panel.waitForSelector(statusBadge('Request sent'), { timeout: 15_000 });

    // Reading the conversation from the side panel asks for the optional LinkedIn permission, from
    // the click itself as Firefox requires (the pref extensions.webextOptionalPermissionPrompts
    // answers the prompt). Opened as a tab, the panel is itself the current tab, so it then says
    // where to open the conversation; the permission stays granted.
    const linkedInOrigins = { origins: ['https://*.linkedin.com/*'] };
    expect(await panel.evaluate((o) => browser.permissions.contains(o), linkedInOrigins)).toBe(false);
    await clickButton(panel, 'Log reply from the open LinkedIn conversation');
    await waitForText(panel, 'Open the conversation in LinkedIn messaging');
    expect(await panel.evaluate((o) => browser.permissions.contains(o), linkedInOrigins)).toBe(true);

    await clickButton(panel, 'Log a reply…');
    await typeInto(panel, 'Their reply', REPLY);
    await clickButton(panel, 'Save reply');
    await waitForText(panel, `Logged ${NAME}’s reply`);
    const { people, events } = await readDatabaseIn(panel);
    expect(people.find((p) => p.id === PERSON_ID)).toMatchObject({ status: 'replied' });
    const mine = events.filter((e) => e.personId === PERSON_ID).map((e) => e.type);
    expect(mine).toEqual(expect.arrayContaining(['saved', 'copied', 'sent', 'reply']));
  });

  it('a follow-up that is due sets the toolbar badge (browserAction) and notifies', async () => {
    // Notifications come from the background page; every extension page hears their events.
    await panel.evaluate(() => {
      const shown: string[] = [];
      (window as unknown as { shownNotifications: string[] }).shownNotifications = shown;
      browser.notifications.onShown.addListener((id) => shown.push(id));
    });
    // A request sent 8 days ago with no answer: the follow-up (after 7 days) is due.
    const { person, events } = inventedPerson(1, 'sent', 8);
    await putRecords(panel, { people: [person], events });
    expect(await panel.evaluate(() => browser.runtime.sendMessage({ type: 'page→background:check-follow-ups', data: {} }))).toEqual({ due: 1 });
    expect(await panel.evaluate(() => browser.browserAction.getBadgeText({}))).toBe('1');
    expect(await panel.evaluate(() => browser.browserAction.getTitle({}))).toBe('Mentor Scout — 1 follow-up due');
    const shown = await until(
      () => panel.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications),
      (ids) => ids.length > 0,
      'the follow-up notification to show',
    );
    expect(shown).toEqual(['mentor-scout-due']);
    const notifications = await panel.evaluate(() => browser.notifications.getAll());
    expect(notifications['mentor-scout-due']).toMatchObject({
      title: 'Mentor Scout: one thing to do today',
      message: 'Person 1 Example: a polite follow-up is due (1 of 1).',
    });
  });

  it('exports a backup to the downloads folder', async () => {
    await clickButton(panel, 'Settings');
    await clickButton(panel, 'Export backup (JSON)');
    await waitForText(panel, 'Backup saved to your downloads');
    // Firefox creates the file empty, writes <name>.part, and moves it into place when complete.
    type Backup = { format: string; people: { id: string }[]; events: { personId: string; type: string }[] };
    const backup = await until(
      async (): Promise<Backup | null> => {
        const file = readdirSync(h.downloads).find((f) => /^mentor-scout-backup-\d{4}-\d{2}-\d{2}\.json$/.test(f));
        try {
          return file ? JSON.parse(readFileSync(join(h.downloads, file), 'utf8')) : null;
        } catch {
          return null;
        }
      },
      Boolean,
      'the complete backup file in the downloads folder',
    );
    expect(backup!.format).toBe('mentor-scout-backup');
    expect(backup!.people.map((p) => p.id).sort()).toEqual(['li:e2e-person-1', PERSON_ID]);
    expect(backup!.events.filter((e) => e.personId === PERSON_ID).map((e) => e.type)).toContain('reply');
  });
});
