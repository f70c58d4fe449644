// Canonical profile addresses: the identity key of a saved person. Saving the same LinkedIn member
// from any country host, with or without a trailing slash, query, hash or percent-encoding, or from
// a /details/... sub-page, must land on the same address (issue #2). Kept free of zod: the injected
// capture scripts use it.

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;
/** /in/<slug>[/anything] — the member's vanity slug is the identity. */
const LINKEDIN_IN_PATH = /^\/in\/([^/?#]+)/i;
/** Pre-2016 public pages: /pub/<name>/<a>/<b>/<c>. */
const LINKEDIN_PUB_PATH = /^\/pub\/([^/?#]+)\/([0-9a-z]+)\/([0-9a-z]+)\/([0-9a-z]+)/i;
/** Query parameters that only track where a click came from. */
const TRACKING_PARAM = /^(utm_|fbclid$|gclid$|mc_|ref$|ref_src$|trk$|trkInfo$|originalSubdomain$|lipi$|miniProfileUrn$)/i;

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function parse(url: string): URL | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

export function isLinkedInUrl(url: string): boolean {
  const parsed = parse(url);
  return !!parsed && LINKEDIN_HOST.test(parsed.hostname);
}

/** The member slug of a LinkedIn /in/ address, decoded and lower-cased, or null. */
export function linkedInSlug(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || !LINKEDIN_HOST.test(parsed.hostname)) return null;
  const match = LINKEDIN_IN_PATH.exec(parsed.pathname);
  if (!match) return null;
  const slug = safeDecode(match[1]).trim().toLowerCase();
  return slug ? slug : null;
}

/** `https://www.linkedin.com/in/<slug>/` for any address of a member's profile, or null. */
export function canonicalLinkedInUrl(url: string): string | null {
  const slug = linkedInSlug(url);
  if (slug) return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
  const parsed = parse(url);
  if (!parsed || !LINKEDIN_HOST.test(parsed.hostname)) return null;
  const pub = LINKEDIN_PUB_PATH.exec(parsed.pathname);
  if (!pub) return null;
  const [, name, a, b, c] = pub;
  return `https://www.linkedin.com/pub/${encodeURIComponent(safeDecode(name).toLowerCase())}/${a}/${b}/${c}/`.toLowerCase();
}

/**
 * Canonical address for any profile page: LinkedIn's rule above; elsewhere the https address with a
 * lower-case host, no hash, no tracking parameters and no trailing slash (except the root).
 */
export function canonicalProfileUrl(url: string): string | null {
  const linkedIn = canonicalLinkedInUrl(url);
  if (linkedIn) return linkedIn;
  const parsed = parse(url);
  if (!parsed || isLinkedInUrl(url)) return null;
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  // forEach, not the keys() iterator: in a Firefox content script that iterator is not iterable
  // (the page's URLSearchParams seen through an Xray wrapper), and every capture of a non-LinkedIn
  // page threw there (issue #12; tests/e2e/firefox/journeys.e2e.ts).
  const keys: string[] = [];
  parsed.searchParams.forEach((_value, key) => keys.push(key));
  for (const key of keys) {
    if (TRACKING_PARAM.test(key)) parsed.searchParams.delete(key);
  }
  let text = parsed.toString();
  if (parsed.pathname !== '/' && !parsed.search) text = text.replace(/\/+$/, '');
  return text;
}

/** Only http(s) addresses survive as links or photos; anything else (javascript:, data:) becomes "". */
export function safeHttpUrl(value: string | null | undefined, base?: string): string {
  if (!value) return '';
  try {
    const parsed = new URL(value.trim(), base);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return '';
    const text = parsed.toString();
    return text.length <= 2048 ? text : '';
  } catch {
    return '';
  }
}

/**
 * Whether two http(s) addresses are on the same site: the same host once a leading "www." is
 * dropped. Deliberately not the registrable domain (that needs the public-suffix list): blog.a.com
 * and a.com count as different sites.
 */
export function sameSite(a: string, b: string): boolean {
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) return false;
  const host = (parsed: URL) => parsed.hostname.toLowerCase().replace(/^www\./, '');
  return host(left) === host(right);
}
