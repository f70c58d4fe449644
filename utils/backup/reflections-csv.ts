// Reflections as a spreadsheet (issue #13): export only, for the mentee's own review or a coach.
// One row per written reflection (skips and snoozes are bookkeeping, not reflections). The same
// CSV rules as the people CSV (utils/backup/csv.ts): BOM, CRLF, formula-looking cells neutralised.
import Papa from 'papaparse';
import type { GoalRecord } from '../schema/goal-record';
import type { Person } from '../schema/person';
import type { Reflection } from '../schema/reflection';
import { CHANGE_LABELS, PROGRESS_LABELS, WORKING_LABELS } from '../tracking/progress';
import { answeredReflections } from '../tracking/reflections';
import { neutralizeFormula } from './csv';

export const REFLECTIONS_CSV_COLUMNS = ['person', 'profileUrl', 'writtenAt', 'after', 'progress', 'progressWords', 'working', 'why', 'changes', 'changeNote', 'goal', 'goalOutcome'] as const;

function after(promptKey: string): string {
  if (promptKey.startsWith('meeting:')) return 'meeting';
  if (promptKey.startsWith('rhythm:')) return 'regular check-in';
  return 'own';
}

/** The CSV text of every written reflection, by person name and then date. */
export function reflectionsToCsv(reflections: readonly Reflection[], people: readonly Person[], goals: readonly GoalRecord[]): string {
  const personById = new Map(people.map((p) => [p.id, p]));
  const goalById = new Map(goals.map((g) => [g.id, g]));
  const rows = answeredReflections(reflections)
    .map((r) => ({ r, person: personById.get(r.personId) }))
    .sort((a, b) => (a.person?.profile.name ?? '').localeCompare(b.person?.profile.name ?? '') || a.r.at.localeCompare(b.r.at));
  const data = rows.map(({ r, person }) =>
    [
      person?.profile.name ?? '',
      person?.profileUrl ?? '',
      r.at,
      after(r.promptKey),
      String(r.progress),
      PROGRESS_LABELS[r.progress as keyof typeof PROGRESS_LABELS],
      WORKING_LABELS[r.working],
      r.why,
      r.changes.map((c) => CHANGE_LABELS[c]).join('; '),
      r.changeNote,
      r.goalId ? (goalById.get(r.goalId)?.goals.summary ?? '') : '',
      r.goalOutcome ?? '',
    ].map(neutralizeFormula),
  );
  return `\uFEFF${Papa.unparse({ fields: [...REFLECTIONS_CSV_COLUMNS], data }, { newline: '\r\n' })}\r\n`;
}

/** "mentor-scout-reflections-2026-04-01.csv". */
export function reflectionsCsvFileName(exportedAt: string): string {
  return `mentor-scout-reflections-${exportedAt.slice(0, 10)}.csv`;
}
