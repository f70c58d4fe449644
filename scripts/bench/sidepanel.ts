// sidepanel.*: the side panel with 10,000 people stored (and goals set, so the list shows): how
// long until the first rows are on screen, and how long each search keystroke takes to show.
import type { Page } from 'puppeteer-core';
import type { Harness } from '../../tests/e2e/harness';
import { buildSearchIndex, foldForSearch, searchPeople } from '../../utils/tracking/search';
import { progress } from './shared/log';
import { generatePeople, PEOPLE_COUNT } from './shared/people';
import { loadPanel, newPanelTab, PANEL_VIEWPORT } from './shared/side-panel';
import { median, percentile, round } from './shared/stats';

export const FIRST_RENDER_RUNS = 5;

export interface SidepanelResults {
  firstRenderMs10k: number;
  searchP95Ms10k: number;
  details: {
    viewport: typeof PANEL_VIEWPORT;
    firstRender: { paintedMs: number[]; insertedMs: number[] };
    search: {
      queries: string[];
      keystrokes: number;
      measured: number;
      /** Keydown → list committed (the figure), → next frame, → painted: median and p95 of each. */
      committed: { medianMs: number; p95Ms: number; maxMs: number };
      frame: { medianMs: number; p95Ms: number };
      painted: { medianMs: number; p95Ms: number };
      committedMs: number[];
    };
  };
}

interface Keystroke {
  /** A character to type, or Backspace. */
  key: string;
  /** How many people the list shows after it; null when that stays (no change to wait for). */
  expect: number | null;
}

/** The number of people shown, from the count line ("3 of 10,000 people", "10,000 people"): its first number. */
export function shownCount(text: string): number {
  const first = /\d[\d,.\u00a0\u202f]*/.exec(text)?.[0] ?? 'NaN';
  return Number(first.replace(/[^\d]/g, ''));
}

/**
 * What to type: three searches a user would make (a name, a company, two words), each typed then
 * erased. The counts come from the app's own search over the same generated people, so every
 * keystroke that changes the count is one whose update can be seen; the others are typed but not timed.
 */
function keystrokePlan(): { queries: string[]; keys: Keystroke[] } {
  const { people } = generatePeople();
  const index = buildSearchIndex(people);
  const sample = people[4321];
  const queries = [foldForSearch(sample.profile.name), foldForSearch(people[77].profile.company), 'staff lisbon'];
  const countOf = (query: string) => searchPeople(index, query, { sort: 'activity' }).length;
  const keys: Keystroke[] = [];
  for (const query of queries) {
    let before = countOf('');
    const step = (key: string, text: string) => {
      const after = countOf(text);
      keys.push({ key, expect: after !== before ? after : null });
      before = after;
    };
    for (let i = 1; i <= query.length; i++) step(query[i - 1], query.slice(0, i));
    for (let i = query.length - 1; i >= 0; i--) step('Backspace', query.slice(0, i));
  }
  return { queries, keys };
}

/**
 * In the panel: each keydown's time (event.timeStamp, on performance.now()'s clock), then the first
 * change to the list or its count after it (React committed the update: "the list updates"), the
 * animation frame after it (the frame that paints it starts) and a task after that frame (painted).
 */
const WATCH_SEARCH = `(() => {
  const list = document.querySelector('section[aria-label="Saved people"]');
  window.__msKeys = [];
  let pending = null;
  addEventListener('keydown', (e) => (pending = e.timeStamp), { capture: true });
  new MutationObserver(() => {
    if (pending === null) return;
    const start = pending;
    pending = null;
    const committed = performance.now() - start;
    const text = list.querySelector('[role=status]').textContent;
    requestAnimationFrame(() => {
      const frame = performance.now() - start;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__msKeys.push({ committed, frame, painted: performance.now() - start, text });
      channel.port2.postMessage(0);
    });
  }).observe(list, { childList: true, subtree: true, characterData: true });
})()`;

interface KeyTiming {
  committed: number;
  frame: number;
  painted: number;
  text: string;
}

async function timeSearch(page: Page) {
  const { queries, keys } = keystrokePlan();
  await page.evaluate(WATCH_SEARCH);
  await page.click('section[aria-label="Saved people"] input[type=search]');
  const samples: KeyTiming[] = [];
  for (const { key, expect } of keys) {
    const seen = (await page.evaluate('window.__msKeys.length')) as number;
    if (key === 'Backspace') await page.keyboard.press('Backspace');
    else await page.keyboard.type(key);
    if (expect === null) {
      await new Promise((r) => setTimeout(r, 150));
      continue;
    }
    await page.waitForFunction(`window.__msKeys.length > ${seen}`, { timeout: 15_000, polling: 'raf' });
    const timing = (await page.evaluate(`window.__msKeys[${seen}]`)) as KeyTiming;
    if (shownCount(timing.text) !== expect) throw new Error(`after "${key}" the list said "${timing.text}"; the app's search finds ${expect}`);
    samples.push(timing);
    await new Promise((r) => setTimeout(r, 30));
  }
  return { queries, keystrokes: keys.length, samples };
}

export async function benchSidepanel(h: Harness): Promise<SidepanelResults> {
  const page = await newPanelTab(h);
  const painted: number[] = [];
  const inserted: number[] = [];
  for (let run = 0; run < FIRST_RENDER_RUNS; run++) {
    const rows = await loadPanel(h, page);
    painted.push(rows.painted);
    inserted.push(rows.inserted);
    progress(`sidepanel: first rows ${run + 1}/${FIRST_RENDER_RUNS} ${Math.round(rows.painted)} ms`);
  }
  // The first rows come before everyone is loaded ("Loading everyone…"): search once all are in.
  const countSelector = 'section[aria-label="Saved people"] [role=status]';
  await page
    .waitForFunction((selector) => /^\d/.test(document.querySelector(selector)?.textContent ?? ''), { timeout: 30_000 }, countSelector)
    .catch(() => {});
  const count = await page.$eval(countSelector, (el) => el.textContent);
  if (shownCount(count ?? '') !== PEOPLE_COUNT) throw new Error(`the side panel shows "${count}", expected ${PEOPLE_COUNT} people`);
  const search = await timeSearch(page);
  await page.close();
  const of = (key: 'committed' | 'frame' | 'painted') => search.samples.map((t) => t[key]);
  const summary = (values: number[]) => ({ medianMs: round(median(values), 1), p95Ms: round(percentile(values, 95), 1) });
  return {
    firstRenderMs10k: round(median(painted), 1),
    searchP95Ms10k: round(percentile(of('committed'), 95), 1),
    details: {
      viewport: PANEL_VIEWPORT,
      firstRender: { paintedMs: painted.map((v) => round(v, 1)), insertedMs: inserted.map((v) => round(v, 1)) },
      search: {
        queries: search.queries,
        keystrokes: search.keystrokes,
        measured: search.samples.length,
        committed: { ...summary(of('committed')), maxMs: round(Math.max(...of('committed')), 1) },
        frame: summary(of('frame')),
        painted: summary(of('painted')),
        committedMs: of('committed').map((v) => round(v, 1)),
      },
    },
  };
}
