import { browser, type Browser } from 'wxt/browser';

export const WELCOME_PATH = '/welcome.html';

/**
 * Opens the welcome page once, right after a fresh install (not on updates or browser restarts):
 * a new user otherwise sees only a toolbar icon and has no idea what to do with it (issue #10).
 * The page is also how Firefox tests reach an extension page: it is a tab the extension opens itself.
 */
export async function openWelcomeOnInstall(details: Pick<Browser.runtime.InstalledDetails, 'reason'>): Promise<boolean> {
  if (details.reason !== 'install') return false;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  return true;
}
