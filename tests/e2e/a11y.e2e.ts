// Accessibility in real Chromium: axe-core's default rules (best practices included) on the popup's
// states, every side-panel view and the welcome page, in light and dark: 0 violations of any impact.
// The side panel runs as an extension tab the width of a panel; the popup is the real toolbar popup.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickButton, launch, pressToolbarButton, readFixture, waitForText, type Harness } from './harness';
import { auditBothSchemes, type Violation } from './support/axe';
import { SAMPLE_PEOPLE, seedSampleData } from './support/sample-data';

const LINKEDIN_URL = 'https://www.linkedin.com/in/siobhan-achterberg-4f2a1b/';
const AUTHWALL_URL = 'https://www.linkedin.com/in/mira-solberg/';
const PANEL = { width: 400, height: 765 };

let h: Harness;

beforeAll(async () => {
  h = await launch({ keepWelcome: true });
  h.serve(LINKEDIN_URL, readFixture('linkedin/auth-2024.html'));
  h.serve(AUTHWALL_URL, readFixture('linkedin/authwall.html'));
});
afterAll(() => h?.close());

/** Waits until nothing on the page says it is loading. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.innerText.includes('Loading'), { timeout: 15_000 });
}

const report = (violations: Violation[]) => violations.map((v) => `${v.where}: ${v.id} (${v.impact})\n    ${v.nodes.join('\n    ')}`).join('\n');

async function panel(hash = ''): Promise<Page> {
  const page = await h.openExtensionPage(`sidepanel.html${hash}`);
  await page.setViewport(PANEL);
  await settled(page);
  return page;
}

async function go(page: Page, nav: string, heading: string): Promise<void> {
  await page.click(`::-p-xpath(//nav//button[normalize-space(.)=${JSON.stringify(nav)}])`);
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, { timeout: 15_000 }, heading);
  await settled(page);
}

describe('axe-core finds nothing', () => {
  it('on the welcome page', async () => {
    const target = await h.browser.waitForTarget((t) => t.url() === `chrome-extension://${h.extensionId}/welcome.html`, { timeout: 20_000 });
    const welcome = (await target.asPage())!;
    await welcome.waitForSelector('h1');
    await settled(welcome);
    expect(report(await auditBothSchemes(welcome, 'welcome'))).toBe('');
    await welcome.close();
  });

  it('on the side panel before anything is saved: goals first, no one saved, nothing due, nothing to count', async () => {
    const page = await panel();
    const found: Violation[] = [];
    await waitForText(page, 'First, your goals');
    found.push(...(await auditBothSchemes(page, 'goals first')));
    await clickButton(page, 'Later — show my saved people');
    await waitForText(page, 'No one saved yet');
    found.push(...(await auditBothSchemes(page, 'people, empty')));
    await clickButton(page, 'Save the profile in this tab');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Save a profile');
    found.push(...(await auditBothSchemes(page, 'save a profile')));
    await go(page, 'Today', 'Today');
    found.push(...(await auditBothSchemes(page, 'today, empty')));
    await go(page, 'Overview', 'Overview');
    found.push(...(await auditBothSchemes(page, 'overview, empty')));
    await go(page, 'Settings', 'Settings');
    found.push(...(await auditBothSchemes(page, 'settings')));
    expect(report(found)).toBe('');
    await seedSampleData(page);
    await page.close();
  });

  it('on every side-panel view with people at each stage, every section of their page opened', async () => {
    const page = await panel();
    const found: Violation[] = [];
    await page.waitForSelector('.person-row');
    found.push(...(await auditBothSchemes(page, 'people')));
    for (const person of SAMPLE_PEOPLE) {
      await page.evaluate((id) => (location.hash = `person=${encodeURIComponent(id)}`), person.id);
      await page.waitForFunction((n) => document.querySelector('h1')?.textContent === n, { timeout: 15_000 }, person.name);
      await settled(page);
      found.push(...(await auditBothSchemes(page, `${person.name} (${person.status})`)));
    }
    // The last person's page with every closed section opened (drafting, profile, manage…).
    for (;;) {
      const toggle = await page.$('.section-toggle button');
      if (!toggle) break;
      await toggle.click();
      await settled(page);
    }
    found.push(...(await auditBothSchemes(page, 'a person, every section open')));
    await go(page, 'Today', 'Today');
    found.push(...(await auditBothSchemes(page, 'today')));
    await go(page, 'Overview', 'Overview');
    found.push(...(await auditBothSchemes(page, 'overview')));
    expect(report(found)).toBe('');
    await page.close();
  });

  it('on the reflection prompt, its form on Today, and the progress chart with the reflections on the person’s page (issue #13)', async () => {
    const page = await panel();
    const found: Violation[] = [];
    const priya = SAMPLE_PEOPLE.find((p) => p.status === 'mentoring')!;
    await go(page, 'Today', 'Today');
    // Priya's meeting three days ago ended with takeaways: her reflection is due.
    await page.waitForSelector('ul[aria-label="Reflections due"]', { timeout: 15_000 });
    found.push(...(await auditBothSchemes(page, 'today, a reflection due')));
    await page.click(`button[aria-label="Reflect on ${priya.name}"]`);
    await waitForText(page, `Reflect on your mentorship with ${priya.name}`);
    found.push(...(await auditBothSchemes(page, 'today, the reflection form')));
    await page.click('::-p-xpath(//label[normalize-space(.)="Good progress"]/input)');
    await clickButton(page, 'Save reflection');
    await waitForText(page, `Reflection saved for ${priya.name}.`);
    await page.evaluate((id) => (location.hash = `person=${encodeURIComponent(id)}`), priya.id);
    await page.waitForFunction((n) => document.querySelector('h1')?.textContent === n, { timeout: 15_000 }, priya.name);
    await page.waitForSelector('[data-testid="progress-chart"]', { timeout: 15_000 });
    await page.click('::-p-xpath(//summary[starts-with(normalize-space(.), "Your reflections")])');
    await settled(page);
    found.push(...(await auditBothSchemes(page, 'a person, progress chart and reflections')));
    await clickButton(page, 'Write a reflection');
    await waitForText(page, `Reflect on your mentorship with ${priya.name}`);
    found.push(...(await auditBothSchemes(page, 'a person, the reflection form')));
    expect(report(found)).toBe('');
    await page.close();
  });

  it('on the popup: a profile to review, saved, already saved, and a page without a profile', async () => {
    const found: Violation[] = [];
    const tab = await h.open(LINKEDIN_URL);
    let popup = await pressToolbarButton(h, tab);
    await popup.waitForFunction(() => (document.querySelector('input[name="name"]') as HTMLInputElement | null)?.value, { timeout: 30_000 });
    found.push(...(await auditBothSchemes(popup, 'popup, review')));
    await clickButton(popup, 'Save');
    await popup.waitForSelector('.notice.ok');
    found.push(...(await auditBothSchemes(popup, 'popup, saved')));
    await popup.close().catch(() => {});
    popup = await pressToolbarButton(h, tab);
    await popup.waitForFunction(() => document.body.innerText.includes('You saved'), { timeout: 30_000 });
    found.push(...(await auditBothSchemes(popup, 'popup, already saved')));
    await popup.close().catch(() => {});
    const wall = await h.open(AUTHWALL_URL);
    popup = await pressToolbarButton(h, wall);
    await popup.waitForSelector('.notice.warn', { timeout: 30_000 });
    found.push(...(await auditBothSchemes(popup, 'popup, no profile')));
    expect(report(found)).toBe('');
  });
});
