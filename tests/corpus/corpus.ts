// Reads ../shared/fixtures (real saved pages, never copied into the project) and scores the
// extractor against cases.json and cases-2026.json (one list of cases) with the matching rules their
// `fields` notes give. The 2026 file adds three keys (firstExperience, firstEducation, skillsSample),
// scored only on the cases that carry them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaptureResult, ProfileDraft } from '../../utils/schema/profile';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = resolve(process.env.MENTOR_SCOUT_FIXTURES ?? resolve(here, '../../../shared/fixtures'));
export const CASES_FILE = resolve(FIXTURES_DIR, 'cases.json');
/** Later pages (2025-26 layouts, Bluesky), same shape plus the three keys below. Optional. */
export const CASES_2026_FILE = resolve(FIXTURES_DIR, 'cases-2026.json');

export interface Range {
  min: number;
  max: number;
}
export interface CaseExpect {
  name: string | null;
  headline: string | null;
  location: string | null;
  company: string[] | null;
  aboutStartsWith: string | null;
  experienceCount: Range | null;
  educationCount: Range | null;
  /** Only on cases-2026.json cases; a missing key is not scored, null means "no such entry". */
  firstExperience?: { title: string | null; company: string | null } | null;
  firstEducation?: { school: string | null } | null;
  skillsSample?: string[] | null;
}
export interface Case {
  page: string;
  url: string;
  kind: string;
  expect: CaseExpect;
  notes?: string;
}

export function corpusAvailable(): boolean {
  return existsSync(CASES_FILE);
}

/** Every case of both files, as one list (the 2026 file is read when it is there). */
export function loadCases(): Case[] {
  const read = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[] }).cases;
  return [...read(CASES_FILE), ...(existsSync(CASES_2026_FILE) ? read(CASES_2026_FILE) : [])];
}

export function readCasePage(testCase: Case): string {
  return readFileSync(resolve(FIXTURES_DIR, testCase.page), 'utf8');
}

/** The normalisation cases.json prescribes, applied to both sides before comparing. */
export function normalise(value: string | null | undefined): string {
  if (!value) return '';
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');
}

export const FIELDS = ['name', 'headline', 'location', 'company', 'about', 'experience', 'education'] as const;
/** The keys cases-2026.json adds; scored only where a case has them. */
export const NEW_FIELDS = ['firstExperience', 'firstEducation', 'skillsSample'] as const;
export type Field = (typeof FIELDS)[number];
/** Every field above, plus "noProfile": pages without a profile reported as such. */
export type Metric = Field | (typeof NEW_FIELDS)[number] | 'noProfile';

export interface FieldScore {
  field: Field | (typeof NEW_FIELDS)[number];
  ok: boolean;
  expected: string;
  actual: string;
}

function countWithin(count: number, range: Range | null): boolean {
  return range === null ? count === 0 : count >= range.min && count <= range.max;
}

/** Scores one profile case field by field. */
export function scoreProfile(expect: CaseExpect, profile: ProfileDraft | null): FieldScore[] {
  const p = profile;
  const got = {
    name: normalise(p?.name),
    headline: normalise(p?.headline),
    location: normalise(p?.location).replace(/,/g, '').replace(/\s+/g, ' '),
    company: normalise(p?.company),
    about: normalise(p?.about),
  };
  const expectedLocation = normalise(expect.location).replace(/,/g, '').replace(/\s+/g, ' ');
  const experience = p?.experience.length ?? 0;
  const education = p?.education.length ?? 0;
  const rangeText = (r: Range | null) => (r ? `${r.min}..${r.max}` : '0');
  return [
    { field: 'name', ok: !!p && got.name === normalise(expect.name), expected: expect.name ?? '', actual: p?.name ?? '(no profile)' },
    { field: 'headline', ok: got.headline === normalise(expect.headline), expected: expect.headline ?? '', actual: p?.headline ?? '' },
    { field: 'location', ok: got.location === expectedLocation, expected: expect.location ?? '', actual: p?.location ?? '' },
    {
      field: 'company',
      ok: expect.company === null ? got.company === '' : expect.company.some((c) => normalise(c) === got.company),
      expected: (expect.company ?? []).join(' | '),
      actual: p?.company ?? '',
    },
    {
      field: 'about',
      ok: expect.aboutStartsWith === null ? got.about === '' : got.about.startsWith(normalise(expect.aboutStartsWith)),
      expected: expect.aboutStartsWith ?? '',
      actual: (p?.about ?? '').slice(0, 60),
    },
    { field: 'experience', ok: countWithin(experience, expect.experienceCount), expected: rangeText(expect.experienceCount), actual: String(experience) },
    { field: 'education', ok: countWithin(education, expect.educationCount), expected: rangeText(expect.educationCount), actual: String(education) },
    ...scoreNewKeys(expect, p),
  ];
}

/** A part the page shows (compared normalised) or null: then the extractor must give nothing. */
const samePart = (expected: string | null, actual: string | undefined) => (expected === null ? normalise(actual) === '' : normalise(actual) === normalise(expected));

/** firstExperience, firstEducation and skillsSample, for the cases that carry them. */
function scoreNewKeys(expect: CaseExpect, p: ProfileDraft | null): FieldScore[] {
  const out: FieldScore[] = [];
  if (expect.firstExperience !== undefined) {
    const want = expect.firstExperience;
    const got = p?.experience[0];
    out.push({
      field: 'firstExperience',
      ok: want === null ? !got : !!got && samePart(want.title, got.title) && samePart(want.company, got.company),
      expected: want ? `${want.title ?? '∅'} @ ${want.company ?? '∅'}` : '(none)',
      actual: got ? `${got.title} @ ${got.company}` : '(none)',
    });
  }
  if (expect.firstEducation !== undefined) {
    const want = expect.firstEducation;
    const got = p?.education[0];
    out.push({
      field: 'firstEducation',
      ok: want === null ? !got : !!got && samePart(want.school, got.school),
      expected: want?.school ?? '(none)',
      actual: got ? got.school : '(none)',
    });
  }
  if (expect.skillsSample !== undefined) {
    const want = expect.skillsSample;
    const got = new Set((p?.skills ?? []).map(normalise));
    out.push({
      field: 'skillsSample',
      ok: want === null ? got.size === 0 : want.every((skill) => got.has(normalise(skill))),
      expected: want ? want.join(' | ') : '(none)',
      actual: (p?.skills ?? []).slice(0, 6).join(' | '),
    });
  }
  return out;
}

export interface CaseReport {
  testCase: Case;
  result: CaptureResult;
  scores: FieldScore[];
  noProfileOk?: boolean;
}

export function scoreCase(testCase: Case, result: CaptureResult): CaseReport {
  if (testCase.expect.name === null) {
    return { testCase, result, scores: [], noProfileOk: !result.found };
  }
  return { testCase, result, scores: scoreProfile(testCase.expect, result.found ? result.profile : null) };
}

/** Share of cases right, per metric (0..1), over the cases each metric applies to. */
export function accuracy(reports: CaseReport[]): Record<Metric, { right: number; total: number; share: number }> {
  const out = {} as Record<Metric, { right: number; total: number; share: number }>;
  const add = (metric: Metric, ok: boolean) => {
    const entry = (out[metric] ??= { right: 0, total: 0, share: 0 });
    entry.total++;
    if (ok) entry.right++;
  };
  for (const report of reports) {
    if (report.noProfileOk !== undefined) add('noProfile', report.noProfileOk);
    for (const score of report.scores) add(score.field, score.ok);
  }
  for (const entry of Object.values(out)) entry.share = entry.total ? entry.right / entry.total : 1;
  return out;
}
