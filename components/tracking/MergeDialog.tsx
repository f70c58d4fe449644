import { useDeferredValue, useId, useState } from 'react';
import { listPeople } from '../../utils/db/people';
import { mergeInDb, previewMerge, undoMerge } from '../../utils/db/merge';
import type { Person } from '../../utils/schema/person';
import type { MergeResult } from '../../utils/tracking/merge';
import { foldForSearch } from '../../utils/tracking/search';
import { STATUS_LABELS } from '../../utils/tracking/status';
import { useDbData } from '../hooks/useDbData';
import { Notice } from '../Notice';
import { useFeedback } from './useFeedback';

const SHOWN = 20;

type Preview = Extract<MergeResult, { ok: true }>;

function describe(person: Person): string {
  return person.profileUrl ?? 'entered by hand, no profile address';
}

/**
 * Two records of the same human become one: pick the other record, read what will happen (which
 * record stays, what moves, any warnings), confirm. One transaction; Undo splits them again.
 */
export function MergeDialog({ person, onMerged }: { person: Person; onMerged: (survivorId: string) => void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [other, setOther] = useState<Person | null>(null);
  const [keepId, setKeepId] = useState<string | undefined>();
  const [preview, setPreview] = useState<Preview | null>(null);
  const feedback = useFeedback();

  const show = async (picked: Person, keep?: string) => {
    setOther(picked);
    setKeepId(keep);
    setPreview(null);
    await feedback.run(async () => {
      const result = await previewMerge(person.id, picked.id, new Date(), { keepId: keep });
      if (!result.ok) return { problem: result.reason };
      setPreview(result);
    });
  };

  const close = () => {
    setOpen(false);
    setOther(null);
    setPreview(null);
  };

  const merge = async () => {
    if (!other || !preview) return;
    const otherName = other.profile.name;
    const merged = await feedback.run(async () => {
      const outcome = await mergeInDb(person.id, other.id, new Date(), { keepId: keepId ?? preview.survivor.id });
      const warnings = outcome.warnings.length ? ` ${outcome.warnings.join(' ')}` : '';
      setTimeout(() => onMerged(outcome.survivor.id));
      return { message: `Merged ${person.profile.name} and ${otherName} into one record.${warnings}`, undo: () => undoMerge(outcome.undo) };
    });
    if (merged) {
      setOpen(false);
      setOther(null);
      setPreview(null);
    }
  };

  if (!open) {
    return (
      <div className="stack">
        {feedback.view}
        <button type="button" onClick={() => setOpen(true)}>
          Merge with another saved person…
        </button>
      </div>
    );
  }

  const moved = preview && {
    events: preview.put.events.filter((e) => e.type !== 'merged').length,
    drafts: preview.put.drafts.length,
    meetings: preview.put.meetings.length,
    snapshots: preview.put.snapshots.length,
  };
  const survivorIsThis = preview?.survivor.id === person.id;

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} style={{ margin: 0 }}>
        Merge {person.profile.name} with another record
      </h3>
      <p className="hint">For the same person saved twice, e.g. from LinkedIn and from their own site. Nothing is lost: everything moves to the record that stays.</p>
      {feedback.view}
      {!preview && <PersonPicker exceptId={person.id} onPick={(p) => void show(p)} />}
      {preview && other && moved && (
        <div className="stack" role="region" aria-label="What the merge will do">
          <p>
            <strong>{preview.survivor.profile.name}</strong> ({describe(survivorIsThis ? person : other)}) stays; the record of{' '}
            <strong>{survivorIsThis ? other.profile.name : person.profile.name}</strong> ({describe(survivorIsThis ? other : person)}) is merged into it and removed.
          </p>
          <ul>
            <li>Status afterwards: {STATUS_LABELS[preview.survivor.status]}</li>
            <li>
              Moving over: {moved.events} timeline entries, {moved.drafts} drafts, {moved.meetings} meetings, {moved.snapshots} snapshots
            </li>
            <li>Its profile address is kept, so saving either page again finds the merged person.</li>
          </ul>
          {preview.warnings.length > 0 && (
            <Notice tone="warn">
              <ul style={{ margin: 0 }}>
                {preview.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </Notice>
          )}
          <div className="row">
            <button type="button" className="primary" onClick={() => void merge()} disabled={feedback.busy}>
              Merge
            </button>
            <button type="button" onClick={() => void show(other, survivorIsThis ? other.id : person.id)} disabled={feedback.busy}>
              Keep the other record instead
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              Pick someone else
            </button>
          </div>
        </div>
      )}
      <div>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </section>
  );
}

/** A search box over the saved people's names; loaded only while the merge dialog is open. */
function PersonPicker({ exceptId, onPick }: { exceptId: string; onPick: (person: Person) => void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const people = useDbData(listPeople, ['people']);
  const folded = foldForSearch(deferred.trim());
  const candidates = (people.data?.people ?? []).filter((p) => p.id !== exceptId && (!folded || foldForSearch(p.profile.name).includes(folded)));
  return (
    <>
      <label htmlFor={`${id}-q`}>Search saved people by name</label>
      <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus aria-controls={`${id}-list`} />
      {people.error && <Notice tone="bad">{people.error}</Notice>}
      {people.data && candidates.length === 0 ? (
        <p className="muted" role="status">
          {people.data.people.length <= 1 ? 'No one else is saved yet.' : 'No saved person matches that name.'}
        </p>
      ) : (
        <ul id={`${id}-list`} className="plain stack" aria-label="Matching people">
          {candidates.slice(0, SHOWN).map((p) => (
            <li key={p.id}>
              <button type="button" style={{ width: '100%', textAlign: 'left' }} onClick={() => onPick(p)}>
                <strong>{p.profile.name}</strong> <span className="muted">· {STATUS_LABELS[p.status]} · {describe(p)}</span>
              </button>
            </li>
          ))}
          {candidates.length > SHOWN && <li className="muted">…and {candidates.length - SHOWN} more; type more of the name.</li>}
        </ul>
      )}
    </>
  );
}
