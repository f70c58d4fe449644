import { useEffect, useRef, useState } from 'react';
import { onDbChange } from '../../utils/db/database';
import { describeStorageError } from '../../utils/db/errors';
import { getPerson, listPeople, listRecentPeople } from '../../utils/db/people';
import type { Person } from '../../utils/schema/person';

/** Rows painted before everyone is loaded: more than a tall side panel shows. */
const FIRST_PAGE = 40;

export interface PeopleListState {
  people: Person[];
  /** Everyone is loaded (search, filters and sorting can run); false while only the first page is. */
  complete: boolean;
  /** How many people are stored, once known (null while only the first page is loaded). */
  total: number | null;
  /** Records that failed validation: kept in the database, not shown. */
  unreadable: string[];
}

/**
 * Everyone saved, for the side panel's list. The first screen comes from the most recent people
 * alone, then the whole list loads; later changes from any page re-read only the people they name.
 */
export function usePeopleList(): { state: PeopleListState | undefined; error: string | null } {
  const [state, setState] = useState<PeopleListState>();
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const complete = useRef(false);

  useEffect(() => {
    let live = true;
    const loadAll = () => {
      const mine = ++generation.current;
      listPeople()
        .then(({ people, unreadable }) => {
          if (!live || mine !== generation.current) return;
          complete.current = true;
          setState({ people, unreadable, complete: true, total: people.length + unreadable.length });
        })
        .catch((e: unknown) => live && setError(describeStorageError(e)));
    };
    const mine = ++generation.current;
    listRecentPeople(FIRST_PAGE)
      .then(({ people, more }) => {
        if (!live || mine !== generation.current) return;
        setState({ people, unreadable: [], complete: !more, total: more ? null : people.length });
        // After the first rows are painted, not before.
        setTimeout(loadAll, 0);
      })
      .catch((e: unknown) => live && setError(describeStorageError(e)));

    const stop = onDbChange((change) => {
      if (!change.stores.includes('people')) return;
      // Until everyone is loaded, or for big changes (imports), read the whole list again; the
      // generation counter drops any answer that started before this change.
      if (!complete.current || !change.personIds?.length || change.personIds.length > 50) return loadAll();
      const ids = change.personIds;
      Promise.all(ids.map((id) => getPerson(id).catch(() => undefined)))
        .then((fresh) => {
          if (!live) return;
          setState((current) => {
            if (!current) return current;
            const byId = new Map(fresh.map((p, i) => [ids[i], p]));
            const people = current.people.filter((p) => !byId.has(p.id) || byId.get(p.id));
            const next = people.map((p) => byId.get(p.id) ?? p);
            for (const p of fresh) if (p && !current.people.some((q) => q.id === p.id)) next.push(p);
            return { ...current, people: next, total: next.length + current.unreadable.length };
          });
        })
        .catch(loadAll);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  return { state, error };
}
