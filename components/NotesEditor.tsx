import { useEffect, useId, useRef, useState } from 'react';
import { describeStorageError } from '../utils/db/errors';
import { updatePerson } from '../utils/db/people';

/**
 * Free notes about a person, saved as they type (after a short pause) and on leaving the field.
 * Saves apply to the stored record, so notes typed here never undo a change made elsewhere.
 */
export function NotesEditor({ personId, notes }: { personId: string; notes: string }) {
  const id = useId();
  const [text, setText] = useState(notes);
  const [state, setState] = useState<'saved' | 'editing' | 'saving' | { error: string }>('saved');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const dirty = useRef(false);

  // Someone else changed the notes (another window) while this field was not being edited.
  useEffect(() => {
    if (!dirty.current) setText(notes);
  }, [notes]);

  const save = async (value: string) => {
    clearTimeout(timer.current);
    setState('saving');
    try {
      await updatePerson(personId, (p) => ({ ...p, notes: value, updatedAt: new Date().toISOString() }));
      dirty.current = false;
      setState('saved');
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
          setText(e.target.value);
          setState('editing');
          clearTimeout(timer.current);
          const value = e.target.value;
          timer.current = setTimeout(() => void save(value), 800);
        }}
        onBlur={() => dirty.current && void save(text)}
      />
      <p className="hint" role="status">
        {state === 'saving' ? 'Saving…' : state === 'editing' ? 'Not saved yet' : state === 'saved' ? (text ? 'Saved' : '') : state.error}
      </p>
    </section>
  );
}
