import { useEffect, useId, useRef, useState } from 'react';

export interface EntryField<T> {
  key: keyof T & string;
  label: string;
}

interface Props<T> {
  /** "Experience": the fieldset's legend. */
  legend: string;
  /** "role": how one entry is named in buttons ("Edit role 2", "Add a role"). */
  noun: string;
  entries: readonly T[];
  fields: readonly EntryField<T>[];
  /** The entry as one readable line: its main words, then its details (dates, place). */
  describe: (entry: T) => { main: string; detail: string };
  blank: () => T;
  onChange: (entries: T[]) => void;
}

const isBlank = <T,>(entry: T, fields: readonly EntryField<T>[]) => fields.every((f) => !String(entry[f.key] ?? '').trim());

/**
 * A profile's experience or education in the review form: each entry is a readable line ("Head of
 * Platform · Ridgeway Labs, Mar 2021 – Present"), with Edit to open its fields and Remove. Four
 * inputs side by side in a 380 px popup cut every title and date (issue #10); a line shows them
 * whole, and editing is one click away.
 */
export function EntryList<T>({ legend, noun, entries, fields, describe, blank, onChange }: Props<T>) {
  const id = useId();
  const [editing, setEditing] = useState<number | null>(null);
  // After "Add", the new entry's first field takes focus (the button would otherwise keep it).
  const focusNew = useRef(false);
  const firstField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusNew.current && editing !== null && firstField.current) {
      firstField.current.focus();
      focusNew.current = false;
    }
  }, [editing, entries.length]);

  const set = (index: number, patch: Partial<T>) => onChange(entries.map((e, i) => (i === index ? { ...e, ...patch } : e)));
  const remove = (index: number) => {
    onChange(entries.filter((_, i) => i !== index));
    setEditing(null);
  };
  const done = (index: number) => {
    // An entry added and left empty is not kept.
    if (isBlank(entries[index], fields)) onChange(entries.filter((_, i) => i !== index));
    setEditing(null);
  };
  const add = () => {
    focusNew.current = true;
    onChange([...entries, blank()]);
    setEditing(entries.length);
  };

  return (
    <fieldset className="entries">
      <legend>
        {legend} ({entries.length})
      </legend>
      {entries.length > 0 && (
        <ul className="plain">
          {entries.map((entry, index) => {
            const { main, detail } = describe(entry);
            const name = `${noun} ${index + 1}`;
            return (
              <li key={index} className="entry">
                {editing === index ? (
                  <div className="entry-editor" role="group" aria-label={`Edit ${name}`}>
                    {fields.map((field, f) => (
                      <div key={field.key} className={field.key === 'start' || field.key === 'end' ? 'half' : undefined}>
                        <label htmlFor={`${id}-${index}-${field.key}`}>{field.label}</label>
                        <input
                          id={`${id}-${index}-${field.key}`}
                          ref={f === 0 ? firstField : undefined}
                          value={String(entry[field.key] ?? '')}
                          onChange={(e) => set(index, { [field.key]: e.target.value } as Partial<T>)}
                        />
                      </div>
                    ))}
                    <div className="row">
                      <button type="button" onClick={() => done(index)}>
                        Done
                      </button>
                      <button type="button" className="danger" onClick={() => remove(index)}>
                        Remove
                      </button>
                    </div>
                  </div>
                ) : (
                  <div className="entry-line">
                    <span className="grow">
                      <span className="entry-main">{main || <em className="muted">(empty)</em>}</span>
                      {detail && <span className="entry-detail muted">{detail}</span>}
                    </span>
                    <button type="button" className="link" aria-label={`Edit ${name}${main ? `: ${main}` : ''}`} onClick={() => setEditing(index)}>
                      Edit
                    </button>
                    <button type="button" className="link" aria-label={`Remove ${name}${main ? `: ${main}` : ''}`} onClick={() => remove(index)}>
                      Remove
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" onClick={add}>
        Add {/^[aeiou]/i.test(noun) ? 'an' : 'a'} {noun}
      </button>
    </fieldset>
  );
}
