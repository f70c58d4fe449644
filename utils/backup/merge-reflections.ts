// Two copies of a reflection or of a goal, the one saved here and the one in an imported backup
// (issue #13, merged by the rules of utils/backup/merge-records.ts): the newer copy is kept and
// nothing the mentee wrote in the other is lost. Pure.
import type { GoalRecord, GoalVersion } from '../schema/goal-record';
import type { AnsweredReflection, Reflection } from '../schema/reflection';
import { dayOf, mergeNotes } from './merge-records';
import { stableJson } from './stable-json';

/** The caps of the reflection schema's free texts. */
const MAX_REFLECTION_TEXT = 5_000;

/** When a reflection record was last written: its edit, or when it was made. */
const changedAt = (r: Reflection): string => (r.kind === 'answered' && r.updatedAt ? r.updatedAt : r.at);

export interface ReflectionMerge {
  reflection: Reflection;
  fileNewer: boolean;
  /** Both copies' words are in the kept one (why, what to change). */
  textsCombined: boolean;
  /** Words of the older copy that did not fit: the plan says so. */
  warnings: string[];
}

/**
 * One reflection saved here and in the file. A written reflection always wins over a skip or a
 * snooze of the same prompt (an answer is never lost to "Later"); of two written ones the newer
 * (edited or written later; a tie keeps the copy here) is kept, and the older one's "why" and
 * "what to change" words are kept below the newer ones with their date, the changes joined.
 */
export function mergeReflection(here: Reflection, file: Reflection, source: string): ReflectionMerge {
  const warnings: string[] = [];
  if (here.kind === 'answered' && file.kind !== 'answered') return { reflection: here, fileNewer: false, textsCombined: false, warnings };
  if (file.kind === 'answered' && here.kind !== 'answered') return { reflection: { ...file, id: here.id, personId: here.personId }, fileNewer: true, textsCombined: false, warnings };
  const fileNewer = Date.parse(changedAt(file)) > Date.parse(changedAt(here));
  const [newer, older] = fileNewer ? [file, here] : [here, file];
  if (newer.kind !== 'answered' || older.kind !== 'answered') {
    return { reflection: { ...newer, id: here.id, personId: here.personId }, fileNewer, textsCombined: false, warnings };
  }
  const heading = `${fileNewer ? 'Written here before the import' : `From ${source}`} (${dayOf(changedAt(older))})`;
  const why = mergeNotes(newer.why, older.why, heading, MAX_REFLECTION_TEXT);
  const changeNote = mergeNotes(newer.changeNote, older.changeNote, heading, MAX_REFLECTION_TEXT);
  if (why.overflow !== undefined || changeNote.overflow !== undefined) warnings.push('A reflection’s words of both copies are too long for one field; the older copy’s words were left out.');
  const reflection: AnsweredReflection = {
    ...newer,
    id: here.id,
    personId: here.personId,
    why: why.text,
    changeNote: changeNote.text,
    changes: [...new Set([...newer.changes, ...older.changes])],
    at: Date.parse(here.at) <= Date.parse(file.at) ? here.at : file.at,
    ...(newer.goalOutcome ?? older.goalOutcome ? { goalOutcome: newer.goalOutcome ?? older.goalOutcome } : {}),
    ...(newer.goalId ?? older.goalId ? { goalId: newer.goalId ?? older.goalId } : {}),
    ...(newer.meetingId ?? older.meetingId ? { meetingId: newer.meetingId ?? older.meetingId } : {}),
  };
  return { reflection, fileNewer, textsCombined: why.combined || changeNote.combined, warnings };
}

export interface GoalMerge {
  goal: GoalRecord;
  fileNewer: boolean;
  /** The older copy's current version, kept as an earlier version of the goal (null when already known). */
  keptVersion: GoalVersion | null;
}

/**
 * One goal saved here and in the file. The newer current version (by `updatedAt`; a tie keeps the
 * copy here) becomes the goal's; the older one is kept as an earlier version, from when it was
 * written until the newer was, unless that wording is already in the goal's history (`known`: the
 * versions here and in the file). The list position stays this browser's.
 */
export function mergeGoal(here: GoalRecord, file: GoalRecord, known: readonly GoalVersion[], versionId: string): GoalMerge {
  const fileNewer = Date.parse(file.updatedAt) > Date.parse(here.updatedAt);
  const [newer, older] = fileNewer ? [file, here] : [here, file];
  const goal: GoalRecord = {
    ...newer,
    id: here.id,
    position: here.position,
    createdAt: Date.parse(here.createdAt) <= Date.parse(file.createdAt) ? here.createdAt : file.createdAt,
  };
  const sameWords = stableJson(older.goals) === stableJson(newer.goals);
  const inHistory = known.some((v) => v.goalId === here.id && stableJson(v.goals) === stableJson(older.goals));
  const keptVersion: GoalVersion | null =
    sameWords || inHistory ? null : { id: versionId, goalId: here.id, goals: older.goals, from: older.updatedAt, until: newer.updatedAt };
  return { goal, fileNewer, keptVersion };
}
