// Helpers around tests/e2e/harness.ts (which stays as it is) for the hostile, fault and privacy
// tests: a tab whose dialogs are recorded from before its first byte, the popup's and side
// panel's DOM checked for anything a page could have injected, and raw IndexedDB access from an
// extension page.
import type { HTTPRequest, Page } from 'puppeteer-core';
import type { Harness } from '../harness';

export interface RecordedTab {
  page: Page;
  /** Messages of every alert/confirm/prompt the tab raised (each dismissed), in order. */
  dialogs: string[];
}

const key = (url: string) => url.replace(/[?#].*$/, '');

/**
 * A new tab at `url`, answered with `html`; every other request is refused, as the harness does.
 * Its dialogs are recorded (and dismissed) from the start, so the page's own scripts can run and
 * be seen running: what fires after the toolbar press is then the extension's doing.
 */
export async function openRecordingDialogs(h: Harness, url: string, html: string): Promise<RecordedTab> {
  const page = await h.browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => {});
  });
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    if (request.resourceType() === 'document' && key(request.url()) === key(url)) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else if (/^(data|blob|chrome-extension|about):/.test(request.url())) {
      void request.continue();
    } else {
      void request.abort('blockedbyclient');
    }
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  return { page, dialogs };
}

/** Records (and dismisses) the dialogs an extension page raises from now on. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => {});
  });
  return dialogs;
}

/**
 * Everything in an extension page's DOM that only page content could have put there: images,
 * inline scripts, frames, templates, SVG with handlers, any on* attribute, links or sources with
 * a scheme other than http(s), chrome-extension or a fragment.
 */
export async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const name = el.localName;
      if (/^(img|iframe|frame|object|embed|template|video|audio|picture|source)$/.test(name)) found.push(`<${name}>`);
      if (name === 'script' && !el.getAttribute('src')) found.push('<script> inline');
      for (const attribute of el.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${name}[${attribute.name}]`);
        if (/^(href|src|action|formaction|data|poster|srcdoc)$/i.test(attribute.name)) {
          const value = attribute.value.trim();
          if (attribute.name === 'srcdoc' || !/^(https?:|chrome-extension:|#|\/|\.\/|[\w.-]+\.(js|css|html)$)/i.test(value)) found.push(`${name}[${attribute.name}=${value.slice(0, 60)}]`);
        }
      }
    }
    return found;
  });
}

/** The value of the popup form's input or textarea with this name, once the form is filled. */
export async function fieldValue(page: Page, name: string): Promise<string> {
  const handle = await page.waitForSelector(`[name="${name}"]`, { timeout: 60_000 });
  return handle!.evaluate((el) => (el as HTMLInputElement).value);
}

/**
 * What the popup made of the page, once it has decided: 'found' (the review form with a name) or
 * 'refused' (the notice saying why, with its words, above the form to enter the person by hand).
 */
export async function popupOutcome(popup: Page, timeout = 120_000): Promise<{ kind: 'found' } | { kind: 'refused'; words: string }> {
  const handle = await popup.waitForFunction(
    () => {
      const warn = document.querySelector('.notice.warn');
      const byHand = [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Enter the person by hand');
      if (warn && byHand) return { kind: 'refused', words: (warn.textContent ?? '').trim() };
      const name = document.querySelector('input[name="name"]') as HTMLInputElement | null;
      return name && name.value ? { kind: 'found' } : null;
    },
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as { kind: 'found' } | { kind: 'refused'; words: string };
}



/** Puts raw records into the extension's IndexedDB from an extension page (store name → records). */
export async function putRecords(page: Page, stores: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(
    (stores) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('mentor-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(stores), 'readwrite');
          for (const [store, records] of Object.entries(stores)) for (const record of records) tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores,
  );
}

/** Waits until the extension page has created the database at its current version (≥ 2). */
export async function databaseReady(page: Page): Promise<void> {
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'mentor-scout' && (d.version ?? 0) >= 2), { timeout: 15_000 });
}

const DAY = 86_400_000;

/**
 * An invented person as the extension stores them, at `status`, last active `daysAgo` days ago,
 * with the timeline that status implies ("saved", and "sent" for sent people).
 */
export function inventedPerson(i: number, status: 'saved' | 'sent', daysAgo: number, now = Date.now()) {
  const at = (days: number) => new Date(now - days * DAY).toISOString();
  const id = `li:e2e-person-${i}`;
  const profileUrl = `https://www.linkedin.com/in/e2e-person-${i}/`;
  const person = {
    id,
    profileUrl,
    profile: {
      name: `Person ${i} Example`,
      headline: 'Engineering manager at Examplecorp',
      location: 'Berlin',
      company: 'Examplecorp',
      about: '',
      experience: [],
      education: [],
      skills: [],
      photoUrl: '',
      profileUrl,
      source: 'linkedin',
      notices: [],
    },
    status,
    notes: '',
    tags: [],
    otherUrls: [],
    showPhoto: false,
    createdAt: at(daysAgo + 2),
    updatedAt: at(daysAgo),
    lastActivityAt: at(daysAgo),
  };
  const events = [
    { id: `ev:e2e-saved-${i}`, personId: id, type: 'saved', at: at(daysAgo + 2) },
    ...(status === 'sent' ? [{ id: `ev:e2e-sent-${i}`, personId: id, type: 'sent', at: at(daysAgo), channel: 'message' }] : []),
  ];
  return { person, events };
}

/**
 * The first goal (a record of the `goals` store since database version 3), so the side panel goes
 * straight to people instead of asking for goals first.
 */
export const GOALS = {
  id: 'goal:first',
  position: 0,
  goals: { summary: 'Grow into a tech-lead role', reasons: ['career-advancement'], helpWanted: '', ask: { format: 'call', minutes: 20 } },
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
};
