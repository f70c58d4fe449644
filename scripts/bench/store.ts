// store.*: Save in the popup until the record is committed, and a backup of 10,000 people with
// five events each exported and imported through the app's own functions in an extension page.
// Leaves the database holding those people and the goals, for the side panel groups.
import type { Page, WebWorker } from 'puppeteer-core';
import { clickButton, type Harness } from '../../tests/e2e/harness';
import { canonicalProfileUrl } from '../../utils/extract/profile-url';
import { liveWorker, openStorePage, type StorePage } from './shared/extension-page';
import { typicalProfilePage } from './shared/linkedin-pages';
import { EVENTS_PER_PERSON, PEOPLE_COUNT } from './shared/people';
import { closePopup, pressAndWaitForForm } from './shared/popup';
import { progress } from './shared/log';
import { median, round } from './shared/stats';

export const BACKUP_RUNS = 3;
export const SAVE_RUNS = 7;

export interface StoreResults {
  saveClickToStoredMs: number;
  import10kMs: number;
  export10kMs: number;
  details: {
    backup: {
      people: number;
      eventsPerPerson: number;
      fileBytes: number;
      importRunsMs: number[];
      /** Decode, read what is stored, parse and plan (before the user confirms). */
      importPlanMs: number[];
      /** Undo copy and the one write transaction (after the user confirms). */
      importApplyMs: number[];
      /** The same records put natively in one transaction: the browser's floor for the import's writes. */
      rawPutFloorMs: number;
      exportRunsMs: number[];
    };
    save: { page: string; runsMs: number[]; savedNoticeMs: number[]; clockSkewMs: number };
  };
}

interface ImportRun {
  ms: number;
  planMs: number;
  applyMs: number;
  counts: { add: number };
  people: number;
  events: number;
}

/** Export then import, alternately: the first file is built from the generated people, each later one is the last export. */
async function timeBackup(store: StorePage) {
  const fileBytes = await store.call<number>(`__msBench.prepareFile(${PEOPLE_COUNT}, ${EVENTS_PER_PERSON})`);
  const imports: ImportRun[] = [];
  const exports: number[] = [];
  let exportedBytes = fileBytes;
  for (let run = 0; run < BACKUP_RUNS; run++) {
    const imported = await store.call<ImportRun>('__msBench.timeImport()');
    progress(`store: import ${run + 1}/${BACKUP_RUNS} ${Math.round(imported.ms)} ms`);
    if (imported.people !== PEOPLE_COUNT || imported.events !== PEOPLE_COUNT * EVENTS_PER_PERSON) {
      throw new Error(`the import stored ${imported.people} people and ${imported.events} events`);
    }
    imports.push(imported);
    const exported = await store.call<{ ms: number; bytes: number; leftOut: number }>('__msBench.timeExport()');
    if (exported.leftOut) throw new Error(`the export left out ${exported.leftOut} records`);
    exports.push(exported.ms);
    progress(`store: export ${run + 1}/${BACKUP_RUNS} ${Math.round(exported.ms)} ms`);
    exportedBytes = exported.bytes;
  }
  const rawPutFloorMs = await store.call<number>(`__msBench.timeRawPutFloor(${PEOPLE_COUNT}, ${EVENTS_PER_PERSON})`);
  progress(`store: native puts of the same records ${Math.round(rawPutFloorMs)} ms`);
  return {
    people: PEOPLE_COUNT,
    eventsPerPerson: EVENTS_PER_PERSON,
    rawPutFloorMs: round(rawPutFloorMs, 0),
    fileBytes: exportedBytes,
    importRunsMs: imports.map((r) => round(r.ms, 1)),
    importPlanMs: imports.map((r) => round(r.planMs, 1)),
    importApplyMs: imports.map((r) => round(r.applyMs, 1)),
    exportRunsMs: exports.map((v) => round(v, 1)),
  };
}

/** `performance.timeOrigin + performance.now()` minus `Date.now()` in one context: compares two contexts' clocks. */
const CLOCK_OFFSET = `performance.timeOrigin + performance.now() - Date.now()`;

/**
 * Starts polling IndexedDB in the service worker (a connection of its own, one indexed lookup per
 * round, ~1 ms apart) for the person saved from `profileUrl`; the time it appears is left in
 * globalThis.__msSaved as `performance.timeOrigin + performance.now()` (-1 after 20 s without it).
 */
async function watchForSave(worker: WebWorker, profileUrl: string): Promise<void> {
  // A string, not a function: tsx's helpers (__name) do not exist in the worker.
  await worker.evaluate(`(async (url) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('mentor-scout');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const present = () => new Promise((resolve, reject) => {
      const request = db.transaction('people').objectStore('people').index('profileUrl').count(url);
      request.onsuccess = () => resolve(request.result > 0);
      request.onerror = () => reject(request.error);
    });
    globalThis.__msSaved = null;
    if (await present()) throw new Error(url + ' is already stored');
    (async () => {
      const deadline = Date.now() + 20000;
      while (!(await present())) if (Date.now() > deadline) return (globalThis.__msSaved = -1), db.close();
      globalThis.__msSaved = performance.timeOrigin + performance.now();
      db.close();
    })();
  })(${JSON.stringify(profileUrl)})`);
}

/** In the popup: the click's own time, taken before the app's handlers run (capture phase on window), and when it says "saved". */
const WATCH_POPUP = `(() => {
  addEventListener('click', () => (window.__msClickAt = performance.timeOrigin + performance.now()), { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (document.body.innerText.includes('is saved.')) {
      window.__msNoticeAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;

const SAVED_IN_WORKER = `new Promise((resolve) => {
  const wait = () => (globalThis.__msSaved !== null ? resolve(globalThis.__msSaved) : setTimeout(wait, 5));
  wait();
})`;

async function timeSaves(h: Harness, store: StorePage) {
  const page = typicalProfilePage();
  const profileUrl = canonicalProfileUrl(page.url)!;
  h.serve(page.url, page.html);
  const tab = await h.open(page.url);
  await tab.waitForFunction("document.readyState === 'complete'");
  const worker = await liveWorker(h, store);
  const runsMs: number[] = [];
  const savedNoticeMs: number[] = [];
  let clockSkewMs = 0;
  for (let run = 0; run < SAVE_RUNS; run++) {
    await store.call(`__msBench.forget(${JSON.stringify(profileUrl)})`);
    const opened = await pressAndWaitForForm(h, tab);
    const popup: Page = opened.popup;
    await popup.evaluate(WATCH_POPUP);
    await watchForSave(worker, profileUrl);
    const offsets = [(await popup.evaluate(CLOCK_OFFSET)) as number, (await worker.evaluate(CLOCK_OFFSET)) as number];
    clockSkewMs = Math.max(clockSkewMs, Math.abs(offsets[0] - offsets[1]));
    await clickButton(popup, 'Save');
    const savedAt = (await worker.evaluate(SAVED_IN_WORKER)) as number;
    if (savedAt < 0) throw new Error('the saved person never appeared in IndexedDB within 20 s');
    await popup.waitForFunction('window.__msNoticeAt !== undefined', { timeout: 15_000 });
    const clickAt = (await popup.evaluate('__msClickAt')) as number;
    runsMs.push(savedAt - clickAt);
    savedNoticeMs.push(((await popup.evaluate('__msNoticeAt')) as number) - clickAt);
    await closePopup(h, opened);
  }
  await store.call(`__msBench.forget(${JSON.stringify(profileUrl)})`);
  await tab.close();
  return { page: page.name, runsMs, savedNoticeMs, clockSkewMs };
}

export async function benchStore(h: Harness): Promise<StoreResults> {
  const store = await openStorePage(h);
  const backup = await timeBackup(store);
  const save = await timeSaves(h, store);
  await store.page.close();
  return {
    saveClickToStoredMs: round(median(save.runsMs), 1),
    import10kMs: round(median(backup.importRunsMs), 0),
    export10kMs: round(median(backup.exportRunsMs), 0),
    details: {
      backup,
      save: { ...save, runsMs: save.runsMs.map((v) => round(v, 1)), savedNoticeMs: save.savedNoticeMs.map((v) => round(v, 1)), clockSkewMs: round(save.clockSkewMs, 1) },
    },
  };
}
