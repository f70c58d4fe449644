// The first run in real Chromium: a fresh install opens the welcome page once; its goals form saves
// the mentee's goals. (That it stays closed on updates is a unit test, tests/unit/first-run: the
// harness loads the extension anew at every launch, which Chromium reports as an install.)
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickButton, launch, readDatabase, typeInto, until, waitForText, type Harness } from './harness';

let h: Harness;
let welcome: Page;

beforeAll(async () => {
  h = await launch({ keepWelcome: true });
  const target = await h.browser.waitForTarget((t) => t.url() === `chrome-extension://${h.extensionId}/welcome.html`, { timeout: 20_000 });
  welcome = (await target.asPage())!;
  await welcome.waitForSelector('h1');
});

afterAll(async () => {
  await h?.close().catch(() => {});
});

describe('the welcome page', () => {
  it('says what Mentor Scout does, how to save someone and what stays private', async () => {
    expect(await welcome.$eval('h1', (el) => el.textContent)).toBe('Welcome to Mentor Scout');
    const headings = await welcome.$$eval('h2', (els) => els.map((el) => el.textContent));
    expect(headings).toEqual(['Three steps', '1. Your goals', '2. Save someone', '3. Draft and track in the side panel', 'What stays private']);
    // The shortcut as the browser registered it, the toolbar button and the context menu item.
    await waitForText(welcome, 'Alt+Shift+M');
    const text = await welcome.evaluate(() => document.body.innerText);
    expect(text).toContain('Mentor Scout button');
    expect(text).toContain('Save to Mentor Scout');
    expect(text).toContain('stays in this browser');
  });

  it('saves the goals stated there', async () => {
    await typeInto(welcome, 'What you want from mentoring', 'learn to lead a small team');
    await clickButton(welcome, 'Save goals');
    const db = await until(
      () => readDatabase(h),
      (d) => (d.goals ?? []).length > 0,
      'the goals to be stored',
    );
    // The first goal, under the id every browser gives it (database version 3).
    expect(db.goals).toMatchObject([{ id: 'goal:first', goals: { summary: 'learn to lead a small team' } }]);
  });
});
