// A capture cannot hang (issue #9, item 8): on a page whose main thread is stuck in a loop, the
// injected script never runs. The real toolbar popup offers "Enter by hand" while it reads, and
// gives up after about 15 s with a plain message and the form to enter the person by hand.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickButton, eventually, launch, pressToolbarButton, readDatabase, textOf, typeInto, waitForText, type Harness } from './harness';

/** An invented personal page that blocks its own main thread 300 ms after it loads, forever. */
const BUSY_URL = 'https://busy-page.example/about';
const BUSY_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Noor Example</title></head>
<body><h1>Noor Example</h1><p>Glassblower in Leiden.</p><script>setTimeout(() => { for (;;) {} }, 300);</script></body></html>`;

let h: Harness;

beforeAll(async () => {
  h = await launch();
  h.serve(BUSY_URL, BUSY_PAGE);
});
afterAll(() => h?.close());

/** Opens the busy page and waits until its loop has started (a timer in the page that never fires tells). */
async function openBusyPage() {
  const tab = await h.open(BUSY_URL);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return tab;
}

/** Closes a tab whose page never yields (the browser ends its renderer; no unload handler can run). */
async function closeStuck(tab: Page) {
  await Promise.race([tab.close({ runBeforeUnload: false }), new Promise((resolve) => setTimeout(resolve, 5_000))]);
}

describe('capturing a page whose main thread is busy', () => {
  it('offers "Enter by hand" at once, and that form saves the person while the page is still stuck', { timeout: 60_000 }, async () => {
    const tab = await openBusyPage();
    const popup = await pressToolbarButton(h, tab);
    await waitForText(popup, 'Reading this page…');
    await clickButton(popup, 'Enter by hand');
    expect(await textOf(popup, 'h2')).toBe('Enter the person by hand');
    await typeInto(popup, 'Name', 'Noor Example');
    await clickButton(popup, 'Save');
    expect(await textOf(popup, '.notice.ok')).toContain('Noor Example is saved.');
    const stored = await eventually(async () => ((await readDatabase(h)).people ?? []).find((p) => (p.profile as { name: string }).name === 'Noor Example'), 'the person entered by hand');
    expect(stored).toBeTruthy();
    await popup.close();
    await closeStuck(tab);
  });

  it('gives up after about 15 s with a plain message and the form by hand', { timeout: 90_000 }, async () => {
    const tab = await openBusyPage();
    const started = Date.now();
    const popup = await pressToolbarButton(h, tab);
    await popup.waitForFunction(() => document.body.innerText.includes('did not answer within 15 seconds'), { timeout: 40_000 });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(14_000);
    expect(waited).toBeLessThan(30_000);
    expect(await textOf(popup, '.notice.warn')).toMatch(/did not answer within 15 seconds.*enter the person by hand\./);
    expect(await textOf(popup, 'h2')).toBe('Enter the person by hand');
    await popup.close();
    await closeStuck(tab);
  });
});
