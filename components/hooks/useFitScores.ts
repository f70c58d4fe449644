import { useEffect, useRef, useState } from 'react';
import type { Goals } from '../../utils/schema/goals';
import type { Person } from '../../utils/schema/person';

/** People scored per slice of work: a few milliseconds, so typing and scrolling stay smooth. */
const SLICE = 100;

/**
 * Fit scores against the goals, computed after the list is on screen, in small slices between
 * frames (scoring takes about half a millisecond a person). Scores are kept per person and only
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
    let timer: ReturnType<typeof setTimeout>;
    let fitScore: typeof import('../../utils/drafting/fit').fitScore;
    const step = () => {
      const end = Math.min(people.length, index + SLICE);
      for (; index < end; index++) {
        const person = people[index];
        const known = byPerson.get(person.id);
        if (known?.updatedAt !== person.updatedAt) byPerson.set(person.id, { updatedAt: person.updatedAt, score: fitScore(person.profile, goals).score });
      }
      if (index < people.length) timer = setTimeout(step, 0);
      else setScores(new Map(people.map((p) => [p.id, byPerson.get(p.id)!.score])));
    };
    let live = true;
    // The drafting engine loads after the list is painted, not with it.
    void import('../../utils/drafting/fit').then((module) => {
      fitScore = module.fitScore;
      if (live) timer = setTimeout(step, 0);
    });
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [people, goals]);

  return scores;
}
