// What the page's <head> says about people: OpenGraph profiles (og:type=profile), the author
// meta tag, rel=author links. Weak evidence on its own: an author wrote the page, which makes it
// a profile only when the author also owns the site (see decide.ts).
import { safeHttpUrl } from '../profile-url';
import { cleanText } from '../text';
import { looksLikePersonName } from './names';
import { emptyEvidence, type PersonEvidence } from './types';
import { tokens, urlValue } from './values';
import type { ExtractContext } from './work';

/** Meta tags read per page; real heads have under a hundred. */
const MAX_META = 2_000;
const MAX_LINKS = 5_000;

/** meta[property|name] → contents, keys lower-cased (og:type, profile:first_name, author...). */
export type MetaMap = Map<string, string[]>;

export function readMeta(ctx: ExtractContext): MetaMap {
  const meta: MetaMap = new Map();
  for (const el of ctx.budget.slice(ctx.doc.querySelectorAll('meta[content]'), MAX_META)) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const value = cleanText(el.getAttribute('content'));
    if (!key || !value) continue;
    meta.set(key, [...(meta.get(key) ?? []), value]);
  }
  return meta;
}

export function metaValue(meta: MetaMap, key: string): string {
  return meta.get(key)?.[0] ?? '';
}

/** An OpenGraph profile page (og:type=profile): the page is about the person it names. */
export function openGraphPerson(meta: MetaMap, ctx: ExtractContext): PersonEvidence | null {
  if (metaValue(meta, 'og:type').toLowerCase() !== 'profile') return null;
  const evidence = emptyEvidence('opengraph', ['subject'], 65);
  // og:title of a profile is often "Jane Doe (@jane@social.example)" or "Jane Doe - Site".
  const title = cleanText(metaValue(meta, 'og:title').replace(/\s*\(@[^)]*\)\s*$/, '').split(/\s+[|·–—-]\s+/)[0]);
  evidence.name =
    [metaValue(meta, 'profile:first_name'), metaValue(meta, 'profile:last_name')].filter(Boolean).join(' ') || (looksLikePersonName(title) ? title : '');
  evidence.nickname = metaValue(meta, 'profile:username');
  evidence.photoUrl = safeHttpUrl(metaValue(meta, 'og:image'), ctx.url);
  return evidence.name || evidence.nickname ? evidence : null;
}

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s)>]+/i;

/** "Jane Doe (https://jane.example/)", "Jane Doe <jane@example.com>" → "Jane Doe"; "" when no name is left. */
function authorName(value: string): string {
  const name = cleanText(
    value
      .replace(/\(([^)]*)\)/g, (whole, inner: string) => (WEB_ADDRESS.test(inner) || inner.includes('@') ? '' : whole))
      .replace(/<[^>]*>/g, '')
      .replace(WEB_ADDRESS, ''),
  ).replace(/[\s,;:|-]+$/, '');
  return !name || /@|https?:|www\./i.test(name) ? '' : name;
}

/** The author meta tag, unless it holds only an address or names several people. */
export function metaAuthor(meta: MetaMap, ctx: ExtractContext): PersonEvidence | null {
  const raw = [...(meta.get('author') ?? []), ...(meta.get('article:author') ?? []), ...(meta.get('dc.creator') ?? [])];
  const names = [...new Set(raw.map(authorName).filter(Boolean))];
  // A company or a team as author ("Acme web team") makes no one's profile.
  if (names.length !== 1 || !looksLikePersonName(names[0] ?? '')) return null;
  const evidence = emptyEvidence('meta', ['author'], 0);
  evidence.name = names[0] ?? '';
  // "Bradley M. Kuhn (http://ebb.org/bkuhn/)": the address is the author's own space.
  for (const value of raw) {
    const address = WEB_ADDRESS.exec(value)?.[0];
    if (address) {
      evidence.url = safeHttpUrl(address, ctx.url);
      break;
    }
  }
  return evidence;
}

/** Addresses of the page's author (rel=author, article:author as a URL): an author's own space. */
export function authorUrls(meta: MetaMap, ctx: ExtractContext): string[] {
  const urls: string[] = [];
  for (const el of ctx.budget.slice(ctx.doc.querySelectorAll('link[rel][href], a[rel][href]'), MAX_LINKS)) {
    if (tokens(el, 'rel').includes('author')) urls.push(urlValue(el, ctx.url));
  }
  for (const value of meta.get('article:author') ?? []) urls.push(safeHttpUrl(value, ctx.url));
  return [...new Set(urls.filter(Boolean))];
}
