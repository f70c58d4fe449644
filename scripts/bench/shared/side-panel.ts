// The side panel page in a tab of its own, sized like a side panel, with the time its first rows
// reach the screen recorded by the page itself.
import type { Page } from 'puppeteer-core';
import type { Harness } from '../../../tests/e2e/harness';

/** A side panel is narrow and tall; the virtual list renders the rows that fit. */
export const PANEL_VIEWPORT = { width: 400, height: 900 };

/**
 * Runs before the panel's own scripts: the first time a person row is in the DOM, wait for the next
 * animation frame (the frame that paints it) and a task after it (the paint is done), and keep
 * that time, in ms since the navigation started (performance.now()'s zero).
 */
const FIRST_ROWS = `(() => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('button.person-row')) return;
    observer.disconnect();
    const inserted = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__msFirstRows = { inserted, painted: performance.now() });
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

export interface FirstRows {
  /** Rows inserted into the DOM (React committed). */
  inserted: number;
  /** The frame with the rows painted. */
  painted: number;
}

export async function newPanelTab(h: Harness): Promise<Page> {
  const page = await h.browser.newPage();
  await page.setViewport(PANEL_VIEWPORT);
  await page.evaluateOnNewDocument(FIRST_ROWS);
  return page;
}

/** Navigates `page` to the side panel and waits until its first rows are on screen. */
export async function loadPanel(h: Harness, page: Page, timeoutMs = 60_000): Promise<FirstRows> {
  await page.goto(`chrome-extension://${h.extensionId}/sidepanel.html`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction('window.__msFirstRows !== undefined', { timeout: timeoutMs, polling: 50 });
  return (await page.evaluate('window.__msFirstRows')) as FirstRows;
}
