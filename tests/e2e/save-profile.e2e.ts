// Journey 1: save a profile from the page you are on, by pressing the real toolbar button.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickButton, eventually, launch, pressToolbarButton, readDatabase, readFixture, textOf, type Harness } from './harness';

const LINKEDIN_URL = 'https://www.linkedin.com/in/siobhan-achterberg-4f2a1b/';
const GENERIC_URL = 'https://mara-okafor.example/about/';
const AUTHWALL_URL = 'https://www.linkedin.com/in/mira-solberg/';

let h: Harness;

beforeAll(async () => {
  h = await launch();
  h.serve(LINKEDIN_URL, readFixture('linkedin/auth-2024.html'));
  h.serve('https://uk.linkedin.com/in/siobhan-achterberg-4f2a1b', readFixture('linkedin/auth-2024.html'));
  h.serve(GENERIC_URL, readFixture('generic/jsonld-about-page.html'));
  h.serve(AUTHWALL_URL, readFixture('linkedin/authwall.html'));
});
afterAll(() => h?.close());

async function inputValue(popup: Page, name: string): Promise<string> {
  const input = await popup.waitForSelector(`input[name="${name}"]`, { timeout: 15_000 });
  // The form is filled when the capture arrives; wait for a value rather than the empty first render.
  await popup.waitForFunction((n) => (document.querySelector(`input[name="${n}"]`) as HTMLInputElement | null)?.value !== '', { timeout: 15_000 }, name).catch(() => {});
  return input!.evaluate((el) => (el as HTMLInputElement).value);
}

const people = async () => ((await readDatabase(h)).people ?? []) as { id: string; profile: { name: string; headline: string } }[];

describe('saving a profile from the page you are on', () => {
  it('reads a LinkedIn profile on the toolbar click, lets the user correct it, and stores it', async () => {
    const tab = await h.open(LINKEDIN_URL);
    const popup = await pressToolbarButton(h, tab);
    expect(await inputValue(popup, 'name')).toBe('Siobhan Achterberg');
    expect(await inputValue(popup, 'profileUrl')).toBe(LINKEDIN_URL);
    // Correct a field before saving, as a user would.
    const headline = await popup.$('input[name="headline"]');
    await headline!.click({ count: 3 });
    await headline!.type('Head of Bakery Operations');
    await clickButton(popup, 'Save');
    expect(await textOf(popup, '.notice.ok')).toContain('Siobhan Achterberg is saved.');
    const stored = await eventually(async () => (await people()).find((p) => p.id === 'li:siobhan-achterberg-4f2a1b'), 'the stored person');
    expect(stored!.profile.headline).toBe('Head of Bakery Operations');
    await tab.close();
  });

  it('saving the same member again from a country host updates one person and keeps both snapshots; unchanged, it stores nothing', async () => {
    const tab = await h.open('https://uk.linkedin.com/in/siobhan-achterberg-4f2a1b?trk=public_profile');
    let popup = await pressToolbarButton(h, tab);
    expect(await inputValue(popup, 'name')).toBe('Siobhan Achterberg');
    // Said once, in words: when, and where the outreach stands (not "Already saved (saved).").
    expect(await textOf(popup, '.notice')).toMatch(/^You saved Siobhan Achterberg on \S.*; their status is “Saved”\./);
    await clickButton(popup, 'Save update');
    expect(await textOf(popup, '.notice.ok')).toContain('is updated');
    const db = await readDatabase(h);
    expect((db.people as { id: string }[]).filter((p) => p.id === 'li:siobhan-achterberg-4f2a1b')).toHaveLength(1);
    expect((db.snapshots as { personId: string }[]).filter((s) => s.personId === 'li:siobhan-achterberg-4f2a1b')).toHaveLength(2);
    expect((db.pageSections as { personId: string }[]).filter((s) => s.personId === 'li:siobhan-achterberg-4f2a1b').length).toBe(2);
    await popup.close().catch(() => {});

    // The same page again, nothing edited: nothing new is stored, and the popup says since when.
    popup = await pressToolbarButton(h, tab);
    await inputValue(popup, 'name');
    await clickButton(popup, 'Save update');
    expect(await textOf(popup, '.notice.ok')).toMatch(/no changes since \S.*\. Nothing new was stored\./);
    const after = await readDatabase(h);
    expect((after.snapshots as { personId: string }[]).filter((s) => s.personId === 'li:siobhan-achterberg-4f2a1b')).toHaveLength(2);
    expect((after.events as { personId: string }[]).filter((e) => e.personId === 'li:siobhan-achterberg-4f2a1b')).toHaveLength(2);
    await popup.close().catch(() => {});

    // Already saved: the popup's "Open side panel" opens that person, not the list.
    popup = await pressToolbarButton(h, tab);
    await popup.waitForFunction(() => document.body.innerText.includes('You saved'), { timeout: 15_000 });
    await clickButton(popup, 'Open side panel');
    const worker = await h.worker();
    const urls = await eventually(async () => {
      const found = await worker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).map((c) => c.documentUrl ?? ''),
      );
      return found.some(Boolean) ? found : null;
    }, 'the side panel to open');
    expect(urls![0]).toContain('sidepanel.html#person=li%3Asiobhan-achterberg-4f2a1b');
    await tab.close();
  });

  it('reads a personal About page through its structured data', async () => {
    const tab = await h.open(GENERIC_URL);
    const popup = await pressToolbarButton(h, tab);
    expect(await inputValue(popup, 'name')).toBe('Mara Okafor');
    await clickButton(popup, 'Save');
    expect(await textOf(popup, '.notice.ok')).toContain('Mara Okafor is saved.');
    expect((await people()).map((p) => p.profile.name).sort()).toEqual(['Mara Okafor', 'Siobhan Achterberg']);
    await tab.close();
  });

  it('the side panel reviews a capture of the tab a context-menu click granted (where the popup cannot open)', async () => {
    const tab = await h.open(GENERIC_URL);
    // The toolbar press stands in for the context-menu click: both grant activeTab for this tab.
    const popup = await pressToolbarButton(h, tab);
    await popup.close();
    const worker = await h.worker();
    const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, GENERIC_URL);
    const panel = await h.openExtensionPage(`sidepanel.html#capture=${tabId}`);
    expect(await textOf(panel, 'h1')).toBe('Save a profile');
    expect(await inputValue(panel, 'name')).toBe('Mara Okafor');
    expect(await textOf(panel, '.notice')).toContain('You saved Mara Okafor on');
    await panel.close();
    await tab.close();
  });

  it('opens the real side panel from the popup, at the person just saved', async () => {
    const tab = await h.open(LINKEDIN_URL);
    const popup = await pressToolbarButton(h, tab);
    await inputValue(popup, 'name');
    await (await popup.waitForSelector('form button[type="submit"]'))!.click();
    await clickButton(popup, 'Draft a request');
    const worker = await h.worker();
    const contexts = await eventually(async () => {
      const urls = await worker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).map((c) => c.documentUrl),
      );
      return urls.length ? urls : null;
    }, 'the side panel to open');
    expect(contexts!).toHaveLength(1);
    // The panel itself shows the person (the target is handed over, not put in its address).
    const target = await h.browser.waitForTarget((t) => t.url() === contexts![0], { timeout: 15_000 });
    const session = await target.createCDPSession();
    const heading = await eventually(async () => {
      const { result } = await session.send('Runtime.evaluate', { expression: "document.querySelector('#person-name')?.textContent ?? ''", returnByValue: true });
      return result.value as string;
    }, 'the person page in the side panel');
    expect(heading).toBe('Siobhan Achterberg');
    await session.detach();
    await tab.close();
  });

  it('says plainly that a sign-in wall holds no profile, offers the form by hand, and stores nothing', async () => {
    const before = await people();
    const tab = await h.open(AUTHWALL_URL);
    const popup = await pressToolbarButton(h, tab);
    const words = await textOf(popup, '.notice.warn');
    expect(words).toMatch(/No profile found on this page: .*sign/i);
    // Said once ("No profile found here. No profile found on this page: …" said it twice).
    expect(words.match(/no profile found/gi)).toHaveLength(1);
    expect(await textOf(popup, 'h2')).toBe('Enter the person by hand');
    expect(await popup.$eval('input[name="name"]', (el) => (el as HTMLInputElement).value)).toBe('');
    expect(await people()).toEqual(before);
    await tab.close();
  });
});
