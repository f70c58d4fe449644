// Privacy in firefox-esr: every request Firefox would send goes through a recording proxy on
// 127.0.0.1 (set by prefs: network.proxy.*), with Firefox's own background traffic switched off by
// prefs (QUIET_PREFS in harness.ts). Through the three journeys — save a profile with the real
// Alt+Shift+M, draft and copy a note, mark it sent, log a reply, recount the follow-ups, export a
// backup — the proxy must see nothing: the test's pages are answered inside Firefox by request
// interception before they reach the network, and their own subresources are refused there too,
// so whatever reaches the proxy was sent by Firefox or by the extension (from any of its contexts:
// background page, popup, sidebar, tabs; puppeteer sees only tabs, the proxy sees them all).
// Last, the extension is made to fetch two canary addresses, one from its background page and one
// from an extension tab, to prove the proxy records what the extension sends.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickButton, readFixture, typeInto, until, waitForText } from '../harness';
import { launchFirefox, type FirefoxHarness } from './harness';
import { proxyPrefs, startRecordingProxy, type RecordingProxy } from './proxy';
import { frontTabId, openPerson, pressShortcutAndReview, saveGoals } from './steps';

declare const browser: typeof chrome & { runtime: { getBackgroundPage(): Promise<Window> } };

const LINKEDIN_URL = 'https://www.linkedin.com/in/siobhan-achterberg-4f2a1b/';
const GENERIC_URL = 'https://mara-okafor.example/about/';
const CANARIES = [
  { method: 'GET', target: 'http://canary-background.invalid/ping' },
  { method: 'CONNECT', target: 'canary-page.invalid:443' },
];

let proxy: RecordingProxy;
let h: FirefoxHarness;
let panel: Page;

beforeAll(async () => {
  proxy = await startRecordingProxy();
  h = await launchFirefox({ prefs: proxyPrefs(proxy.port) });
  h.serve(LINKEDIN_URL, readFixture('linkedin/auth-2024.html'));
  h.serve(GENERIC_URL, readFixture('generic/jsonld-about-page.html'));
}, 180_000);

afterAll(async () => {
  await h?.close();
  await proxy?.close();
});

async function saveWithShortcut(url: string, name: string): Promise<void> {
  const tab = await h.open(url);
  const { review } = await pressShortcutAndReview(h, tab, await frontTabId(h, tab));
  await clickButton(review, 'Save');
  await waitForText(review, `${name} is saved.`);
  await review.close();
}

describe('journeys through the recording proxy', () => {
  it('1. saves a LinkedIn profile and a personal page with the real shortcut', async () => {
    await saveWithShortcut(LINKEDIN_URL, 'Siobhan Achterberg');
    await saveWithShortcut(GENERIC_URL, 'Mara Okafor');
  });

  it('2. drafts a request in the side panel’s views and copies it', async () => {
    panel = await h.openExtensionPage('sidepanel.html');
    await saveGoals(panel);
    await openPerson(panel, 'Siobhan Achterberg');
    await typeInto(panel, 'Why them, in your words', 'your talk on teaching new nurses to trust their checklists');
    await panel.waitForFunction(() => /[1-9]\d* of 200 characters/.test(document.body.innerText), { timeout: 15_000 });
    await clickButton(panel, 'Copy');
    await waitForText(panel, 'Copied.');
  });

  it('3. marks it sent, logs a reply, recounts the follow-ups and exports a backup', async () => {
    await clickButton(panel, 'Mark as sent…');
    await clickButton(panel, 'Save as sent');
    await clickButton(panel, 'Log a reply…');
    await typeInto(panel, 'Their reply', 'Happy to talk next week.');
    await clickButton(panel, 'Save reply');
    await waitForText(panel, 'Logged Siobhan Achterberg’s reply');
    expect(await panel.evaluate(() => browser.runtime.sendMessage({ type: 'page→background:check-follow-ups', data: {} }))).toEqual({ due: 0 });
    await clickButton(panel, 'Settings');
    await clickButton(panel, 'Export backup (JSON)');
    await waitForText(panel, 'Backup saved to your downloads');
  });
});

describe('what reached the network', () => {
  it('the proxy records what the extension sends: a canary from its background page and one from an extension tab', async () => {
    await panel.evaluate(async (address) => {
      // The background page's own fetch, called in its own window: the request is the background's.
      const background = await browser.runtime.getBackgroundPage();
      await background!.fetch(address).catch(() => {});
    }, CANARIES[0]!.target);
    await panel.evaluate((address) => fetch(address).catch(() => {}), `https://${CANARIES[1]!.target.replace(/:443$/, '')}/ping`);
    await until(
      async () => proxy.seen,
      (seen) => CANARIES.every((c) => seen.some((s) => s.method === c.method && s.target === c.target)),
      'both canaries at the proxy',
    );
  });

  it('nothing else: no request of the extension’s and none of Firefox’s own', () => {
    const others = proxy.seen.filter((s) => !CANARIES.some((c) => c.method === s.method && c.target === s.target));
    expect(others).toEqual([]);
  });
});
