// Privacy in real Chromium: through the three journeys — save a profile from a page with the real
// toolbar button; draft and copy a request in the side panel; log a reply and change the status —
// every network request is recorded, by Chromium's net-log (all processes) and by the DevTools
// protocol on every extension target (service worker, popup, real side panel, extension tabs) and
// on the test's tabs. The only requests may be the test's own pages and the subresources those
// pages start (refused by the test); chrome-extension:// URLs are not network. At the end the
// extension is made to fetch two canary addresses, once from its service worker and once from a
// page, to prove both recorders see what the extension sends; nothing else of the extension's may
// appear.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as HarnessModule from './harness';
import { byExtension, readNetLog, recordExtensionTargets, recordTab, withNetLog, type LoggedRequest, type SeenRequest } from './support/network';

// Before the harness loads: it reads CHROMIUM_PATH once (support/network.ts explains why).
const netLog = withNetLog();

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const LINKEDIN_URL = 'https://www.linkedin.com/in/siobhan-achterberg-4f2a1b/';
const GENERIC_URL = 'https://mara-okafor.example/about/';
/** Origins of the test's own pages: what they start is theirs. */
const TEST_ORIGINS = ['https://www.linkedin.com', 'https://mara-okafor.example'];
const CANARIES = ['https://canary-worker.invalid/ping', 'https://canary-page.invalid/ping'];
/**
 * Chromium's own services (clock sync, component and extension updates, account lookups): made by
 * the browser process ("not an origin", no extension in the isolation key), never by a page.
 */
const BROWSER_SERVICES = /^https?:\/\/([\w-]+\.)*(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|googleusercontent\.com)(:\d+)?\//i;
const COPIED = 'Copied. Paste it into LinkedIn yourself — Mentor Scout never sends.';

let harness: typeof HarnessModule;
let h: HarnessModule.Harness;
let recorder: Awaited<ReturnType<typeof recordExtensionTargets>>;
const tabRequests: SeenRequest[] = [];
let panel: Page;

beforeAll(async () => {
  harness = await import('./harness');
  h = await harness.launch();
  recorder = await recordExtensionTargets(h.browser, h.extensionId);
  h.serve(LINKEDIN_URL, harness.readFixture('linkedin/auth-2024.html'));
  h.serve(GENERIC_URL, harness.readFixture('generic/jsonld-about-page.html'));
});

afterAll(async () => {
  await h?.close().catch(() => {});
  netLog.cleanup();
});

/** Opens a test page in a tab whose requests (and their initiators) are recorded, presses the toolbar button, saves. */
async function saveWithToolbar(url: string, name: string, openPanel = false): Promise<void> {
  const tab = await h.open(url);
  recordTab(tab, tabRequests);
  const popup = await harness.pressToolbarButton(h, tab);
  await popup.waitForFunction((n) => (document.querySelector('input[name="name"]') as HTMLInputElement | null)?.value === n, { timeout: 30_000 }, name);
  await harness.clickButton(popup, 'Save');
  expect(await harness.textOf(popup, '.notice.ok')).toContain(`${name} is saved.`);
  // "Draft a request" opens the real side panel on the person (and closes the popup).
  if (openPanel) await harness.clickButton(popup, 'Draft a request');
}

describe('journeys', () => {
  it('1. saves a LinkedIn profile and a personal page with the real toolbar button', { timeout: 120_000 }, async () => {
    await saveWithToolbar(LINKEDIN_URL, 'Siobhan Achterberg', true);
    await saveWithToolbar(GENERIC_URL, 'Mara Okafor');
  });

  it('2. drafts a request in the side panel and copies it', { timeout: 120_000 }, async () => {
    // The list asks for the goals first; then the person is opened from it.
    panel = await h.openExtensionPage('sidepanel.html');
    await panel.bringToFront();
    await harness.waitForText(panel, 'First, your goals');
    await harness.typeInto(panel, 'Your name', 'Sam');
    await harness.typeInto(panel, 'What you want from mentoring', 'move from backend engineering into engineering management');
    await harness.typeInto(panel, 'The help you are looking for', 'advice on leading a team for the first time');
    await harness.clickButton(panel, 'Save goals');
    const row = await panel.waitForSelector(`::-p-xpath(//button[contains(@class, "person-row")][.//strong[normalize-space(.)="Siobhan Achterberg"]])`, { timeout: 15_000 });
    await row!.click();
    expect(await harness.textOf(panel, '#person-name')).toBe('Siobhan Achterberg');
    const note = await panel.$('input[type="radio"][value="connection-note"]');
    if (note) await note.click();
    // Nothing on a nurse's profile is about leading engineers: the panel asks for the mentee's own
    // reason rather than writing a long shot, and drafts from it once given.
    await harness.waitForText(panel, 'Nothing on Siobhan\'s profile relates to');
    await harness.typeInto(panel, 'Why them, in your words', 'your talk on teaching new nurses with checklists');
    await harness.clickButton(panel, 'Copy');
    await harness.waitForText(panel, COPIED);
  });

  it('3. logs a reply and changes the status', { timeout: 120_000 }, async () => {
    await harness.clickButton(panel, 'Log a reply…');
    await harness.typeInto(panel, 'Their reply', 'Happy to talk next week.');
    await harness.clickButton(panel, 'Save reply');
    await harness.waitForText(panel, 'Logged Siobhan Achterberg’s reply');
    await harness.clickButton(panel, 'Meeting scheduled');
    await panel.waitForSelector(harness.statusBadge('Meeting scheduled'), { timeout: 15_000 });
    // The badge recount these changes asked for has run.
    expect(await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'page→background:check-follow-ups', data: {} }))).toEqual({ due: 0 });
  });
});

describe('what went over the network', () => {
  let logged: LoggedRequest[] = [];

  it('the recorders see what the extension sends (two canaries, from its worker and from a page)', { timeout: 60_000 }, async () => {
    const worker = await h.worker();
    await worker.evaluate((url) => fetch(url).then(() => 'sent', () => 'failed'), CANARIES[0]!);
    await panel.evaluate((url) => fetch(url).then(() => 'sent', () => 'failed'), CANARIES[1]!);
    await harness.eventually(async () => CANARIES.every((url) => recorder.seen.some((r) => r.url === url)), 'both canaries recorded');
    await recorder.stop();
    await h.close();
    logged = readNetLog(netLog.file);
    expect(logged.filter((r) => byExtension(r, h.extensionId)).map((r) => r.url).sort()).toEqual([...CANARIES].sort());
  });

  it('the extension’s pages and service worker requested nothing else (DevTools protocol)', () => {
    expect(recorder.seen.filter((r) => !CANARIES.includes(r.url))).toEqual([]);
  });

  it('no request in the test’s tabs was started by the extension’s injected scripts', () => {
    expect(tabRequests.length).toBeGreaterThan(0); // the pages' own subresources were seen (and refused)
    expect(tabRequests.filter((r) => r.initiatedBy.some((url) => url.startsWith('chrome-extension://')))).toEqual([]);
  });

  it('every request in the net-log is the test’s pages, what they started, or the browser’s own services', () => {
    const explained = (r: LoggedRequest) =>
      CANARIES.includes(r.url) ||
      // Never reached the network stack: cut off by the test's request interception, which only
      // the test's tabs have (extension pages are not intercepted, so theirs would have started).
      !r.started ||
      TEST_ORIGINS.includes(r.initiator) ||
      TEST_ORIGINS.some((origin) => r.url.startsWith(`${origin}/`)) ||
      (r.initiator === 'not an origin' && !byExtension(r, h.extensionId) && BROWSER_SERVICES.test(r.url));
    expect(logged.filter((r) => !explained(r))).toEqual([]);
    // And nothing at all went to the profile photo's host: photos load only when the user asks.
    expect(logged.filter((r) => r.started && /media\.licdn\.com/.test(r.url))).toEqual([]);
  });
});
