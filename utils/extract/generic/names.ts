// Telling a person's name from other short capitalised text, and matching two spellings of it.
// Used only on weak evidence (a byline, a heading, a <title> part); structured data is trusted as is.
import { cleanText } from '../text';

/** Lower-case name particles that may sit between capitalised parts: "Ludwig van Beethoven". */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'dos', 'das', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'y', 'e', 'ter', 'ten', 'zu']);

/**
 * Words that make a capitalised phrase a title, a brand or navigation rather than a person
 * ("About This Site", "Quanta Magazine", "The Hidden Heroines of Chaos").
 */
const NOT_NAME = new Set([
  'a', 'about', 'academy', 'all', 'an', 'and', 'archive', 'archives', 'at', 'best', 'blog', 'by', 'club', 'code', 'college', 'colophon', 'company',
  'contact', 'consulting', 'corp', 'curriculum', 'cv', 'daily', 'design', 'digital', 'for', 'foundation', 'from', 'gmbh', 'group', 'hello', 'hi',
  'home', 'homepage', 'how', 'in', 'inc', 'institute', 'is', 'journal', 'labs', 'llc', 'login', 'ltd', 'magazine', 'media', 'menu', 'my', 'new',
  'news', 'notes', 'of', 'official', 'on', 'our', 'page', 'podcast', 'portfolio', 'posts', 'press', 'profile', 'project', 'projects', 'resume',
  'review', 'school', 'search', 'services', 'shop', 'show', 'sign', 'site', 'software', 'solutions', 'store', 'studio', 'systems', 'team',
  'technologies', 'the', 'this', 'times', 'to', 'university', 'vitae', 'website', 'weekly', 'welcome', 'what', 'why', 'with', 'your',
  // Buttons and labels printed next to names.
  'follow', 'following', 'subscribe', 'share', 'reply', 'edit', 'more', 'read', 'min', 'updated', 'posted', 'view',
]);

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const INITIAL = /^\p{Lu}\.?$/u;
/** Scripts without letter case (CJK, Arabic, Hebrew, Indic...): any letters will do. */
const CASELESS = /^[\p{Lo}\p{M}'’.-]+$/u;

/** Whether a short text reads as a person's full name: two to five name-like words, nothing else. */
export function looksLikePersonName(value: string): boolean {
  const text = cleanText(value);
  if (text.length < 3 || text.length > 70) return false;
  if (/[\d@/\\:|()[\]{}?!,;"“”<>=+*#&_~]/.test(text)) return false;
  const words = text.split(' ');
  if (words.length === 1) return CASELESS.test(words[0] ?? '') && text.length >= 2 && text.length <= 12;
  if (words.length > 5) return false;
  let nameWords = 0;
  for (const word of words) {
    const lower = word.toLowerCase().replace(/\.$/, '');
    if (NOT_NAME.has(lower)) return false;
    if (PARTICLES.has(word)) continue;
    if (!CAPITALISED.test(word) && !INITIAL.test(word) && !CASELESS.test(word)) return false;
    nameWords++;
  }
  return nameWords >= 2;
}

/** Titles before a name and degrees after it, which two spellings of one name may or may not carry. */
const HONORIFIC = /^(?:(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame|rev)\s+)+/;
const SUFFIX = /(?:\s+(?:phd|ph d|md|jr|sr|ii|iii|mba|msc|bsc|esq))+$/;

/** Lower case, accents, punctuation, titles and degrees removed, single spaces: the form names are compared in. */
export function normName(value: string): string {
  const plain = cleanText(value)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return plain.replace(HONORIFIC, '').replace(SUFFIX, '') || plain;
}

/** The same person's name written two ways: equal, or the same first and last word ("Marta K. Oyelaran"). */
export function sameName(a: string, b: string): boolean {
  const left = normName(a);
  const right = normName(b);
  if (!left || !right) return false;
  if (left === right) return true;
  const l = left.split(' ');
  const r = right.split(' ');
  return l.length >= 2 && r.length >= 2 && l[0] === r[0] && l[l.length - 1] === r[r.length - 1];
}

/** Whether `text` contains the name as whole words (accent- and case-blind). */
export function mentionsName(text: string, name: string): boolean {
  const needle = normName(name);
  return !!needle && ` ${normName(text)} `.includes(` ${needle} `);
}

/** Whether `text` contains one of the name's words of three letters or more ("Hi, I'm Nicolas."). */
export function mentionsNamePart(text: string, name: string): boolean {
  const hay = ` ${normName(text)} `;
  return normName(name)
    .split(' ')
    .some((word) => word.length >= 3 && hay.includes(` ${word} `));
}

/** A name given in the first person: "I'm Ada", "My name is Ada Lovelace". The name only, or "". */
export function selfIntroducedName(value: string): string {
  const match = /(?:^|[\s,.!;:])(?:I['’]m|I am|[Mm]y name is|[Jj]e suis|[Ii]ch bin|[Ss]oy|[Ss]ono)\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|von|de|der|da|di|du|la|le))*)/u.exec(
    cleanText(value),
  );
  return match ? (match[1] ?? '').replace(/[.'’-]+$/, '') : '';
}
