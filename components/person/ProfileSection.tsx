import { useId, useState } from 'react';
import { describeStorageError } from '../../utils/db/errors';
import { listSnapshots, updatePerson } from '../../utils/db/people';
import { formatDateTime } from '../../utils/format/dates';
import type { Person } from '../../utils/schema/person';
import type { ProfileDraft } from '../../utils/schema/profile';
import { useDbData } from '../hooks/useDbData';
import { Notice } from '../Notice';
import { describeEducation, describeExperience, ProfileForm, validateProfile, type FieldErrors } from '../ProfileForm';
import { menteeTimeZone } from '../tracking/format';

/** The person's profile as saved, with Edit, and the list of earlier snapshots. */
export function ProfileSection({ person }: { person: Person }) {
  const id = useId();
  const snapshots = useDbData(() => listSnapshots(person.id), ['snapshots'], [person.id]);
  const [editing, setEditing] = useState<ProfileDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const timeZone = menteeTimeZone();

  const saveEdit = async () => {
    if (!editing) return;
    const found = validateProfile(editing);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      // The profile address is the identity; editing it here would split the record from its snapshots.
      await updatePerson(person.id, (current) => ({ ...current, profile: { ...editing, profileUrl: current.profile.profileUrl }, updatedAt: new Date().toISOString() }));
      setEditing(null);
    } catch (error) {
      setProblem(describeStorageError(error));
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="stack">
      <div className="row">
        <h2 id={`${id}-title`} className="grow">
          Profile
        </h2>
        {!editing && (
          <button type="button" onClick={() => setEditing(person.profile)}>
            Edit
          </button>
        )}
      </div>
      {problem && <Notice tone="bad">{problem}</Notice>}
      {editing ? (
        <ProfileForm
          value={editing}
          onChange={setEditing}
          onSubmit={() => void saveEdit()}
          errors={errors}
          submitLabel="Save changes"
          showPhoto={person.showPhoto}
          actions={
            <button type="button" onClick={() => setEditing(null)}>
              Cancel
            </button>
          }
        />
      ) : (
        <ProfileDetails profile={person.profile} />
      )}
      {snapshots.data && snapshots.data.length > 0 && (
        <details>
          <summary>
            {snapshots.data.length} saved snapshot{snapshots.data.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {snapshots.data.map((s) => (
              <li key={s.id}>
                <time dateTime={s.capturedAt}>{formatDateTime(s.capturedAt, { timeZone })}</time> — {s.profile.headline || s.profile.name}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** The profile as text: nothing from it is rendered as HTML, and links are only the profile's own. */
function ProfileDetails({ profile }: { profile: ProfileDraft }) {
  return (
    <div className="stack">
      {profile.about && <p style={{ whiteSpace: 'pre-line' }}>{profile.about}</p>}
      {profile.experience.length > 0 && (
        <>
          <h3>Experience</h3>
          <ul>
            {profile.experience.map((e, i) => {
              const { main, detail } = describeExperience(e);
              return (
                <li key={i}>
                  <strong>{main}</strong>
                  {detail && <span className="muted"> ({detail})</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {profile.education.length > 0 && (
        <>
          <h3>Education</h3>
          <ul>
            {profile.education.map((e, i) => {
              const { main, detail } = describeEducation(e);
              return (
                <li key={i}>
                  {main}
                  {detail && ` — ${detail}`}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {profile.skills.length > 0 && <p>Skills: {profile.skills.join(', ')}</p>}
    </div>
  );
}
