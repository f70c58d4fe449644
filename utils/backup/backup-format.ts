// The backup file: everything the mentee stored, as one versioned JSON document they can keep,
// move to another browser, or read with any tool. Parsing treats the file as hostile (it may be
// damaged, cut off, hand-edited, from a newer version, or crafted): it never throws, it says what
// is wrong in words, and nothing is imported unless the whole file is valid.
//
// A new version of the format needs: BACKUP_VERSION + 1, an upgrade step from the previous version
// in UPGRADES below, and an example file of the old version in tests/unit/backup/examples/ with a
// test that walks it up to the current one.
import { z } from '../schema/zod';
import { instantSchema } from '../schema/common';
import { draftSchema, templateSchema } from '../schema/draft';
import { timelineEventSchema } from '../schema/event';
import { goalRecordSchema, goalVersionSchema } from '../schema/goal-record';
import { meetingSchema } from '../schema/meeting';
import { pageSectionRecordSchema, personSchema, snapshotSchema } from '../schema/person';
import { RECORD_SCHEMAS, type RecordSets } from '../schema/records';
import { preferencesSchema, type Preferences } from '../schema/preferences';
import { reflectionSchema } from '../schema/reflection';
import { FIRST_GOAL_ID } from '../db/migrations/v3';
import { canonicalProfileUrl } from '../extract/profile-url';
import { describeField, describeIssue, listProblems, summarizeProblems } from './problems';
import { jsonErrorOffset } from './json-error';

export const BACKUP_FORMAT = 'mentor-scout-backup';
/**
 * 2 (issue #11): profiles carry projects, publications, honours, certifications, volunteering,
 * languages, featured titles and normalised months. A version-1 install must refuse such a file
 * ("made by a newer version") rather than import it and silently drop those lists.
 * 3 (issue #13): reflections, goals (several, each with its current version) and earlier goal
 * versions; the one goals document under settings becomes the first goal.
 */
export const BACKUP_VERSION = 3;

/**
 * The largest backup accepted. A year of heavy use with page sections kept is a few tens of MB;
 * the cap stops a wrong or hostile file from freezing the page. Check `File.size` against
 * MAX_BACKUP_BYTES before reading it; `parseBackup` checks the text length too.
 */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** Caps on record counts: far above real use, far below what would exhaust memory. */
export const BACKUP_LIMITS = {
  people: 50_000,
  snapshots: 500_000,
  pageSections: 500_000,
  events: 1_000_000,
  drafts: 200_000,
  meetings: 100_000,
  templates: 1_000,
  reflections: 200_000,
  goals: 1_000,
  goalVersions: 100_000,
} as const;

/** Settings documents. Goals were one here until version 2; they are records now (`goals`). */
export const backupSettingsSchema = z.object({
  preferences: preferencesSchema.optional(),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: instantSchema,
  people: z.array(personSchema).max(BACKUP_LIMITS.people),
  snapshots: z.array(snapshotSchema).max(BACKUP_LIMITS.snapshots),
  pageSections: z.array(pageSectionRecordSchema).max(BACKUP_LIMITS.pageSections),
  events: z.array(timelineEventSchema).max(BACKUP_LIMITS.events),
  drafts: z.array(draftSchema).max(BACKUP_LIMITS.drafts),
  meetings: z.array(meetingSchema).max(BACKUP_LIMITS.meetings),
  templates: z.array(templateSchema).max(BACKUP_LIMITS.templates),
  reflections: z.array(reflectionSchema).max(BACKUP_LIMITS.reflections),
  goals: z.array(goalRecordSchema).max(BACKUP_LIMITS.goals),
  goalVersions: z.array(goalVersionSchema).max(BACKUP_LIMITS.goalVersions),
  settings: backupSettingsSchema,
});
export type Backup = z.infer<typeof backupSchema>;

/** What goes into a backup: every store's records and the two settings documents. */
export type BackupContents = RecordSets & { settings: { preferences?: Preferences } };

type Collection = keyof typeof RECORD_SCHEMAS;
const COLLECTIONS = Object.keys(RECORD_SCHEMAS) as Collection[];
const PERSON_OWNED = ['snapshots', 'pageSections', 'events', 'drafts', 'meetings', 'reflections'] as const;

function keyOf(collection: Collection, record: unknown): string {
  const r = record as { id?: string; snapshotId?: string };
  return collection === 'pageSections' ? String(r.snapshotId) : String(r.id);
}

/** A problem with one record that the schemas cannot see. */
interface IntegrityProblem {
  collection: Collection;
  index: number;
  /** What is wrong, after "Row N (collection[i]): ". */
  message: string;
}

/**
 * Problems that the schemas cannot see: the same id twice (the import would silently keep one),
 * two people with one profile address, and records pointing at people or snapshots that are not
 * in the file (they would be invisible after import).
 */
function findIntegrityProblems(backup: Pick<Backup, Collection>): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  for (const collection of COLLECTIONS) {
    const firstAt = new Map<string, number>();
    const idField = collection === 'pageSections' ? 'snapshotId' : 'id';
    backup[collection].forEach((record, index) => {
      const key = keyOf(collection, record);
      const first = firstAt.get(key);
      if (first === undefined) firstAt.set(key, index);
      else problems.push({ collection, index, message: `${idField} "${key}" is already used by row ${first + 1} (${collection}[${first}])` });
    });
  }
  const urlAt = new Map<string, number>();
  backup.people.forEach((person, index) => {
    if (!person.profileUrl) return;
    const url = canonicalProfileUrl(person.profileUrl) ?? person.profileUrl;
    const first = urlAt.get(url);
    if (first === undefined) urlAt.set(url, index);
    else problems.push({ collection: 'people', index, message: `profileUrl ${url} is the same person as row ${first + 1} (people[${first}])` });
  });
  const personIds = new Set(backup.people.map((p) => p.id));
  for (const collection of PERSON_OWNED) {
    (backup[collection] as ReadonlyArray<{ personId: string }>).forEach((record, index) => {
      if (!personIds.has(record.personId)) {
        problems.push({ collection, index, message: `personId "${record.personId}" is not among the people in this file` });
      }
    });
  }
  const snapshotIds = new Set(backup.snapshots.map((s) => s.id));
  backup.pageSections.forEach((section, index) => {
    if (!snapshotIds.has(section.snapshotId)) {
      problems.push({ collection: 'pageSections', index, message: `snapshotId "${section.snapshotId}" is not among the snapshots in this file` });
    }
  });
  const goalIds = new Set(backup.goals.map((g) => g.id));
  backup.goalVersions.forEach((version, index) => {
    if (!goalIds.has(version.goalId)) {
      problems.push({ collection: 'goalVersions', index, message: `goalId "${version.goalId}" is not among the goals in this file` });
    }
  });
  return problems;
}

/** The integrity problems of a backup, one sentence each ("Row 3 (events[2]): personId … "). */
export function integrityProblems(backup: Pick<Backup, Collection>): string[] {
  return findIntegrityProblems(backup).map((p) => `Row ${p.index + 1} (${p.collection}[${p.index}]): ${p.message}`);
}

/** "person \"li:ada\"", "event \"ev:1\"": how a left-out record is named (its row may have moved). */
function recordName(collection: Collection, record: unknown): string {
  const noun = { people: 'person', snapshots: 'snapshot', pageSections: 'page section of snapshot', events: 'timeline entry', drafts: 'draft', meetings: 'meeting', templates: 'template', reflections: 'reflection', goals: 'goal', goalVersions: 'earlier goal version' }[collection];
  const r = record as { id?: unknown; snapshotId?: unknown } | null;
  const id = collection === 'pageSections' ? r?.snapshotId : r?.id;
  return typeof id === 'string' ? `${noun} "${id.slice(0, 120)}"` : `a ${noun} without an id`;
}

export interface SerializedBackup {
  /** The JSON text to save (UTF-8). */
  text: string;
  /** Records left out because they would make the file refuse to import, each with the reason. */
  leftOut: string[];
}

/**
 * Writes the backup file. Every record is checked the way `parseBackup` will check it, and a
 * record that would fail (damaged in storage, an orphan of a deleted person, a duplicate id) is
 * left out and named in `leftOut`: a backup that cannot be restored is worse than one with a note
 * about the single record it could not carry. The text is indented so it reads in any editor.
 */
export function serializeBackup(contents: BackupContents, exportedAt: string): SerializedBackup {
  const leftOut: string[] = [];
  const kept = {} as Record<Collection, unknown[]>;
  for (const collection of COLLECTIONS) {
    kept[collection] = [];
    for (const record of contents[collection]) {
      const parsed = RECORD_SCHEMAS[collection].safeParse(record);
      if (parsed.success) kept[collection].push(record);
      else leftOut.push(`Left out ${recordName(collection, record)}: ${describeField(parsed.error.issues[0]!, record)}`);
    }
  }
  // Dropping a duplicate person orphans their records, so check again until nothing changes
  // (at most three rounds: people, then their records, then page sections of those snapshots).
  for (let round = 0; round < 4; round += 1) {
    const problems = findIntegrityProblems(kept as unknown as Pick<Backup, Collection>);
    if (problems.length === 0) break;
    const drop = new Map<Collection, Set<number>>();
    for (const problem of problems) {
      if (!drop.has(problem.collection)) drop.set(problem.collection, new Set());
      drop.get(problem.collection)!.add(problem.index);
      const message = problem.message.replace(/ by row \d+ \(\w+\[\d+\]\)$/, ' by another record').replace(/ is the same person as row .*$/, ' is saved twice');
      leftOut.push(`Left out ${recordName(problem.collection, kept[problem.collection][problem.index])}: ${message}`);
    }
    for (const [collection, indexes] of drop) kept[collection] = kept[collection].filter((_, i) => !indexes.has(i));
  }
  const settings: BackupContents['settings'] = {};
  for (const key of ['preferences'] as const) {
    const value = contents.settings[key];
    if (value === undefined) continue;
    const parsed = backupSettingsSchema.shape[key].safeParse(value);
    if (parsed.success) (settings as Record<string, unknown>)[key] = value;
    else leftOut.push(`Left out the ${key}: ${describeField(parsed.error.issues[0]!, value)}`);
  }
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    ...kept,
    settings,
  };
  return { text: JSON.stringify(backup, null, 2), leftOut };
}

/** "mentor-scout-backup-2026-04-01.json" (the UTC day of the export). */
export function backupFileName(exportedAt: string): string {
  return `mentor-scout-backup-${exportedAt.slice(0, 10)}.json`;
}

export type ParseBackupResult =
  | { ok: true; backup: Backup }
  | {
      ok: false;
      /** One line for a notice. */
      error: string;
      /** Every problem, row by row (long lists end with a count of the rest). */
      problems: string[];
    };

function fail(problems: string[]): ParseBackupResult {
  return { ok: false, error: summarizeProblems(problems), problems: listProblems(problems) };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** True when the JSON text stops inside a string or with brackets left open: a cut-off file. */
function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth += 1;
    else if (c === 125 || c === 93) depth -= 1;
  }
  return inString || depth > 0;
}

/** Engines word JSON errors differently; V8 says "at position 12", Firefox "at line 1 column 13". */
function jsonProblem(text: string): string {
  const trimmedLength = text.trimEnd().length;
  // Our own scan, not the engine's message: that is worded differently per engine, may give no
  // position, and may quote the file back.
  const offset = jsonErrorOffset(text);
  const cutOff = endsEarly(text) && (offset === undefined || offset >= trimmedLength - 1);
  const at = lineAndColumn(text, cutOff ? trimmedLength : (offset ?? 0));
  if (cutOff) {
    return `The file is cut off (invalid JSON at line ${at.line}, column ${at.column}: it ends before the data is complete). It may not have finished saving or downloading; export the backup again.`;
  }
  if (offset !== undefined) return `The file is damaged (invalid JSON at line ${at.line}, column ${at.column}).`;
  return 'The file is damaged and cannot be read as a backup. Export the backup again.';
}

const CHOOSE_BACKUP = 'Choose the .json file that Export backup saved, or a CSV of people.';

/** How deep lists and groups may nest: a backup needs about 8 levels; hostile files go to millions. */
export const MAX_NESTING = 64;

/** The offset where nesting first goes deeper than MAX_NESTING, or undefined. Strings are skipped. */
function nestedTooDeep(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > MAX_NESTING) return i;
    } else if (c === 125 || c === 93) depth -= 1;
  }
  return undefined;
}

/** "a list", "a single number": what a JSON value that is not an object is, in words. */
function kindOfJson(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'only null';
  if (typeof value === 'number') return 'a single number';
  if (typeof value === 'string') return 'a single piece of text';
  if (typeof value === 'boolean') return `only ${String(value)}`;
  return 'something else';
}

function formatMegabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${Math.round(mb)} MB` : `${bytes} bytes`;
}

/**
 * Version 2 → 3 (issue #13): reflections, goals and earlier goal versions join the file. The one
 * goals document of version 2 (settings.goals) becomes the first goal, with the id the database
 * upgrade gives it (utils/db/migrations/v3.ts), so importing an old file updates the same goal.
 * It is dated at the export: when it was written was never kept. A damaged value is left for the
 * schema check to report.
 */
function upgradeFromV2(raw: Record<string, unknown>): Record<string, unknown> {
  const { goals, ...settings } = (raw.settings && typeof raw.settings === 'object' ? raw.settings : {}) as Record<string, unknown>;
  const at = typeof raw.exportedAt === 'string' ? raw.exportedAt : undefined;
  return {
    ...raw,
    version: 3,
    reflections: [],
    goals: goals === undefined ? [] : [{ id: FIRST_GOAL_ID, position: 0, goals, createdAt: at, updatedAt: at }],
    goalVersions: [],
    settings,
  };
}

/**
 * Upgrade steps, by the version they upgrade from; each takes the raw object of version N and
 * returns version N + 1.
 */
const UPGRADES: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 → 2: nothing to rewrite. A version-1 profile has none of the new lists; the profile schema's
  // defaults give it empty ones (and entries without months), exactly as a profile saved before.
  1: (raw) => ({ ...raw, version: 2 }),
  2: upgradeFromV2,
};

/**
 * Reads a backup file's text. Never throws. Checks, in order: size, encoding, JSON syntax, that
 * it is a Mentor Scout backup at all, its version, every record against the entity schemas, and
 * the integrity between records. Unknown fields are dropped (zod's default), so a `__proto__` key
 * in the file is just an unknown field.
 */
export function parseBackup(text: string, options: { maxBytes?: number } = {}): ParseBackupResult {
  try {
    if (typeof text !== 'string') return fail(['This file could not be read as text.']);
    const maxBytes = options.maxBytes ?? MAX_BACKUP_BYTES;
    // Characters, not bytes: a UTF-8 file has at least as many bytes as characters, so this never
    // refuses a file that File.size let through.
    if (text.length > maxBytes) {
      return fail([`This file is too large for a Mentor Scout backup (over ${formatMegabytes(maxBytes)}). ${CHOOSE_BACKUP}`]);
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') return fail(['The file is empty.']);
    if (body.includes('\u0000')) {
      return fail([`This file is not UTF-8 text (it looks like UTF-16 or a binary file), so it is not a Mentor Scout backup. ${CHOOSE_BACKUP}`]);
    }
    const start = body.trimStart()[0];
    // Checked before parsing: engines differ in how deep they go, and data this deep is no backup.
    const deep = nestedTooDeep(body);
    if (deep !== undefined) {
      const at = lineAndColumn(body, deep);
      return fail([
        `This file nests lists or groups more than ${MAX_NESTING} levels deep (from line ${at.line}, column ${at.column}); a Mentor Scout backup nests a few levels at most, so this file is damaged or not a backup. Choose the file that Export backup saved.`,
      ]);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      if (start !== '{' && start !== '[') return fail([`This file is not JSON, so it is not a Mentor Scout backup. ${CHOOSE_BACKUP}`]);
      return fail([jsonProblem(body)]);
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      return fail([`This file is JSON, but it holds ${kindOfJson(raw)} where a Mentor Scout backup holds one group of fields starting with "format": "${BACKUP_FORMAT}", so it is not a backup. ${CHOOSE_BACKUP}`]);
    }
    if ((raw as { format?: unknown }).format !== BACKUP_FORMAT) {
      return fail([`This file is JSON, but not a Mentor Scout backup (it has no "format": "${BACKUP_FORMAT}"). ${CHOOSE_BACKUP}`]);
    }
    let record = raw as Record<string, unknown>;
    const version = record.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return fail([`This file is not a Mentor Scout backup we can read (its version number is missing or wrong). ${CHOOSE_BACKUP}`]);
    }
    if (version > BACKUP_VERSION) {
      return fail([`This backup was made by a newer version of Mentor Scout (v${version}); update the extension, then import it again.`]);
    }
    for (let v = version; v < BACKUP_VERSION; v += 1) {
      const upgrade = UPGRADES[v];
      if (!upgrade) return fail([`Backups of version ${v} can no longer be read.`]);
      record = upgrade(record);
    }
    const parsed = backupSchema.safeParse(record);
    if (!parsed.success) return fail(parsed.error.issues.map((issue) => describeIssue(issue, record)));
    const problems = integrityProblems(parsed.data);
    if (problems.length) return fail(problems);
    return { ok: true, backup: parsed.data };
  } catch (error) {
    // Nothing above should throw; if something does (an engine limit), it is still a refusal.
    return fail([`The file could not be read (${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}).`]);
  }
}
