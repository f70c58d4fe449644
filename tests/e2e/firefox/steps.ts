// Steps of the journeys in Firefox that more than one test file takes (journeys, privacy).
import type { Page } from 'puppeteer-core';
import { clickButton, typeInto, waitForText } from '../harness';
import { waitForToolbarPopup, type FirefoxHarness } from './harness';

declare const browser: typeof chrome;

/** The id of the tab showing `page`, brought to the front (without the "tabs" permission the extension cannot look tabs up by address). */
export async function frontTabId(h: FirefoxHarness, page: Page): Promise<number> {
  await page.bringToFront();
  return h.door.evaluate(async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]!.id!);
}

/**
 * Presses the real Alt+Shift+M on `tab` (the toolbar popup opens and reads it with the activeTab
 * grant), closes the popup, and opens the same review in a tab, which reads the page with that
 * grant. Returns the review once its form is filled.
 */
export async function pressShortcutAndReview(h: FirefoxHarness, tab: Page, tabId: number): Promise<{ review: Page; popup: { width: number; height: number } }> {
  await tab.bringToFront();
  await h.display.key('alt+shift+m');
  const popup = await waitForToolbarPopup(h);
  await h.display.key('Escape');
  const review = await h.openExtensionPage(`sidepanel.html#capture=${tabId}`);
  await review.waitForFunction(() => (document.querySelector('input[name="name"]') as HTMLInputElement | null)?.value, { timeout: 30_000 });
  return { review, popup };
}

/** The side panel's first question: the mentee's goals. */
export async function saveGoals(panel: Page): Promise<void> {
  await waitForText(panel, 'First, your goals');
  await typeInto(panel, 'Your name', 'Sam');
  await typeInto(panel, 'What you want from mentoring', 'move from backend engineering into engineering management');
  await typeInto(panel, 'The help you are looking for', 'advice on leading a team for the first time');
  await clickButton(panel, 'Save goals');
}

/** Opens a person from the side panel's list. */
export async function openPerson(panel: Page, name: string): Promise<void> {
  const row = await panel.waitForSelector(`::-p-xpath(//button[contains(@class, "person-row")][.//strong[normalize-space(.)=${JSON.stringify(name)}]])`, { timeout: 15_000 });
  await row!.click();
  await panel.waitForFunction((n) => document.querySelector('#person-name')?.textContent === n, { timeout: 15_000 }, name);
}
