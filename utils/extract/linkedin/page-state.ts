// What the page is, before and around reading a profile: a sign-in wall or security check, a page
// with no profile (and why), or a page whose own identity names another member than the address.
import { canonicalLinkedInUrl, linkedInSlug, safeHttpUrl } from '../profile-url';
import { CANONICAL, CHECK_PAGE_KEY, CHECK_TITLE, NOT_FOUND, NOT_FOUND_TITLE, PAGE_KEY, WALL_PAGE_KEY, WALL_PATH, WALL_TITLE } from './selectors';

const NO_PROFILE = 'No profile found on this page';
/** The user-facing reasons for found: false, in plain words with what to do next. */
export const REASONS = {
  notProfileUrl: 'This is not a LinkedIn profile address. Open a profile (linkedin.com/in/…) and try again.',
  signIn: `${NO_PROFILE}: LinkedIn is asking you to sign in. Sign in, open the profile, and try again.`,
  check: `${NO_PROFILE}: LinkedIn is asking for a security check. Complete it, open the profile, and try again.`,
  notFound: `${NO_PROFILE}: LinkedIn says this profile does not exist or is not available to you. Check the address and try again.`,
  loading: `${NO_PROFILE}: it has not finished loading. Wait until the profile shows, then try again.`,
  none: `${NO_PROFILE}. Open a LinkedIn profile, wait until it has loaded, and try again.`,
  stale: 'This page still shows a different profile than its address. Reload the page and try again.',
};

const canonicalPath = (doc: Document, url: string): string | null => {
  const href = doc.querySelector(CANONICAL)?.getAttribute('href');
  return href && /\w/.test(href) ? new URL(safeHttpUrl(href, url) || url).pathname : null;
};

/**
 * A reason when the page says by itself that it is no profile: its page key, its title or its
 * canonical address (/authwall, /login). Checked before reading, so that a wall's own headings
 * ("Join LinkedIn") are never taken for a member.
 */
export function wallReason(doc: Document, url: string): string {
  const pageKey = doc.querySelector(PAGE_KEY)?.getAttribute('content') ?? '';
  if (CHECK_PAGE_KEY.test(pageKey) || CHECK_TITLE.test(doc.title)) return REASONS.check;
  const path = canonicalPath(doc, url);
  return WALL_PAGE_KEY.test(pageKey) || (path !== null && path !== '/' && WALL_PATH.test(path)) ? REASONS.signIn : '';
}

/** Why no profile was read, from the page's own words and shape. */
export function reasonWithoutProfile(doc: Document, url: string): string {
  if (doc.querySelector(NOT_FOUND) || NOT_FOUND_TITLE.test(doc.title)) return REASONS.notFound;
  const path = canonicalPath(doc, url);
  if (WALL_TITLE.test(doc.title) || (path !== null && WALL_PATH.test(path))) return REASONS.signIn;
  // A page that has rendered nothing yet (an empty <body>, or only data blocks) is still loading.
  return doc.querySelector('main *, h1, section') ? REASONS.none : REASONS.loading;
}

/** The member slug of an address, fully decoded (some canonical links are percent-encoded twice). */
function slugOf(href: string | null | undefined, base: string): string {
  let slug = linkedInSlug(safeHttpUrl(href, base)) ?? '';
  for (let i = 0; i < 2 && /%[0-9a-f]{2}/i.test(slug); i++) {
    try {
      slug = decodeURIComponent(slug).toLowerCase();
    } catch {
      break;
    }
  }
  return slug;
}

/**
 * The profile's canonical address, or null when the addresses the page gives itself (`own`: its
 * canonical link, og:url, structured data, the member's own links) name another member than `url`.
 * An address by member id (/in/ACoAA…) cannot be compared: the page's own address is kept instead;
 * a /pub/ address has no slug to compare.
 */
export function checkedProfileUrl(url: string, own: (string | null | undefined)[]): string | null {
  const slug = slugOf(url, url);
  // The same address is often given several times (canonical, og:url, JSON-LD): parse each once.
  const others = [...new Set(own.filter((href): href is string => !!href))].map((href) => slugOf(href, url)).filter(Boolean);
  const byId = /^aco[\w-]{20,}$/i.test(slug);
  if (slug && !byId && others.some((other) => other !== slug)) return null;
  return (byId && others[0] && canonicalLinkedInUrl(`https://www.linkedin.com/in/${others[0]}/`)) || canonicalLinkedInUrl(url);
}
