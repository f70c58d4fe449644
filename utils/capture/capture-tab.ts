import { browser } from 'wxt/browser';
import { isLinkedInUrl } from '../extract/profile-url';
import { PAGE_SECTION_HANDOFF } from '../extract/section-handoff';
import { parseLinkedIn } from '../extract/linkedin-parse';
import { linkedInReadingSchema } from '../schema/linkedin-reading';
import { captureResultSchema, pageSectionSchema, type CaptureResult, type PageSection } from '../schema/profile';

/** The scripts the build emits for injection (entrypoints/capture-*). Never declared web-accessible. */
const LINKEDIN_SCRIPT = '/capture-linkedin.js';
const PAGE_SCRIPT = '/capture-page.js';

export const LINKEDIN_ORIGINS = ['https://*.linkedin.com/*'];

/**
 * How long a capture may take before Mentor Scout gives up on the page (issue #9, item 8). A page
 * whose main thread never yields never runs the injected script, and executeScript never settles.
 * A 25 MB LinkedIn page takes 5-6 s on a slow 2-core machine (bench), so 15 s leaves room for real
 * captures on slow machines and still ends a hung one in a time a person will wait.
 */
export const CAPTURE_DEADLINE_MS = 15_000;

export const PAGE_BUSY_REASON =
  'This page did not answer within 15 seconds: it may be busy or stuck. Wait until it has finished loading and try again, or enter the person by hand.';

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
export async function captureTab(tab: TabToCapture, deadlineMs = CAPTURE_DEADLINE_MS): Promise<CaptureOutcome> {
  if (!isReadable(tab.url)) {
    return notFound('Mentor Scout can only read web pages (not the browser’s own pages or extension stores). You can enter the person by hand.', tab.url);
  }
  let results: { result?: unknown }[] | typeof TIMED_OUT;
  try {
    results = await beforeDeadline(
      browser.scripting.executeScript({
        target: { tabId: tab.id },
        files: [isLinkedInUrl(tab.url) ? LINKEDIN_SCRIPT : PAGE_SCRIPT],
      }),
      deadlineMs,
    );
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
  // The script may still run later; its answer is then ignored (it changes nothing on the page).
  if (results === TIMED_OUT) return notFound(PAGE_BUSY_REASON, tab.url);
  // The LinkedIn script hands back its reading of the page; its words are parsed here, on this side.
  const answer = results[0]?.result;
  const reading = isLinkedInUrl(tab.url) ? linkedInReadingSchema.safeParse(answer) : null;
  const parsed = captureResultSchema.safeParse(reading ? (reading.success ? parseLinkedIn(reading.data) : null) : answer);
  if (!parsed.success) {
    return notFound('What this page holds could not be read as a profile. You can enter the person by hand.', tab.url);
  }
  return parsed.data.found ? { ...parsed.data, sourceUrl: tab.url, tabId: tab.id } : notFound(parsed.data.reason, tab.url);
}

const TIMED_OUT = Symbol('timed out');

/** `work`'s answer, or TIMED_OUT once `ms` have passed without one. */
function beforeDeadline<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)));
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * The page section of a capture, made now that the user saves it (see
 * utils/extract/section-handoff.ts); the section that came with the capture where it did. A page
 * that navigated, closed or stopped answering since gives none: the profile is saved without it.
 */
export async function takePageSection(outcome: CaptureOutcome): Promise<PageSection | undefined> {
  if (!outcome.found) return undefined;
  if (outcome.section) return outcome.section;
  try {
    const answers = await beforeDeadline(
      browser.scripting.executeScript({
        target: { tabId: outcome.tabId },
        func: (key: string) => (globalThis as unknown as Record<string, (() => unknown) | undefined>)[key]?.(),
        args: [PAGE_SECTION_HANDOFF],
      }),
      CAPTURE_DEADLINE_MS,
    );
    // A page that went busy since the capture must not hold up the save: it is saved without the section.
    if (answers === TIMED_OUT) return undefined;
    const [answer] = answers;
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
