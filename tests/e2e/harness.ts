// One browser per test file: Debian's Chromium with the built extension loaded, saved pages served
// at their real addresses, and the real toolbar button pressed through the DevTools protocol.
// puppeteer-core drives it because it sees the toolbar popup as a page (Playwright does not).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page, type WebWorker } from 'puppeteer-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  browser: Browser;
  extensionId: string;
  userDataDir: string;
  /** Answers `url` (any query or hash ignored) with this HTML in every page opened with `open`. */
  serve: (url: string, html: string) => void;
  /** A new tab at `url`, its requests answered from what `serve` registered (all else refused). */
  open: (url: string) => Promise<Page>;
  /** An extension page (popup.html, sidepanel.html…) in a tab of its own. */
  openExtensionPage: (path: string) => Promise<Page>;
  /** The extension's service worker (it opens the same database as the pages). */
  worker: () => Promise<WebWorker>;
  close: (options?: { keepProfile?: boolean }) => Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (the persistence test closes the browser and opens it again). */
  userDataDir?: string;
  /**
   * Leave the welcome tab that a fresh install opens (entrypoints/background/first-run.ts). By
   * default it is closed at once, so each test starts with only the tabs it opens itself.
   */
  keepWelcome?: boolean;
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-default-browser-check',
];

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`Build the extension first (npm run build): ${EXTENSION_DIR} is missing`);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'mentor-scout-e2e-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir,
    enableExtensions: [EXTENSION_DIR],
    args: ARGS,
  });
  const workerTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'), { timeout: 20_000 });
  const extensionId = new URL(workerTarget.url()).host;
  if (!options.keepWelcome) {
    // The extension is loaded anew at each launch, which Chromium reports as an install (even with a
    // kept profile): the welcome tab opens shortly after the worker starts.
    const welcome = await browser.waitForTarget((t) => t.url() === `chrome-extension://${extensionId}/welcome.html`, { timeout: 20_000 });
    await (await welcome.asPage())?.close();
  }
  const pages = new Map<string, string>();
  const key = (url: string) => url.replace(/[?#].*$/, '');

  const answer = (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const body = pages.get(key(request.url()));
    if (body !== undefined && request.resourceType() === 'document') {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } else if (/^(data|blob|chrome-extension):/.test(request.url())) {
      void request.continue();
    } else {
      // Nothing leaves the machine: LinkedIn's scripts, images and trackers are refused.
      void request.abort('blockedbyclient');
    }
  };

  return {
    browser,
    extensionId,
    userDataDir,
    serve: (url, html) => void pages.set(key(url), html),
    open: async (url) => {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', answer);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    openExtensionPage: async (path) => {
      const page = await browser.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'domcontentloaded' });
      return page;
    },
    worker: async () => {
      const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`));
      return (await target.worker())!;
    },
    close: async ({ keepProfile = false } = {}) => {
      await browser.close();
      if (!keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function readFixture(relative: string): string {
  return readFileSync(resolve(import.meta.dirname, '../fixtures', relative), 'utf8');
}

/**
 * Presses the extension's real toolbar button on the tab showing `page` and returns the popup:
 * it opens with an activeTab grant for that tab, exactly as a user's click gives it.
 */
export async function pressToolbarButton(h: Harness, page: Page): Promise<Page> {
  await page.bringToFront();
  const cdp = await h.browser.target().createCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }, {}] } as never)) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction' as never, { id: h.extensionId, targetId: tab.targetId } as never);
  await cdp.detach();
  const popup = await h.browser.waitForTarget((t) => t.url() === `chrome-extension://${h.extensionId}/popup.html`, { timeout: 15_000 });
  return (await popup.asPage())!;
}

/** Text of the element matching `selector` once it is present. */
export async function textOf(page: Page, selector: string): Promise<string> {
  const handle = await page.waitForSelector(selector, { timeout: 15_000 });
  return (await handle!.evaluate((el) => el.textContent ?? '')).trim();
}

/** Clicks the first button whose text is `label` (exactly, after trimming). */
export async function clickButton(page: Page, label: string): Promise<void> {
  const button = await page.waitForSelector(`::-p-xpath(//button[normalize-space(.)=${JSON.stringify(label)}])`, { timeout: 15_000 });
  await button!.click();
}

/** Every store of the extension's IndexedDB, read raw in one of its pages or its service worker. */
export async function readDatabaseIn(target: Page | WebWorker): Promise<Record<string, Record<string, unknown>[]>> {
  return target.evaluate(
    () =>
      new Promise<Record<string, Record<string, unknown>[]>>((resolve, reject) => {
        const open = indexedDB.open('mentor-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          if (names.length === 0) {
            db.close();
            resolve({});
            return;
          }
          const tx = db.transaction(names);
          const out: Record<string, Record<string, unknown>[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** What is really committed, whatever the UI shows: read from the service worker. */
export async function readDatabase(h: Harness): Promise<Record<string, Record<string, unknown>[]>> {
  return readDatabaseIn(await h.worker());
}

/** Waits until `check` holds for what `read` returns (polling), or throws with `what` and the last value. */
export async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await read();
    if (check(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)?.slice(0, 500)})`);
}

/** Waits until `read` returns something truthy, and returns it. */
export function eventually<T>(read: () => Promise<T>, what: string, timeoutMs = 15_000): Promise<T> {
  return until(read, Boolean, what, timeoutMs);
}

/** Waits until the page's visible text contains `text`. */
export async function waitForText(p: Page, text: string): Promise<void> {
  await p.waitForFunction((t) => document.body.innerText.includes(t), { timeout: 15_000 }, text);
}

/** The id of the field whose <label> text starts with `label`. */
export async function fieldId(p: Page, label: string): Promise<string> {
  const handle = await p.waitForFunction(
    (l) => [...document.querySelectorAll('label')].find((el) => (el.textContent ?? '').trim().startsWith(l))?.htmlFor || null,
    { timeout: 15_000 },
    label,
  );
  return (await handle.jsonValue()) as string;
}

/** Types into the input or textarea labelled `label`, as a user would. */
export async function typeInto(p: Page, label: string, text: string): Promise<void> {
  await p.type(`[id="${await fieldId(p, label)}"]`, text);
}

/** A selector for the person page's status badge showing `label` (it reads "Status: <label>" to screen readers). */
export function statusBadge(label: string): string {
  return `::-p-xpath(//span[contains(concat(" ", @class, " "), " badge ") and normalize-space(.)=${JSON.stringify(`Status: ${label}`)}])`;
}
