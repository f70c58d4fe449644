import { emptyProfile, profileDraftSchema, type ProfileDraft } from '../schema/profile';

export type ProfileInputResult = { ok: true; profile: ProfileDraft } | { ok: false; error: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const EXPERIENCE_FIELDS = ['title', 'company', 'location', 'start', 'end', 'description'] as const;
const EDUCATION_FIELDS = ['school', 'degree', 'field', 'start', 'end'] as const;

/**
 * A ProfileDraft from loosely shaped JSON: the `profile` object `npm run extract` prints, its whole
 * output (`{"found": true, "profile": {…}}`), or a hand-written subset. Missing fields take their
 * empty values (experience and education entries too); what is present must still be valid.
 * Used by `npm run draft` and the tests; the extension itself parses with profileDraftSchema.
 */
export function readProfileInput(data: unknown): ProfileInputResult {
  if (isObject(data) && 'found' in data) {
    if (data.found !== true) return { ok: false, error: `it is an extract result with no profile: ${String(data.reason ?? 'found is false')}` };
    data = data.profile;
  }
  if (!isObject(data)) return { ok: false, error: 'it must hold a profile object (or {"found":true,"profile":{…}})' };
  const source = typeof data.source === 'string' && ['linkedin', 'web', 'manual'].includes(data.source) ? (data.source as ProfileDraft['source']) : 'manual';
  const fill = (value: unknown, fields: readonly string[]) =>
    Array.isArray(value) ? value.map((e) => (isObject(e) ? { ...Object.fromEntries(fields.map((f) => [f, ''])), ...e } : e)) : value;
  const parsed = profileDraftSchema.safeParse({
    ...emptyProfile(source),
    ...data,
    experience: fill(data.experience ?? [], EXPERIENCE_FIELDS),
    education: fill(data.education ?? [], EDUCATION_FIELDS),
  });
  if (parsed.success) return { ok: true, profile: parsed.data };
  const issues = parsed.error.issues.map((i) => `  ${i.path.map(String).join('.') || '(top level)'}: ${i.message}`).join('\n');
  return { ok: false, error: `it is not a valid profile:\n${issues}` };
}
