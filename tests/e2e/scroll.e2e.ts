// The side panel never scrolls as a whole: in every view, turning the mouse wheel far past the end
// scrolls only the view's own box; the navigation stays at the top and the document stays put.
// (It used to scroll 1,000–1,800 px into a blank panel: hidden labels sat outside <main>'s box.)
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { SAMPLE_PEOPLE, seedSampleData } from './support/sample-data';

const PANEL = { width: 400, height: 765 };

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
  page = await h.openExtensionPage('sidepanel.html');
  await page.setViewport(PANEL);
  await seedSampleData(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
});
afterAll(() => h?.close());

interface Measure {
  documentScroll: number;
  documentHeight: number;
  viewport: number;
  navTop: number;
  navBottom: number;
}

/** Wheels well past the end of the view, over its middle, and measures the document and the nav. */
async function wheelPastTheEnd(): Promise<Measure> {
  await page.mouse.move(PANEL.width / 2, PANEL.height / 2);
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel({ deltaY: 800 });
    await new Promise((r) => setTimeout(r, 30));
  }
  await new Promise((r) => setTimeout(r, 300));
  return page.evaluate(() => {
    const nav = document.querySelector('nav')!.getBoundingClientRect();
    return {
      documentScroll: document.scrollingElement!.scrollTop,
      documentHeight: document.scrollingElement!.scrollHeight,
      viewport: window.innerHeight,
      navTop: nav.top,
      navBottom: nav.bottom,
    };
  });
}

async function expectStill(view: string): Promise<void> {
  const m = await wheelPastTheEnd();
  expect({ view, ...m, navTop: Math.round(m.navTop) }).toEqual({ view, documentScroll: 0, documentHeight: m.viewport, viewport: m.viewport, navTop: 0, navBottom: m.navBottom });
  expect(m.navBottom).toBeGreaterThan(0);
}

async function openNav(label: string): Promise<void> {
  await page.click(`::-p-xpath(//nav//button[normalize-space(.)=${JSON.stringify(label)}])`);
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t && !document.body.innerText.includes('Loading'), { timeout: 15_000 }, label);
}

describe('scrolling past the end of a side-panel view', () => {
  it('moves neither the navigation nor the document, in the list, each person’s page, Today, Overview and Settings', async () => {
    await page.waitForSelector('.person-row');
    await expectStill('people');
    for (const person of SAMPLE_PEOPLE) {
      await page.evaluate((id) => (location.hash = `person=${encodeURIComponent(id)}`), person.id);
      await page.waitForFunction((n) => document.querySelector('h1')?.textContent === n && !document.body.innerText.includes('Loading'), { timeout: 15_000 }, person.name);
      // Every section open: the longest this page gets.
      for (let toggle = await page.$('.section-toggle button'); toggle; toggle = await page.$('.section-toggle button')) await toggle.click();
      await expectStill(person.name);
    }
    for (const view of ['Today', 'Overview', 'Settings']) {
      await openNav(view);
      await expectStill(view);
    }
  });
});
