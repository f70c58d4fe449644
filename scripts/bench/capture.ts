// capture.*: the LinkedIn extractor against Readability on each saved LinkedIn page, in Chromium,
// and the toolbar press until the popup's form is filled.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, type Harness } from '../../tests/e2e/harness';
import { isolatedWorld } from './shared/cdp';
import type { BatchedTiming } from './shared/in-page-timing';
import { linkedInPages, typicalProfilePage } from './shared/linkedin-pages';
import { progress } from './shared/log';
import { bundleEntry } from './shared/page-bundle';
import { closePopup, pressAndWaitForForm } from './shared/popup';
import { median, round } from './shared/stats';

export const CLICK_RUNS = 7;

export interface PageTiming {
  page: string;
  /** What the extractor said: the name found, or "no profile". */
  found: string;
  /** The built capture-linkedin.js returned the same result as the bundled extractor. */
  sameAsBuilt: boolean;
  /** The injected part: reading the page into cards of lines, in the tab. */
  linkedinMs: number;
  /** The extension-page part: those lines parsed into the profile (words, dates, chrome). */
  parseMs: number;
  readabilityMs: number;
  speedup: number;
  linkedinBatch: number;
  readabilitySamples: number;
}

export interface CaptureResults {
  linkedinMedianMs: number;
  parseMedianMs: number;
  readabilityMedianMs: number;
  speedup: number;
  clickToFormMs: number;
  details: { pagesFrom: string; pages: PageTiming[]; clickToForm: { page: string; runsMs: number[]; name: string } };
}

/**
 * Each page is served at its real address with the page's own scripts enabled (as in the user's
 * browser; every network request is refused), and the bench code runs in an isolated world, as
 * the injected capture script does.
 */
async function timeExtraction(h: Harness): Promise<{ pagesFrom: string; pages: PageTiming[] }> {
  const { source, pages } = linkedInPages();
  const bundle = await bundleEntry('capture-page');
  const built = readFileSync(join(EXTENSION_DIR, 'capture-linkedin.js'), 'utf8');
  const tab = await h.open('about:blank');
  const out: PageTiming[] = [];
  for (const p of pages) {
    h.serve(p.url, p.html);
    await tab.goto(p.url, { waitUntil: 'load' });
    const evaluate = await isolatedWorld(tab, bundle);
    const result = await evaluate<{ found: boolean; page?: { name: string } }>('__msBench.extract()');
    const fromBuilt = await (await isolatedWorld(tab, '0', 'mentor-scout-built'))<unknown>(built);
    const linkedin = await evaluate<BatchedTiming>('__msBench.timeLinkedIn()');
    const parse = await evaluate<BatchedTiming>('__msBench.timeParse()');
    const readability = await evaluate<BatchedTiming>('__msBench.timeReadability()');
    out.push({
      page: p.name,
      found: result.found ? result.page!.name : 'no profile',
      sameAsBuilt: JSON.stringify(fromBuilt) === JSON.stringify(result),
      linkedinMs: linkedin.perCallMs,
      parseMs: parse.perCallMs,
      readabilityMs: readability.perCallMs,
      speedup: readability.perCallMs / linkedin.perCallMs,
      linkedinBatch: linkedin.batch,
      readabilitySamples: readability.samples.length,
    });
    progress(`capture: ${p.name} ${linkedin.perCallMs.toFixed(2)} ms vs Readability ${readability.perCallMs.toFixed(1)} ms`);
  }
  await tab.close();
  return { pagesFrom: source, pages: out };
}

async function timeClickToForm(h: Harness): Promise<{ page: string; runsMs: number[]; name: string }> {
  const page = typicalProfilePage();
  h.serve(page.url, page.html);
  const tab = await h.open(page.url);
  await tab.waitForFunction("document.readyState === 'complete'");
  const runsMs: number[] = [];
  let name = '';
  // One press first that is not counted: the very first injection also compiles the script.
  for (let run = 0; run <= CLICK_RUNS; run++) {
    const opened = await pressAndWaitForForm(h, tab);
    if (run > 0) {
      runsMs.push(opened.formFilledMs);
      progress(`capture: press → form ${run}/${CLICK_RUNS} ${Math.round(opened.formFilledMs)} ms`);
    }
    name = opened.name;
    await closePopup(h, opened);
  }
  await tab.close();
  return { page: page.name, runsMs, name };
}

export async function benchCapture(h: Harness): Promise<CaptureResults> {
  const extraction = await timeExtraction(h);
  const clickToForm = await timeClickToForm(h);
  const pages = extraction.pages;
  return {
    linkedinMedianMs: round(median(pages.map((p) => p.linkedinMs)), 3),
    parseMedianMs: round(median(pages.map((p) => p.parseMs)), 3),
    readabilityMedianMs: round(median(pages.map((p) => p.readabilityMs)), 3),
    speedup: round(median(pages.map((p) => p.speedup)), 2),
    clickToFormMs: round(median(clickToForm.runsMs), 1),
    details: {
      pagesFrom: extraction.pagesFrom,
      pages: pages.map((p) => ({ ...p, linkedinMs: round(p.linkedinMs, 4), parseMs: round(p.parseMs, 4), readabilityMs: round(p.readabilityMs, 3), speedup: round(p.speedup, 2) })),
      clickToForm: { ...clickToForm, runsMs: clickToForm.runsMs.map((v) => round(v, 1)) },
    },
  };
}
