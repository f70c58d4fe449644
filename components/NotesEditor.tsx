import { useEffect, useId, useRef, useState } from 'react';
import { describeStorageError } from '../utils/db/errors';
import { updatePerson } from '../utils/db/people';
import { BOTH_KEPT_MARK, resolveTextEdit } from '../utils/tracking/edit-conflict';
import { Notice } from './Notice';

/**
 * Free notes about a person, saved as they type (after a short pause) and on leaving the field.
 * Saves apply to the stored record, so notes typed here never undo a change made elsewhere: a save
 * compares the notes it started from with what is stored, and when both changed, keeps both and
 * says so (utils/tracking/edit-conflict.ts).
 */
export function NotesEditor({ personId, notes }: { personId: string; notes: string }) {
  const id = useId();
  const [text, setText] = useState(notes);
  const [state, setState] = useState<'saved' | 'editing' | 'saving' | 'changed-elsewhere' | { error: string }>('saved');
  const [bothKept, setBothKept] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const dirty = useRef(false);
  /** The stored notes this field's edit started from: a save compares it with what is stored then (issue #9). */
  const base = useRef(notes);
  /** What this field last wrote, to tell its own save coming back from another window's change. */
  const written = useRef<string | null>(null);
  const latest = useRef(notes);

  // The stored notes changed (this field's own save, or another window) while not being edited.
  useEffect(() => {
    if (dirty.current) return;
    base.current = notes;
    latest.current = notes;
    setText(notes);
    if (written.current !== null && notes !== written.current) {
      setState('changed-elsewhere');
      // The other place kept both versions: say so here too.
      if (notes.includes(BOTH_KEPT_MARK)) setBothKept(true);
    }
  }, [notes]);

  const save = async (value: string) => {
    clearTimeout(timer.current);
    setState('saving');
    try {
      let outcome = { text: value, conflict: false };
      await updatePerson(personId, (p) => {
        outcome = resolveTextEdit({ base: base.current, mine: value, stored: p.notes });
        return outcome.text === p.notes ? p : { ...p, notes: outcome.text, updatedAt: new Date().toISOString() };
      });
      base.current = outcome.text;
      written.current = outcome.text;
      if (outcome.conflict) setBothKept(true);
      // Typing went on during the save: that newer text stays in the field and is saved next.
      if (latest.current === value) {
        dirty.current = false;
        latest.current = outcome.text;
        setText(outcome.text);
        setState('saved');
      }
    } catch (error) {
      setState({ error: describeStorageError(error) });
    }
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Notes</h2>
      <label htmlFor={`${id}-notes`} className="visually-hidden">
        Notes about this person
      </label>
      <textarea
        id={`${id}-notes`}
        rows={4}
        value={text}
        placeholder="What you know about them, who introduced you, what to ask…"
        onChange={(e) => {
          dirty.current = true;
          latest.current = e.target.value;
          setText(e.target.value);
          setState('editing');
          clearTimeout(timer.current);
          const value = e.target.value;
          timer.current = setTimeout(() => void save(value), 800);
        }}
        onBlur={() => dirty.current && void save(text)}
      />
      {bothKept && (
        <Notice tone="warn">
          <p>These notes were also changed in another window or view at the same time. Both versions are kept, one after the other: tidy them up as you like.</p>
          <button type="button" className="link" onClick={() => setBothKept(false)}>
            Got it
          </button>
        </Notice>
      )}
      <p className="hint" role="status">
        {state === 'saving'
          ? 'Saving…'
          : state === 'editing'
            ? 'Not saved yet'
            : state === 'changed-elsewhere'
              ? 'Updated from another window'
              : state === 'saved'
                ? text
                  ? 'Saved'
                  : ''
                : state.error}
      </p>
    </section>
  );
}
