import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Education, Experience, ProfileDraft } from '../utils/schema/profile';
import { profileDraftSchema } from '../utils/schema/profile';
import { Avatar } from './Avatar';
import { EntryList, type EntryField } from './profile/EntryList';
import { MoreCards } from './profile/MoreCards';
import { withMonths } from './profile/months';

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

const EXPERIENCE_FIELDS: EntryField<Experience>[] = [
  { key: 'title', label: 'Title' },
  { key: 'company', label: 'Company' },
  { key: 'location', label: 'Location' },
  { key: 'start', label: 'Start' },
  { key: 'end', label: 'End' },
];
const EDUCATION_FIELDS: EntryField<Education>[] = [
  { key: 'school', label: 'School' },
  { key: 'degree', label: 'Degree' },
  { key: 'field', label: 'Field of study' },
  { key: 'start', label: 'Start' },
  { key: 'end', label: 'End' },
];

const dates = (start: string, end: string) => [start, end].filter(Boolean).join(' – ');
const joined = (...parts: string[]) => parts.filter(Boolean).join(', ');

/** "Head of Platform · Ridgeway Labs" and "Mar 2021 – Present, Lisbon". */
export function describeExperience(e: Experience): { main: string; detail: string } {
  return { main: [e.title, e.company].filter(Boolean).join(' · '), detail: joined(dates(e.start, e.end), e.location) };
}

/** "Eindhoven University of Technology" and "MSc, Computer Science, 2008 – 2010". */
export function describeEducation(e: Education): { main: string; detail: string } {
  return { main: e.school, detail: joined(e.degree, e.field, dates(e.start, e.end)) };
}

interface Props {
  value: ProfileDraft;
  onChange: (next: ProfileDraft) => void;
  onSubmit: () => void;
  errors: FieldErrors;
  submitLabel: string;
  busy?: boolean;
  showPhoto?: boolean;
  onShowPhoto?: () => void;
  /**
   * Put focus in the form when it appears: on the first field that needs attention (an empty
   * name), else on the submit button. The popup does, so a reviewed capture is one Enter away.
   */
  focusOnOpen?: boolean;
  /** More buttons beside the submit button (Cancel in the side panel's edit). */
  actions?: ReactNode;
}

/**
 * The review form, used by the popup and the side panel. Its sections, top to bottom: who (photo,
 * name, headline, company, location), about, experience, education, skills, the other cards
 * (projects, awards, languages… folded), the profile address,
 * then what the capture noticed. The submit button sits in a bar that stays in view at the bottom
 * (sticky), however long the form is. Add a new section as its own block between these.
 */
export function ProfileForm({ value, onChange, onSubmit, errors, submitLabel, busy, showPhoto, onShowPhoto, focusOnOpen, actions }: Props) {
  const id = useId();
  const nameField = useRef<HTMLInputElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const set = <K extends keyof ProfileDraft>(key: K, next: ProfileDraft[K]) => onChange({ ...value, [key]: next });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  useEffect(() => {
    if (!focusOnOpen) return;
    (value.name.trim() ? submitButton : nameField).current?.focus();
    // Only when the form first appears: typing must not move focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusOnOpen]);

  // An error appears at its field, and focus goes to the first one so it is seen and heard.
  useEffect(() => {
    if (errors.name) nameField.current?.focus();
  }, [errors]);

  const field = (key: 'name' | 'headline' | 'company' | 'location' | 'profileUrl', label: string) => (
    <div>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        ref={key === 'name' ? nameField : undefined}
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
    <form onSubmit={submit} aria-label="Review the profile before saving" noValidate className="review-form">
      <div className="review-who">
        <Avatar name={value.name || '?'} photoUrl={value.photoUrl} shown={showPhoto} onShow={onShowPhoto} />
        <div className="grow">{field('name', 'Name')}</div>
      </div>
      {field('headline', 'Headline')}
      <div className="row">
        <div className="grow">{field('company', 'Current company')}</div>
        <div className="grow">{field('location', 'Location')}</div>
      </div>
      <label htmlFor={`${id}-about`}>About</label>
      <textarea id={`${id}-about`} name="about" rows={3} value={value.about} onChange={(e) => set('about', e.target.value)} />

      <EntryList
        legend="Experience"
        noun="role"
        entries={value.experience}
        fields={EXPERIENCE_FIELDS}
        describe={describeExperience}
        blank={emptyExperience}
        onChange={(experience) => set('experience', experience.map(withMonths))}
      />
      <EntryList
        legend="Education"
        noun="school"
        entries={value.education}
        fields={EDUCATION_FIELDS}
        describe={describeEducation}
        blank={emptyEducation}
        onChange={(education) => set('education', education.map(withMonths))}
      />

      <label htmlFor={`${id}-skills`}>
        Skills <span className="hint">separated by commas</span>
      </label>
      <SkillsField id={`${id}-skills`} skills={value.skills} onChange={(skills) => set('skills', skills)} />
      <MoreCards value={value} onChange={onChange} />
      {field('profileUrl', 'Profile address')}
      {value.notices.length > 0 && (
        <ul className="hint">
          {value.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy} ref={submitButton}>
            {busy ? 'Saving…' : submitLabel}
          </button>
          {actions}
        </div>
      </div>
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
