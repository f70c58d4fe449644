import { useId, useState, type FormEvent } from 'react';
import type { Education, Experience, ProfileDraft } from '../utils/schema/profile';
import { profileDraftSchema } from '../utils/schema/profile';
import { Avatar } from './Avatar';

export type FieldErrors = Partial<Record<'name' | 'profileUrl' | 'photoUrl' | 'form', string>>;

/** Checks a profile before saving and returns plain-words errors per field (empty when valid). */
export function validateProfile(profile: ProfileDraft): FieldErrors {
  const result = profileDraftSchema.safeParse(profile);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (field === 'name') errors.name = 'Enter the person’s name.';
    else if (field === 'profileUrl') errors.profileUrl = 'Use a web address starting with https://, or leave it empty.';
    else if (field === 'photoUrl') errors.photoUrl = 'The photo address must start with https://.';
    else errors.form ??= `${String(field)} is too long; shorten it before saving.`;
  }
  return errors;
}

const emptyExperience = (): Experience => ({ title: '', company: '', location: '', start: '', end: '', description: '' });
const emptyEducation = (): Education => ({ school: '', degree: '', field: '', start: '', end: '' });

interface Props {
  value: ProfileDraft;
  onChange: (next: ProfileDraft) => void;
  onSubmit: () => void;
  errors: FieldErrors;
  submitLabel: string;
  busy?: boolean;
  showPhoto?: boolean;
  onShowPhoto?: () => void;
}

/** The review form: every captured field, editable before Save. Used by the popup and side panel. */
export function ProfileForm({ value, onChange, onSubmit, errors, submitLabel, busy, showPhoto, onShowPhoto }: Props) {
  const id = useId();
  const set = <K extends keyof ProfileDraft>(key: K, next: ProfileDraft[K]) => onChange({ ...value, [key]: next });
  const setExperience = (index: number, patch: Partial<Experience>) =>
    set('experience', value.experience.map((e, i) => (i === index ? { ...e, ...patch } : e)));
  const setEducation = (index: number, patch: Partial<Education>) =>
    set('education', value.education.map((e, i) => (i === index ? { ...e, ...patch } : e)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const field = (key: 'name' | 'headline' | 'company' | 'location' | 'profileUrl', label: string, hint?: string) => (
    <div>
      <label htmlFor={`${id}-${key}`}>
        {label} {hint && <span className="hint">{hint}</span>}
      </label>
      <input
        id={`${id}-${key}`}
        name={key}
        value={value[key]}
        onChange={(e) => set(key, e.target.value)}
        aria-invalid={key in errors || undefined}
        aria-describedby={key in errors ? `${id}-${key}-error` : undefined}
        required={key === 'name'}
        inputMode={key === 'profileUrl' ? 'url' : undefined}
      />
      {errors[key as keyof FieldErrors] && (
        <p className="field-error" id={`${id}-${key}-error`}>
          {errors[key as keyof FieldErrors]}
        </p>
      )}
    </div>
  );

  return (
    <form onSubmit={submit} aria-label="Review the profile before saving" noValidate>
      <Avatar name={value.name || '?'} photoUrl={value.photoUrl} shown={showPhoto} onShow={onShowPhoto} />
      {field('name', 'Name')}
      {field('headline', 'Headline')}
      <div className="row">
        <div className="grow">{field('company', 'Current company')}</div>
        <div className="grow">{field('location', 'Location')}</div>
      </div>
      <label htmlFor={`${id}-about`}>About</label>
      <textarea id={`${id}-about`} name="about" rows={4} value={value.about} onChange={(e) => set('about', e.target.value)} />

      <fieldset>
        <legend>Experience ({value.experience.length})</legend>
        <ul className="plain stack">
          {value.experience.map((entry, index) => (
            <li key={index} className="row" aria-label={`Role ${index + 1}`}>
              <input className="grow" aria-label={`Role ${index + 1} title`} placeholder="Title" value={entry.title} onChange={(e) => setExperience(index, { title: e.target.value })} />
              <input className="grow" aria-label={`Role ${index + 1} company`} placeholder="Company" value={entry.company} onChange={(e) => setExperience(index, { company: e.target.value })} />
              <input style={{ width: '6.5em' }} aria-label={`Role ${index + 1} start`} placeholder="Start" value={entry.start} onChange={(e) => setExperience(index, { start: e.target.value })} />
              <input style={{ width: '6.5em' }} aria-label={`Role ${index + 1} end`} placeholder="End" value={entry.end} onChange={(e) => setExperience(index, { end: e.target.value })} />
              <button type="button" aria-label={`Remove role ${index + 1}`} onClick={() => set('experience', value.experience.filter((_, i) => i !== index))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => set('experience', [...value.experience, emptyExperience()])}>
          Add a role
        </button>
      </fieldset>

      <fieldset>
        <legend>Education ({value.education.length})</legend>
        <ul className="plain stack">
          {value.education.map((entry, index) => (
            <li key={index} className="row" aria-label={`School ${index + 1}`}>
              <input className="grow" aria-label={`School ${index + 1} name`} placeholder="School" value={entry.school} onChange={(e) => setEducation(index, { school: e.target.value })} />
              <input className="grow" aria-label={`School ${index + 1} degree`} placeholder="Degree" value={entry.degree} onChange={(e) => setEducation(index, { degree: e.target.value })} />
              <input className="grow" aria-label={`School ${index + 1} field`} placeholder="Field" value={entry.field} onChange={(e) => setEducation(index, { field: e.target.value })} />
              <button type="button" aria-label={`Remove school ${index + 1}`} onClick={() => set('education', value.education.filter((_, i) => i !== index))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => set('education', [...value.education, emptyEducation()])}>
          Add a school
        </button>
      </fieldset>

      <label htmlFor={`${id}-skills`}>
        Skills <span className="hint">separated by commas</span>
      </label>
      <SkillsField id={`${id}-skills`} skills={value.skills} onChange={(skills) => set('skills', skills)} />
      {field('profileUrl', 'Profile address')}
      {value.notices.length > 0 && (
        <ul className="hint">
          {value.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <p style={{ marginTop: '0.8em' }}>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
      </p>
    </form>
  );
}

const splitSkills = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

/** Keeps the typed text (with its half-typed commas) and reports the parsed list. */
function SkillsField({ id, skills, onChange }: { id: string; skills: string[]; onChange: (skills: string[]) => void }) {
  const [text, setText] = useState(skills.join(', '));
  // A new capture replaced the list from outside: show it instead of the stale text.
  if (splitSkills(text).join('\n') !== skills.join('\n')) setText(skills.join(', '));
  return (
    <textarea
      id={id}
      name="skills"
      rows={2}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(splitSkills(e.target.value));
      }}
    />
  );
}
