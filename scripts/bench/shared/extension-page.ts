// An extension page to run the app's own database code in: chrome-extension://<id>/manifest.json.
// It is the extension's origin (so its IndexedDB is the one the popup, side panel and background
// use) and, unlike popup.html or sidepanel.html, runs none of the app's UI beside the benchmark.
import type { Page, WebWorker } from 'puppeteer-core';
import type { Harness } from '../../../tests/e2e/harness';
import { bundleEntry } from './page-bundle';

export interface StorePage {
  page: Page;
  /** Evaluates an expression there (`__msBench.…` is the store entry), awaiting promises. */
  call: <T>(expression: string) => Promise<T>;
}

export async function openStorePage(h: Harness): Promise<StorePage> {
  const page = await h.openExtensionPage('manifest.json');
  // DevTools evaluation is not bound by the extension's CSP (no inline scripts); the code runs as
  // the page's own would.
  await page.evaluate(await bundleEntry('store-page'));
  const call = async <T>(expression: string): Promise<T> => (await page.evaluate(expression)) as T;
  return { page, call };
}

/**
 * The extension's service worker, started if the browser stopped it (MV3 stops it after 30 s idle,
 * and a long import leaves it idle): a message from an extension page wakes it. The message has
 * no type, so the background's listener refuses it and does nothing.
 */
export async function liveWorker(h: Harness, from: StorePage): Promise<WebWorker> {
  await from.call(`chrome.runtime.sendMessage({}).catch(() => {})`);
  return h.worker();
}
