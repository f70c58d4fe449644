import { useState } from 'react';
import { describeStorageError } from '../utils/db/errors';
import { getPerson, listSnapshots, updatePerson } from '../utils/db/people';
import { deletePeople, type RecordBundle } from '../utils/db/records';
import { getPreferences } from '../utils/db/settings';
import type { Goals } from '../utils/schema/goals';
import type { ProfileDraft } from '../utils/schema/profile';
import { STATUS_LABELS } from '../utils/tracking/status';
import { Avatar } from './Avatar';
import { DraftingPanel } from './drafting/DraftingPanel';
import { useDbData } from './hooks/useDbData';
import { NotesEditor } from './NotesEditor';
import { Notice } from './Notice';
import { ProfileForm, validateProfile, type FieldErrors } from './ProfileForm';
import { MeetingsPanel } from './tracking/MeetingsPanel';
import { MergeDialog } from './tracking/MergeDialog';
import { TrackingPanel } from './tracking/TrackingPanel';

interface Props {
  personId: string;
  goals: Goals | null;
  onBack: () => void;
  onOpenPerson: (id: string) => void;
  /** After a delete: the parent offers Undo with what was removed. */
  onDeleted: (bundle: RecordBundle) => void;
}

/** One person's page: status and timeline, drafting, notes, meetings, and their profile. */
export function PersonView({ personId, goals, onBack, onOpenPerson, onDeleted }: Props) {
  const person = useDbData(() => getPerson(personId), ['people'], [personId]);
  const preferences = useDbData(getPreferences, ['settings']);
  const snapshots = useDbData(() => listSnapshots(personId), ['snapshots'], [personId]);
  const [editing, setEditing] = useState<ProfileDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  if (person.error) return <Notice tone="bad">{person.error}</Notice>;
  if (person.data === undefined || !preferences.data) return <p role="status">Loading…</p>;
  const p = person.data;
  if (!p) {
    return (
      <Notice>
        This person is no longer saved.{' '}
        <button type="button" className="link" onClick={onBack}>
          Back to everyone
        </button>
      </Notice>
    );
  }
  const { profile } = p;

  const saveEdit = async () => {
    if (!editing) return;
    const found = validateProfile(editing);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      // The profile address is the identity; editing it here would split the record from its snapshots.
      await updatePerson(p.id, (current) => ({ ...current, profile: { ...editing, profileUrl: current.profile.profileUrl }, updatedAt: new Date().toISOString() }));
      setEditing(null);
    } catch (error) {
      setProblem(describeStorageError(error));
    }
  };

  const remove = async () => {
    try {
      onDeleted(await deletePeople([p.id]));
    } catch (error) {
      setProblem(describeStorageError(error));
    }
  };

  return (
    <article className="stack" aria-labelledby="person-name">
      <button type="button" className="link" onClick={onBack}>
        ← Everyone
      </button>
      {problem && <Notice tone="bad">{problem}</Notice>}
      <header className="row" style={{ alignItems: 'flex-start' }}>
        <Avatar
          name={profile.name}
          photoUrl={profile.photoUrl}
          shown={p.showPhoto}
          onShow={() => void updatePerson(p.id, (c) => ({ ...c, showPhoto: true })).catch((e: unknown) => setProblem(describeStorageError(e)))}
        />
        <div className="grow">
          <h2 id="person-name" style={{ marginBottom: '0.2em' }}>
            {profile.name}
          </h2>
          {profile.headline && <p style={{ margin: 0 }}>{profile.headline}</p>}
          <p className="muted" style={{ margin: 0 }}>
            {[profile.company, profile.location].filter(Boolean).join(' · ')}
          </p>
          {p.profileUrl && (
            <a href={p.profileUrl} target="_blank" rel="noreferrer noopener">
              Open their profile
            </a>
          )}
        </div>
        <span className="badge" aria-label={`Status: ${STATUS_LABELS[p.status]}`}>
          {STATUS_LABELS[p.status]}
        </span>
      </header>

      <DraftingPanel person={p} goals={goals} preferences={preferences.data} />
      <TrackingPanel person={p} preferences={preferences.data} />
      <NotesEditor personId={p.id} notes={p.notes} />
      <MeetingsPanel person={p} />

      <section aria-labelledby="profile-title" className="stack">
        <div className="row">
          <h3 id="profile-title" className="grow">
            Profile
          </h3>
          {!editing && (
            <button type="button" onClick={() => setEditing(profile)}>
              Edit
            </button>
          )}
        </div>
        {editing ? (
          <>
            <ProfileForm value={editing} onChange={setEditing} onSubmit={saveEdit} errors={errors} submitLabel="Save changes" showPhoto={p.showPhoto} />
            <button type="button" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </>
        ) : (
          <ProfileDetails profile={profile} />
        )}
        {snapshots.data && snapshots.data.length > 0 && (
          <details>
            <summary>
              {snapshots.data.length} saved snapshot{snapshots.data.length === 1 ? '' : 's'}
            </summary>
            <ul>
              {snapshots.data.map((s) => (
                <li key={s.id}>
                  {new Date(s.capturedAt).toLocaleString()} — {s.profile.headline || s.profile.name}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <section aria-labelledby="manage-title" className="stack">
        <h3 id="manage-title">Manage</h3>
        <MergeDialog person={p} onMerged={onOpenPerson} />
        {confirmDelete ? (
          <Notice tone="warn">
            <p>Delete {profile.name} with their drafts, meetings and timeline? You can undo right after.</p>
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
    </article>
  );
}

/** The profile as text: nothing from it is rendered as HTML, and links are only the profile's own. */
function ProfileDetails({ profile }: { profile: ProfileDraft }) {
  return (
    <div className="stack">
      {profile.about && <p style={{ whiteSpace: 'pre-line' }}>{profile.about}</p>}
      {profile.experience.length > 0 && (
        <>
          <h4>Experience</h4>
          <ul>
            {profile.experience.map((e, i) => (
              <li key={i}>
                <strong>{e.title}</strong>
                {e.company && ` · ${e.company}`}
                {(e.start || e.end) && <span className="muted"> ({[e.start, e.end].filter(Boolean).join(' – ')})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {profile.education.length > 0 && (
        <>
          <h4>Education</h4>
          <ul>
            {profile.education.map((e, i) => (
              <li key={i}>
                {e.school}
                {[e.degree, e.field].filter(Boolean).length > 0 && ` — ${[e.degree, e.field].filter(Boolean).join(', ')}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {profile.skills.length > 0 && <p>Skills: {profile.skills.join(', ')}</p>}
    </div>
  );
}
