// Reads ../shared/fixtures (real saved pages, never copied into the project) and scores the
// extractor against cases.json with the matching rules its `fields` note gives.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaptureResult, ProfileDraft } from '../../utils/schema/profile';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = resolve(process.env.MENTOR_SCOUT_FIXTURES ?? resolve(here, '../../../shared/fixtures'));
export const CASES_FILE = resolve(FIXTURES_DIR, 'cases.json');

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

export function loadCases(): Case[] {
  return (JSON.parse(readFileSync(CASES_FILE, 'utf8')) as { cases: Case[] }).cases;
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
export type Field = (typeof FIELDS)[number];
/** Every field above, plus "noProfile": pages without a profile reported as such. */
export type Metric = Field | 'noProfile';

export interface FieldScore {
  field: Field;
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
  ];
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
