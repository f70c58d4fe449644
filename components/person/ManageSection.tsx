import { useId, useState } from 'react';
import { describeStorageError } from '../../utils/db/errors';
import { deletePeople, type RecordBundle } from '../../utils/db/records';
import type { Person } from '../../utils/schema/person';
import { Notice } from '../Notice';
import { MergeDialog } from '../tracking/MergeDialog';

/** Merging with another record of the same person, and deleting (with Undo offered by the parent). */
export function ManageSection({ person, onMerged, onDeleted }: { person: Person; onMerged: (id: string) => void; onDeleted: (bundle: RecordBundle) => void }) {
  const id = useId();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const remove = async () => {
    try {
      onDeleted(await deletePeople([person.id]));
    } catch (error) {
      setProblem(describeStorageError(error));
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="stack">
      <h2 id={`${id}-title`}>Manage</h2>
      {problem && <Notice tone="bad">{problem}</Notice>}
      <MergeDialog person={person} onMerged={onMerged} />
      {confirmDelete ? (
        <Notice tone="warn">
          <p>Delete {person.profile.name} with their drafts, meetings and timeline? You can undo right after.</p>
          <div className="row">
            <button type="button" className="danger" onClick={() => void remove()}>
              Delete
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Keep
            </button>
          </div>
        </Notice>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
          Delete this person…
        </button>
      )}
    </section>
  );
}
