import { browser } from 'wxt/browser';
import { isLinkedInUrl } from '../extract/profile-url';
import { PAGE_SECTION_HANDOFF } from '../extract/section-handoff';
import { captureResultSchema, pageSectionSchema, type CaptureResult, type PageSection } from '../schema/profile';

/** The scripts the build emits for injection (entrypoints/capture-*). Never declared web-accessible. */
const LINKEDIN_SCRIPT = '/capture-linkedin.js';
const PAGE_SCRIPT = '/capture-page.js';

export const LINKEDIN_ORIGINS = ['https://*.linkedin.com/*'];

export interface TabToCapture {
  id: number;
  url: string;
}

export type CaptureOutcome =
  | (CaptureResult & { found: true; sourceUrl: string; tabId: number })
  | { found: false; reason: string; sourceUrl: string; canEnterByHand: true };

const notFound = (reason: string, sourceUrl: string): CaptureOutcome => ({ found: false, reason, sourceUrl, canEnterByHand: true });

/** Pages no extension may read: the browser's own and the extension stores. */
function isReadable(url: string): boolean {
  return /^https?:\/\//i.test(url) && !/^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)\//i.test(url);
}

/**
 * Reads the profile on one tab, on the user's action. The popup (toolbar, shortcut) and the
 * background (context menu) hold an `activeTab` grant for the tab; the side panel reads LinkedIn
 * only with the optional LinkedIn host permission. The script returns its result and leaves nothing
 * behind; what it returns is parsed here, on the receiving side.
 */
export async function captureTab(tab: TabToCapture): Promise<CaptureOutcome> {
  if (!isReadable(tab.url)) {
    return notFound('Mentor Scout can only read web pages (not the browser’s own pages or extension stores). You can enter the person by hand.', tab.url);
  }
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      files: [isLinkedInUrl(tab.url) ? LINKEDIN_SCRIPT : PAGE_SCRIPT],
    });
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    if (/Cannot access|permission|host/i.test(message)) {
      return notFound(
        'Mentor Scout may not read this page yet. Click the Mentor Scout button in the toolbar while the page is open (that gives it access to this one tab), or enter the person by hand.',
        tab.url,
      );
    }
    return notFound('The page could not be read (it may still be loading). Wait for it to finish and try again, or enter the person by hand.', tab.url);
  }
  const parsed = captureResultSchema.safeParse(results[0]?.result);
  if (!parsed.success) {
    return notFound('What this page holds could not be read as a profile. You can enter the person by hand.', tab.url);
  }
  return parsed.data.found ? { ...parsed.data, sourceUrl: tab.url, tabId: tab.id } : notFound(parsed.data.reason, tab.url);
}

/**
 * The page section of a capture, made now that the user saves it (see
 * utils/extract/section-handoff.ts); the section that came with the capture where it did. A page
 * that navigated or closed since gives none: the profile is saved without it.
 */
export async function takePageSection(outcome: CaptureOutcome): Promise<PageSection | undefined> {
  if (!outcome.found) return undefined;
  if (outcome.section) return outcome.section;
  try {
    const [answer] = await browser.scripting.executeScript({
      target: { tabId: outcome.tabId },
      func: (key: string) => (globalThis as unknown as Record<string, (() => unknown) | undefined>)[key]?.(),
      args: [PAGE_SECTION_HANDOFF],
    });
    const parsed = pageSectionSchema.safeParse(answer?.result);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Whether reading LinkedIn without a toolbar click (from the side panel) is allowed yet. */
export async function hasLinkedInAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: LINKEDIN_ORIGINS });
}

/** Asks for the optional LinkedIn permission. Must run in the click handler (a user gesture). */
export function requestLinkedInAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: LINKEDIN_ORIGINS });
}
