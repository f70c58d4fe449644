import { beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../../utils/schema/person';
import type { Status } from '../../../utils/schema/status';
import { STATUSES } from '../../../utils/tracking/status';
import { buildSearchIndex, byFit, foldForSearch, searchPeople } from '../../../utils/tracking/search';
import { T0, makePerson, plus, resetIds, seededRandom } from '../builders';

beforeEach(() => resetIds());

describe('foldForSearch', () => {
  it('folds case, accents and letters NFKD leaves alone', () => {
    expect(foldForSearch('Zoë ÅSA Łukasz Søren Straße Æsir İstanbul ﬁne')).toBe('zoe asa lukasz soren strasse aesir istanbul fine');
  });
});

describe('searchPeople', () => {
  const people = () => [
    makePerson({ id: 'zoe', createdAt: plus(T0, 1), lastActivityAt: plus(T0, 9), status: 'sent', tags: ['mentor-pool'], profile: { name: 'Zoë Müller', company: 'Nordwind', headline: 'Staff engineer, distributed systems' } }),
    makePerson({ id: 'lukasz', createdAt: plus(T0, 2), lastActivityAt: plus(T0, 3), status: 'replied', notes: 'Recommended by Zoe', profile: { name: 'Łukasz Nowak', company: 'Examplecorp', headline: 'Engineering manager' } }),
    makePerson({ id: 'ana', createdAt: plus(T0, 3), lastActivityAt: plus(T0, 4), status: 'sent', tags: ['design'], profile: { name: 'Ana Souza', company: 'Studio Sol', headline: 'Design lead', location: 'Lisboa' } }),
  ];

  it('matches accent-folded words in any field, every word required', () => {
    const index = buildSearchIndex(people());
    expect(searchPeople(index, 'zoe', { sort: 'saved' })).toEqual(['lukasz', 'zoe']);
    expect(searchPeople(index, 'MÜLLER', { sort: 'saved' })).toEqual(['zoe']);
    expect(searchPeople(index, 'lukasz eng', { sort: 'saved' })).toEqual(['lukasz']);
    expect(searchPeople(index, 'design lisboa', { sort: 'saved' })).toEqual(['ana']);
    expect(searchPeople(index, 'mentor-pool', { sort: 'saved' })).toEqual(['zoe']);
    expect(searchPeople(index, 'nobody here', { sort: 'saved' })).toEqual([]);
  });

  it('gives the same results whether or not the previous search is reused', () => {
    const index = buildSearchIndex(people());
    const typed = ['e', 'en', 'eng', 'eng ', 'eng m', 'en', 'z', 'zo', 'zoe', 'zoe x'];
    for (const query of typed) {
      const incremental = searchPeople(index, query, { sort: 'activity', status: ['sent', 'replied'] });
      const fresh = searchPeople(buildSearchIndex(people()), query, { sort: 'activity', status: ['sent', 'replied'] });
      expect(incremental).toEqual(fresh);
    }
    // A different sort or filter is not served from the previous matches.
    searchPeople(index, 'e', { sort: 'saved', status: 'sent' });
    expect(searchPeople(index, 'en', { sort: 'saved' })).toEqual(['lukasz', 'zoe']);
  });

  it('does not match across two fields', () => {
    // "sol" + newline + "design" would only match if fields ran together.
    expect(searchPeople(buildSearchIndex(people()), 'soldesign', { sort: 'saved' })).toEqual([]);
  });

  it('sorts by saved, activity or fit, and filters by status', () => {
    const index = buildSearchIndex(people());
    expect(searchPeople(index, '', { sort: 'saved' })).toEqual(['ana', 'lukasz', 'zoe']);
    expect(searchPeople(index, '', { sort: 'activity' })).toEqual(['zoe', 'ana', 'lukasz']);
    // Unscored people last, ties in the order given (newest saved first).
    expect(byFit(searchPeople(index, '', { sort: 'saved' }), new Map([['ana', 0.9], ['zoe', 0.4]]))).toEqual(['ana', 'zoe', 'lukasz']);
    expect(byFit(['zoe', 'ana', 'lukasz'], new Map([['ana', 0.5], ['zoe', 0.5]]))).toEqual(['zoe', 'ana', 'lukasz']);
    expect(searchPeople(index, '', { sort: 'saved', status: 'sent' })).toEqual(['ana', 'zoe']);
    expect(searchPeople(index, 'e', { sort: 'saved', status: ['replied', 'sent'], limit: 2 })).toEqual(['ana', 'lukasz']);
  });
});

const FIRST = ['Ada', 'Zoë', 'Łukasz', 'Søren', 'María', 'Chen', 'Aisha', 'Jonas', 'Priya', 'Kofi', 'Elif', 'Mateo'];
const LAST = ['Example', 'Müller', 'Nowak', 'Østergaard', 'García', 'Wang', 'Okafor', 'Schmidt', 'Rao', 'Mensah', 'Yılmaz', 'Rossi'];
const COMPANIES = ['Examplecorp', 'Nordwind', 'Studio Sol', 'Fjord Labs', 'Tiny Bank', 'Open Garden', 'Acme Health', 'Blue Harbor'];
const WORDS = ['engineering', 'manager', 'staff', 'design', 'platform', 'data', 'product', 'research', 'security', 'mobile', 'hiring', 'growth'];

/** 10,000 invented people with realistic field lengths (notes a few hundred characters). */
function manyPeople(count: number): Person[] {
  const random = seededRandom(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  return Array.from({ length: count }, (_, i) =>
    makePerson({
      id: `p-${i}`,
      status: pick(STATUSES) as Status,
      createdAt: plus(T0, Math.floor(random() * 400)),
      lastActivityAt: plus(T0, Math.floor(random() * 400)),
      notes: sentence(40 + Math.floor(random() * 40)),
      tags: [pick(WORDS), pick(WORDS)],
      profile: { name: `${pick(FIRST)} ${pick(LAST)}`, company: pick(COMPANIES), headline: `${sentence(3)} at ${pick(COMPANIES)}`, location: 'Berlin' },
    }),
  );
}

describe('search speed on 10,000 people (printed, not asserted)', () => {
  it('stays far below a frame per keystroke', () => {
    const people = manyPeople(10_000);
    const buildStart = performance.now();
    const index = buildSearchIndex(people);
    const buildMs = performance.now() - buildStart;

    const typed = 'muller plat';
    const typing: number[] = [];
    const cold: number[] = [];
    let results = 0;
    for (let round = 0; round < 5; round += 1) {
      for (const sort of ['saved', 'activity'] as const) {
        index.last = undefined;
        for (let n = 1; n <= typed.length; n += 1) {
          // As typed: each keystroke refines the previous search.
          let start = performance.now();
          results = searchPeople(index, typed.slice(0, n), { sort }).length;
          typing.push(performance.now() - start);
          // Cold: as if the query were pasted, over all 10,000.
          index.last = undefined;
          start = performance.now();
          searchPeople(index, typed.slice(0, n), { sort });
          cold.push(performance.now() - start);
        }
      }
    }
    const describe = (timings: number[]) => {
      const sorted = [...timings].sort((a, b) => a - b);
      return `median ${sorted[sorted.length >> 1]!.toFixed(2)} ms, worst ${sorted[sorted.length - 1]!.toFixed(2)} ms`;
    };
    console.log(
      `search over ${index.size} people: index built in ${buildMs.toFixed(1)} ms; per keystroke while typing ${describe(typing)}; cold ${describe(cold)} (${cold.length} searches each); "${typed}" → ${results} people`,
    );
    expect(results).toBeGreaterThan(0);
  });
});
