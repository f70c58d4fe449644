import { useEffect, useState } from 'react';
import { takePageSection, type CaptureOutcome } from '../utils/capture/capture-tab';
import { sameProfileContent } from '../utils/capture/same-profile';
import { describeStorageError } from '../utils/db/errors';
import { findPersonByUrl, listSnapshots, saveCapture, undoSave, type SaveCaptureResult } from '../utils/db/people';
import { canonicalProfileUrl } from '../utils/extract/profile-url';
import { formatDate } from '../utils/format/dates';
import type { Person } from '../utils/schema/person';
import { emptyProfile, type ProfileDraft } from '../utils/schema/profile';
import { STATUS_LABELS } from '../utils/tracking/status';
import { Notice } from './Notice';
import { ProfileForm, validateProfile, type FieldErrors } from './ProfileForm';
import { menteeTimeZone } from './tracking/format';

/** A blank form for entering someone by hand; the page's address is offered where it names a page. */
export function handEntry(pageUrl: string): ProfileDraft {
  return { ...emptyProfile('manual'), profileUrl: pageUrl ? (canonicalProfileUrl(pageUrl) ?? '') : '' };
}

/** When the person was last saved from a page: their latest snapshot, else when they were added. */
async function lastSavedAt(person: Person): Promise<string> {
  const snapshots = await listSnapshots(person.id);
  return snapshots.at(-1)?.capturedAt ?? person.createdAt;
}

interface Props {
  outcome: CaptureOutcome;
  onOpenPerson: (id: string) => void;
  openLabel: string;
  /** The person this page is already saved as, once known (the popup's panel button opens them). */
  onExisting?: (person: Person) => void;
  /** Focus the form's first field that needs attention, else Save, when it appears (the popup). */
  focusOnOpen?: boolean;
}

/**
 * What the popup and the side panel both show after reading a page, top to bottom: what was found
 * (or why nothing was), whether the person is already saved, the editable form with Save in view,
 * and after saving, Undo and the next step.
 */
export function ReviewAndSave({ outcome, onOpenPerson, openLabel, onExisting, focusOnOpen }: Props) {
  const [profile, setProfile] = useState<ProfileDraft>(outcome.found ? outcome.profile : handEntry(outcome.sourceUrl));
  const [existing, setExisting] = useState<{ person: Person; savedAt: string }>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [showPhoto, setShowPhoto] = useState(false);
  const [saved, setSaved] = useState<SaveCaptureResult | null>(null);
  const [unchanged, setUnchanged] = useState<{ person: Person; since: string } | null>(null);
  const [undone, setUndone] = useState(false);

  useEffect(() => {
    if (!outcome.found) return;
    void (async () => {
      const person = await findPersonByUrl(outcome.profile.profileUrl);
      if (!person) return;
      setExisting({ person, savedAt: await lastSavedAt(person) });
      onExisting?.(person);
    })().catch(() => {});
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [outcome]);

  const save = async () => {
    const found = validateProfile(profile);
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setProblem(null);
    try {
      // Compared with the person as stored now (another window may have changed them meanwhile).
      const current = profile.profileUrl ? await findPersonByUrl(profile.profileUrl) : undefined;
      if (current && sameProfileContent(current.profile, { ...profile, profileUrl: canonicalProfileUrl(profile.profileUrl) ?? profile.profileUrl })) {
        setUnchanged({ person: current, since: await lastSavedAt(current) });
        return;
      }
      const section = await takePageSection(outcome);
      setSaved(await saveCapture({ profile, section, sourceUrl: outcome.sourceUrl }));
    } catch (error) {
      setProblem(describeStorageError(error));
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (!saved) return;
    try {
      await undoSave(saved);
      setSaved(null);
      setUndone(true);
    } catch (error) {
      setProblem(describeStorageError(error));
    }
  };

  const timeZone = menteeTimeZone();
  if (saved || unchanged) {
    const person = saved?.person ?? unchanged!.person;
    return (
      <Notice tone="ok">
        <p>
          <strong>{person.profile.name}</strong>{' '}
          {saved
            ? saved.created
              ? 'is saved.'
              : 'is updated; earlier snapshots are kept.'
            : `: no changes since ${formatDate(unchanged!.since, { timeZone })}. Nothing new was stored.`}
        </p>
        <div className="row">
          <button type="button" className="primary" onClick={() => onOpenPerson(person.id)}>
            {openLabel}
          </button>
          {saved && (
            <button type="button" onClick={undo}>
              Undo
            </button>
          )}
        </div>
      </Notice>
    );
  }
  return (
    <div className="stack">
      {problem && <Notice tone="bad">{problem}</Notice>}
      {undone && <Notice>Undone. Nothing of that save is kept.</Notice>}
      {/* Each reason is a whole sentence saying what was found and what to do: shown once, as it is. */}
      {!outcome.found && outcome.reason && <Notice tone="warn">{outcome.reason}</Notice>}
      {existing && (
        <Notice>
          <p>
            You saved {existing.person.profile.name} on {formatDate(existing.savedAt, { timeZone })}; their status is “{STATUS_LABELS[existing.person.status]}”.
            Saving again updates their profile and keeps your notes, drafts and timeline.
          </p>
          <button type="button" className="link" onClick={() => onOpenPerson(existing.person.id)}>
            Open {existing.person.profile.name}’s page
          </button>
        </Notice>
      )}
      {!outcome.found && <h2>Enter the person by hand</h2>}
      <ProfileForm
        value={profile}
        onChange={setProfile}
        onSubmit={save}
        errors={errors}
        submitLabel={existing ? 'Save update' : 'Save'}
        busy={busy}
        showPhoto={showPhoto}
        onShowPhoto={() => setShowPhoto(true)}
        focusOnOpen={focusOnOpen}
      />
    </div>
  );
}
