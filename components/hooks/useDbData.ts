import { useCallback, useEffect, useRef, useState } from 'react';
import { onDbChange, type DbChange } from '../../utils/db/database';
import { describeStorageError } from '../../utils/db/errors';
import type { StoreName } from '../../utils/db/schema';

export interface DbData<T> {
  data: T | undefined;
  /**
   * True once a load has finished. `data` alone cannot say it: a load may itself answer
   * `undefined` ("no such person"), which must not read as "still loading" (issue #9).
   */
  loaded: boolean;
  error: string | null;
  reload: () => void;
}

/**
 * Loads something from the database and loads it again whenever any page commits a change to one
 * of `stores` (another window, the popup, the background), so every surface shows the same data.
 */
export function useDbData<T>(load: () => Promise<T>, stores: StoreName[], deps: unknown[] = []): DbData<T> {
  const [data, setData] = useState<T>();
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  const reload = useCallback(() => {
    const mine = ++generation.current;
    run()
      .then((value) => mine === generation.current && (setData(value), setLoaded(true), setError(null)))
      .catch((e: unknown) => mine === generation.current && setError(describeStorageError(e)));
  }, [run]);
  useEffect(() => {
    reload();
    return onDbChange((change: DbChange) => {
      if (change.stores.some((s) => stores.includes(s))) reload();
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reload, stores.join()]);
  return { data, loaded, error, reload };
}
