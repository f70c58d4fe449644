import { useEffect, useState } from 'react';
import { takePageSection, type CaptureOutcome } from '../utils/capture/capture-tab';
import { describeStorageError } from '../utils/db/errors';
import { findPersonByUrl, saveCapture, undoSave, type SaveCaptureResult } from '../utils/db/people';
import { canonicalProfileUrl } from '../utils/extract/profile-url';
import type { Person } from '../utils/schema/person';
import { emptyProfile, type ProfileDraft } from '../utils/schema/profile';
import { STATUS_LABELS } from '../utils/tracking/status';
import { Notice } from './Notice';
import { ProfileForm, validateProfile, type FieldErrors } from './ProfileForm';

/** A blank form for entering someone by hand; the page's address is offered where it names a page. */
export function handEntry(pageUrl: string): ProfileDraft {
  return { ...emptyProfile('manual'), profileUrl: pageUrl ? (canonicalProfileUrl(pageUrl) ?? '') : '' };
}

/**
 * What the popup and the side panel both show after reading a page: what was found (or why
 * nothing was), the editable form, Save, and then Undo and the next step.
 */
export function ReviewAndSave({ outcome, onOpenPerson, openLabel }: { outcome: CaptureOutcome; onOpenPerson: (id: string) => void; openLabel: string }) {
  const [profile, setProfile] = useState<ProfileDraft>(outcome.found ? outcome.profile : handEntry(outcome.sourceUrl));
  const [existing, setExisting] = useState<Person>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [showPhoto, setShowPhoto] = useState(false);
  const [saved, setSaved] = useState<SaveCaptureResult | null>(null);
  const [undone, setUndone] = useState(false);

  useEffect(() => {
    if (outcome.found) void findPersonByUrl(outcome.profile.profileUrl).then(setExisting, () => {});
  }, [outcome]);

  const save = async () => {
    const found = validateProfile(profile);
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setProblem(null);
    try {
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

  if (saved) {
    return (
      <Notice tone="ok">
        <p>
          <strong>{saved.person.profile.name}</strong> {saved.created ? 'is saved.' : 'is updated; earlier snapshots are kept.'}
        </p>
        <div className="row">
          <button type="button" className="primary" onClick={() => onOpenPerson(saved.person.id)}>
            {openLabel}
          </button>
          <button type="button" onClick={undo}>
            Undo
          </button>
        </div>
      </Notice>
    );
  }
  return (
    <div className="stack">
      {problem && <Notice tone="bad">{problem}</Notice>}
      {undone && <Notice>Undone. Nothing of that save is kept.</Notice>}
      {!outcome.found && outcome.reason && (
        <Notice tone="warn">
          <strong>No profile found here.</strong> {outcome.reason}
        </Notice>
      )}
      {existing && (
        <Notice>
          Already saved ({STATUS_LABELS[existing.status].toLowerCase()}). Saving again updates their profile and keeps your notes, drafts and timeline.
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
      />
    </div>
  );
}
