import { useCallback, useRef, useState, type ReactNode } from 'react';
import { describeStorageError } from '../../utils/db/errors';
import { Notice } from '../Notice';
import { recountFollowUps } from './recount';

/** What an action reports: a sentence (with Undo when it can be taken back), or why it did nothing. */
export type Outcome = {
  message: string;
  undo?: () => Promise<unknown>;
  /** The timeline events the action added: once newer ones exist, the message is out of date. */
  eventIds?: string[];
} | { problem: string };

export interface Feedback {
  /** Runs a tracking action: reports its outcome, words any storage error, recounts the badge. */
  run: (action: () => Promise<Outcome | void>) => Promise<boolean>;
  busy: boolean;
  /** The notices to render where the action's section shows its messages. */
  view: ReactNode;
  clear: () => void;
  /** The events the last successful action added, when it said. */
  eventIds?: string[];
}

/**
 * The outcome line every tracking screen shows after an action: success with Undo, or the problem
 * in words (announced as an alert). Only one action runs at a time, so a double click cannot
 * record a reply twice.
 */
export function useFeedback(): Feedback {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);

  const run = useCallback(async (action: () => Promise<Outcome | void>) => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    try {
      const result = await action();
      setOutcome(result ?? null);
      if (result && 'problem' in result) return false;
      recountFollowUps();
      return true;
    } catch (error) {
      setOutcome({ problem: describeStorageError(error) });
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  const undo = outcome && 'message' in outcome ? outcome.undo : undefined;
  const view =
    outcome === null ? null : 'problem' in outcome ? (
      <Notice tone="bad">{outcome.problem}</Notice>
    ) : (
      <Notice tone="ok">
        {outcome.message}{' '}
        {undo && (
          <button
            type="button"
            className="link"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await undo();
                return { message: 'Undone.' };
              })
            }
          >
            Undo
          </button>
        )}
      </Notice>
    );

  const eventIds = outcome && 'message' in outcome ? outcome.eventIds : undefined;
  return { run, busy, view, clear: useCallback(() => setOutcome(null), []), eventIds };
}
