import { useEffect, useRef, useState } from 'react';
import type { Goals } from '../../utils/schema/goals';
import type { Person } from '../../utils/schema/person';

/** Milliseconds of scoring per slice at most, so that a keystroke never waits behind it. */
const SLICE_MS = 4;

/** Runs `work` when the page is idle (or soon, where idle callbacks do not exist). */
const whenIdle = (work: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 1_000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
};

/**
 * Fit scores against the goals, computed after the list is on screen, in small slices between
 * frames when the page is idle (scoring takes about half a millisecond a person). Scores are kept per person and only
 * recomputed for people who changed; undefined until every score is known.
 */
export function useFitScores(people: Person[] | undefined, goals: Goals | null | undefined): ReadonlyMap<string, number> | undefined {
  const [scores, setScores] = useState<ReadonlyMap<string, number>>();
  const cache = useRef({ goalsKey: '', byPerson: new Map<string, { updatedAt: string; score: number }>() });

  useEffect(() => {
    if (!people || !goals) {
      setScores(undefined);
      return;
    }
    const goalsKey = JSON.stringify(goals);
    if (cache.current.goalsKey !== goalsKey) cache.current = { goalsKey, byPerson: new Map() };
    const { byPerson } = cache.current;
    let index = 0;
    let cancel = () => {};
    let fitScore: typeof import('../../utils/drafting/fit').fitScore;
    const step = () => {
      const until = performance.now() + SLICE_MS;
      for (; index < people.length && performance.now() < until; index++) {
        const person = people[index];
        const known = byPerson.get(person.id);
        if (known?.updatedAt !== person.updatedAt) byPerson.set(person.id, { updatedAt: person.updatedAt, score: fitScore(person.profile, goals).score });
      }
      if (index < people.length) cancel = whenIdle(step);
      else setScores(new Map(people.map((p) => [p.id, byPerson.get(p.id)!.score])));
    };
    let live = true;
    // The drafting engine loads after the list is painted, not with it.
    void import('../../utils/drafting/fit').then((module) => {
      fitScore = module.fitScore;
      if (live) cancel = whenIdle(step);
    });
    return () => {
      live = false;
      cancel();
    };
  }, [people, goals]);

  return scores;
}
