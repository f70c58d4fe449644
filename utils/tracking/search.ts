// Search-as-you-type over everyone saved. Each keystroke must stay well under a frame (16 ms) for
// 10,000 people, so all the per-person work happens once in `buildSearchIndex`: text is folded to
// lower case without accents into one string per person, and every sort order is computed ahead.
// A keystroke is then one `includes` per word per person. tests/unit/tracking/search.test.ts
// prints the timing.
import type { Person } from '../schema/person';
import type { Status } from '../schema/status';

export type SearchSort = 'saved' | 'activity';

/**
 * Notes can hold 20,000 characters each; searching only their start keeps the index small and
 * a keystroke fast even when someone pasted whole emails into notes.
 */
export const SEARCHED_NOTES_CHARS = 5_000;

interface Entry {
  id: string;
  status: Status;
  haystack: string;
}

export interface SearchIndex {
  readonly size: number;
  /** Entries in each sort order, best first. */
  readonly orders: Readonly<Record<SearchSort, readonly Entry[]>>;
  /**
   * The previous search's matches. Typing only adds letters, and a longer query matches a subset
   * of a shorter one, so the next keystroke filters these instead of everyone. A cache, not state:
   * results are the same with or without it.
   */
  last?: { query: string; sort: SearchSort; statuses: string; matches: readonly Entry[] };
}

export interface SearchOptions {
  /** Only people with this status (or one of these). */
  status?: Status | readonly Status[];
  /** 'saved': newest saved first; 'activity': most recent activity first (fit: see `byFit`). */
  sort: SearchSort;
  /** At most this many ids. */
  limit?: number;
}

// Letters NFKD does not take apart, so "Łukasz", "Søren", "Straße" match what people type.
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const LETTER_PATTERN = /[ßæœøłđðþı]/g;
const MARKS = /\p{M}+/gu;

/** Lower case, accents and ligatures taken apart: "Zoë Ørsted-Łukasz" → "zoe orsted-lukasz". */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(LETTER_PATTERN, (letter) => LETTERS[letter] ?? letter);
}

/** The folded text searched for one person: name, company, headline, location, tags, notes. */
export function searchText(person: Person): string {
  const { profile } = person;
  // A newline between fields: no query word contains one, so no match spans two fields.
  return foldForSearch(
    [profile.name, profile.company, profile.headline, profile.location, person.tags.join(' '), person.notes.slice(0, SEARCHED_NOTES_CHARS)].join('\n'),
  );
}

export function buildSearchIndex(people: readonly Person[]): SearchIndex {
  const rows = people.map((person) => ({
    entry: { id: person.id, status: person.status, haystack: searchText(person) } satisfies Entry,
    saved: Date.parse(person.createdAt),
    activity: Date.parse(person.lastActivityAt),
  }));
  type Row = (typeof rows)[number];
  const tieBreak = (a: Row, b: Row) => b.saved - a.saved || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);
  const order = (compare: (a: Row, b: Row) => number) => [...rows].sort((a, b) => compare(a, b) || tieBreak(a, b)).map((r) => r.entry);
  return {
    size: rows.length,
    orders: {
      saved: order(() => 0),
      activity: order((a, b) => b.activity - a.activity),
    },
  };
}

/**
 * Ids of the people matching every word of `query` (in any field, anywhere in a word: "eng"
 * finds "engineering"), in the chosen order. An empty query lists everyone (still filtered by status).
 */
export function searchPeople(index: SearchIndex, query: string, options: SearchOptions): string[] {
  const folded = foldForSearch(query);
  const words = folded.split(/\s+/).filter(Boolean);
  const statusList = options.status === undefined ? null : typeof options.status === 'string' ? [options.status] : [...options.status];
  const statuses = statusList ? new Set(statusList) : null;
  const statusKey = statusList ? [...statuses!].sort().join(',') : '*';
  const last = index.last;
  // Every word of a query that extends the previous one contains the matching previous word, so
  // its matches are among the previous ones (in the same order).
  const refine = last && last.sort === options.sort && last.statuses === statusKey && folded.startsWith(last.query);
  const candidates = refine ? last.matches : index.orders[options.sort];
  const matches: Entry[] = [];
  for (const entry of candidates) {
    if (statuses && !statuses.has(entry.status)) continue;
    let match = true;
    for (const word of words) {
      if (!entry.haystack.includes(word)) {
        match = false;
        break;
      }
    }
    if (match) matches.push(entry);
  }
  index.last = { query: folded, sort: options.sort, statuses: statusKey, matches };
  const limit = options.limit ?? Infinity;
  return (matches.length > limit ? matches.slice(0, limit) : matches).map((entry) => entry.id);
}


/**
 * `ids` best fit first, ties (and people not scored yet, last) in their given order. Fit is not an
 * order of the index: scores arrive after the list is shown (they take seconds for 10,000 people),
 * and rebuilding the index for them would freeze the list; reordering the matches costs a sort.
 */
export function byFit(ids: readonly string[], scores: ReadonlyMap<string, number>): string[] {
  return [...ids].sort((a, b) => (scores.get(b) ?? -1) - (scores.get(a) ?? -1));
}
