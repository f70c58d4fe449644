// Deciding what an import will do before it does anything. The plan says, row by row, who is added,
// who is updated and who is skipped and why, what it does to every other kind of record
// (timeline entries, drafts, meetings, snapshots, templates), and carries every record to put and
// the earlier copy of every record it replaces; the mentee reads it and confirms, and the database
// module applies it in one transaction. A file with any invalid row gets no plan at all: a
// half-applied import is hard to notice and harder to undo.
//
// A backup is merged record by record (issue #9): of two copies of one record the newer is kept and
// nothing the mentee wrote in the other is lost (utils/backup/merge-records.ts). A person's main
// profile address is their identity: people are matched by it (or by an address the file proves
// was merged into them), never by id alone, and records whose ids are already another person's
// here get new ids, which the plan shows.
import { canonicalProfileUrl, isLinkedInUrl } from '../extract/profile-url';
import type { Draft, Template } from '../schema/draft';
import type { GoalRecord, GoalVersion } from '../schema/goal-record';
import type { Reflection } from '../schema/reflection';
import type { TimelineEvent } from '../schema/event';
import type { Meeting } from '../schema/meeting';
import { personSchema, type PageSectionRecord, type Person, type Snapshot } from '../schema/person';
import { emptyProfile } from '../schema/profile';
import { emptyRecordSets, RECORD_SCHEMAS, type RecordKind, type RecordSets } from '../schema/records';
import { STATUS_LABELS } from '../tracking/status';
import { newId, personIdFor } from '../db/ids';
import { parseBackup, type Backup } from './backup-format';
import { parsePeopleCsv, type CsvPersonRow } from './csv';
import { dayOf, mergeDraft, mergeMeeting, mergeNotes, mergePerson, notesHeading, type NotesMerge } from './merge-records';
import { mergeGoal, mergeReflection } from './merge-reflections';
import { describeIssue, listProblems, summarizeProblems } from './problems';
import { stableJson } from './stable-json';
import { detectImportFormat, type ImportFormat } from './import-file';

export type ImportSource = { kind: 'backup'; backup: Backup } | { kind: 'csv'; rows: readonly CsvPersonRow[] };

export type ImportAction = 'add' | 'update' | 'skip';

export interface PlanRow {
  /** Row number: the spreadsheet row for CSV (header = 1), the 1-based position in `people` for a backup. */
  row: number;
  name: string;
  action: ImportAction;
  /** Why, in words for the mentee: what is added, exactly what is replaced, which ids change. */
  reason: string;
  /** The id the person has (or will have) after the import. */
  personId: string;
}

/** Everything an import writes, by store. */
export type ImportRecords = RecordSets;

/** The kinds of record an import may replace (the others it only adds). */
export type ReplaceableKind = 'people' | 'drafts' | 'meetings' | 'templates' | 'reflections' | 'goals';
export type ReplacedRecords = RecordSets<ReplaceableKind>;

/** How many records of a kind the import adds and how many it changes. */
export type KindCounts = Record<RecordKind, { add: number; update: number }>;

export type ImportPlan =
  | {
      ok: true;
      rows: PlanRow[];
      counts: Record<ImportAction, number>;
      /** Every record to put (upsert by key). Records not listed here are left as they are. */
      put: ImportRecords;
      /**
       * The copies saved here of the records `put` replaces, as the plan saw them: applying is refused
       * if any of them changed meanwhile, and Undo puts them back. A record in `put` that is not here
       * is one the import adds.
       */
      replaces: ReplacedRecords;
      /** Every kind of record the import writes, counted (templates included). */
      kinds: KindCounts;
      /** Changes that are not one person's: templates. One sentence each. */
      details: string[];
      /** Settings carried by a backup; applying them is a separate choice ("also restore my settings?"). */
      settings: Backup['settings'];
      warnings: string[];
    }
  | { ok: false; error: string; problems: string[] };

/** What is saved here, as the plan compares it (parsed records). */
export interface ExistingData {
  people: readonly Person[];
  /** The stored templates (edited built-ins and the mentee's own). Absent: none are stored. */
  templates?: readonly Template[];
  events?: readonly TimelineEvent[];
  drafts?: readonly Draft[];
  meetings?: readonly Meeting[];
  /** Snapshot id → its person's id, for every stored snapshot (an import never replaces one). */
  snapshotOwners?: ReadonlyMap<string, string>;
  /** Page section key (its snapshot's id) → its person's id. */
  pageSectionOwners?: ReadonlyMap<string, string>;
  /** Reflections stored here (issue #13). */
  reflections?: readonly Reflection[];
  /** Goals stored here. */
  goals?: readonly GoalRecord[];
  /** The earlier goal versions stored here (they never change once written). */
  goalVersions?: readonly GoalVersion[];
}

export interface PlanOptions {
  /** When the import happens: `createdAt`/`updatedAt` of what it creates or changes. */
  now: string;
  /** Ids for new people and events; the database module's `newId` when omitted. */
  newId?: (prefix: string) => string;
}

const IMPORTED_NOTE = 'Imported from a spreadsheet';

/**
 * Record times later than this after `now` are refused: a backup made by this app cannot hold them,
 * and a record "changed in 2030" would win every later merge. A day of slack covers clocks that
 * are a little off and time zones.
 */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

function refuse(problems: string[]): ImportPlan {
  return { ok: false, error: summarizeProblems(problems), problems: listProblems(problems) };
}

function canonical(url: string | undefined): string | null {
  return url ? (canonicalProfileUrl(url) ?? url) : null;
}

const sameUrl = (a: string, b: string) => canonical(a) === canonical(b);

const emptyKinds = (): KindCounts => ({
  people: { add: 0, update: 0 },
  snapshots: { add: 0, update: 0 },
  pageSections: { add: 0, update: 0 },
  events: { add: 0, update: 0 },
  drafts: { add: 0, update: 0 },
  meetings: { add: 0, update: 0 },
  templates: { add: 0, update: 0 },
  reflections: { add: 0, update: 0 },
  goals: { add: 0, update: 0 },
  goalVersions: { add: 0, update: 0 },
});

/** Lookups over the people already saved. */
class ExistingIndex {
  readonly byUrl = new Map<string, Person>();
  readonly byId = new Map<string, Person>();
  /** Hand-entered people (no address) by folded name and company, for CSV rows without an address. */
  readonly byNameCompany = new Map<string, Person | 'ambiguous'>();

  constructor(people: readonly Person[]) {
    for (const person of people) {
      this.byId.set(person.id, person);
      for (const url of [person.profileUrl, ...person.otherUrls]) {
        const key = canonical(url);
        if (key && !this.byUrl.has(key)) this.byUrl.set(key, person);
      }
      if (!person.profileUrl) {
        const key = nameCompanyKey(person.profile.name, person.profile.company);
        this.byNameCompany.set(key, this.byNameCompany.has(key) ? 'ambiguous' : person);
      }
    }
  }
}

function nameCompanyKey(name: string, company: string): string {
  const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  return `${fold(name)}\n${fold(company)}`;
}

/**
 * The plan for an import. Pure: `existing` is what is saved now, `incoming` a parsed file. Refused
 * (ok: false) when rows conflict (two rows for the same person with different details, or two
 * backup people matching one saved person), a record time is in the future, or a record it builds
 * would not be valid.
 */
export function planImport(existing: ExistingData, incoming: ImportSource, options: PlanOptions): ImportPlan {
  const index = new ExistingIndex(existing.people);
  return incoming.kind === 'backup' ? planBackup(index, existing, incoming.backup, options) : planCsv(index, incoming.rows, options);
}

/** The time fields of each kind of record that say when it was made or changed (not meeting starts or due days). */
const RECORD_TIMES: Record<RecordKind, readonly string[]> = {
  people: ['createdAt', 'updatedAt', 'lastActivityAt'],
  snapshots: ['capturedAt'],
  pageSections: [],
  events: ['at'],
  drafts: ['createdAt', 'updatedAt', 'copiedAt'],
  meetings: ['createdAt', 'updatedAt'],
  templates: ['updatedAt'],
  reflections: ['at', 'updatedAt'],
  goals: ['createdAt', 'updatedAt', 'reachedAt'],
  goalVersions: ['from', 'until'],
};

/** Every record time later than now + a day, named by its row and field. */
function futureTimes(backup: Backup, now: string): string[] {
  const limit = Date.parse(now) + FUTURE_SLACK_MS;
  const problems: string[] = [];
  const tooLate = (value: string | undefined) => value !== undefined && Date.parse(value) > limit;
  const say = (place: string, field: string, value: string) =>
    `${place}: ${field} ${value} is in the future (later than ${dayOf(new Date(limit).toISOString())}), so it cannot be right.`;
  if (tooLate(backup.exportedAt)) problems.push(say('The file', 'exportedAt', backup.exportedAt));
  for (const kind of Object.keys(RECORD_TIMES) as RecordKind[]) {
    (backup[kind] as readonly Record<string, unknown>[]).forEach((record, i) => {
      const place = `Row ${i + 1} (${kind}[${i}])`;
      for (const field of RECORD_TIMES[kind]) {
        const value = record[field] as string | undefined;
        if (tooLate(value)) problems.push(say(place, field, value!));
      }
      if (kind === 'drafts') {
        (record as unknown as Draft).history.forEach((version, v) => {
          if (tooLate(version.at)) problems.push(say(place, `history[${v}].at`, version.at));
        });
      }
    });
  }
  const lastExportAt = backup.settings.preferences?.lastExportAt;
  if (tooLate(lastExportAt)) problems.push(say('The settings', 'preferences.lastExportAt', lastExportAt!));
  return problems;
}

/** "2 timeline entries", "1 draft". */
function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const KIND_WORDS: Record<'snapshots' | 'pageSections' | 'events' | 'drafts' | 'meetings' | 'reflections', [string, string]> = {
  snapshots: ['snapshot', 'snapshots'],
  pageSections: ['saved page section', 'saved page sections'],
  events: ['timeline entry', 'timeline entries'],
  drafts: ['draft', 'drafts'],
  meetings: ['meeting', 'meetings'],
  reflections: ['reflection', 'reflections'],
};

function listWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** What the plan does for one person of the file. */
interface PersonPlan {
  row: number;
  incoming: Person;
  /** The saved person they are, when there is one. */
  match?: Person;
  matchedBy: string;
  /** Their id after the import. */
  target: string;
  /** Addresses the file proves were merged into them (a `merged` event names them). */
  provenUrls: string[];
  /** Sentences for the row: ids changed, addresses left out, records merged. */
  notes: string[];
  added: Record<keyof typeof KIND_WORDS, number>;
  /** Old id → new id of records that had to take a new one. */
  renamed: string[];
  changed: boolean;
}

function planBackup(index: ExistingIndex, existing: ExistingData, backup: Backup, options: PlanOptions): ImportPlan {
  const future = futureTimes(backup, options.now);
  if (future.length) return refuse(future);
  const makeId = options.newId ?? newId;
  const source = `the backup exported on ${dayOf(backup.exportedAt)}`;
  const problems: string[] = [];
  const warnings: string[] = [];
  const put: ImportRecords = emptyRecordSets();
  const replaces: ReplacedRecords = { people: [], drafts: [], meetings: [], templates: [], reflections: [], goals: [] };
  const kinds = emptyKinds();

  // Which addresses the file proves were merged into each of its people: the app writes a
  // `merged` event naming the other record's address whenever it merges two people.
  const mergeTexts = new Map<string, string[]>();
  for (const event of backup.events) {
    if (event.type !== 'merged' || !event.text) continue;
    mergeTexts.set(event.personId, [...(mergeTexts.get(event.personId) ?? []), event.text]);
  }
  const proven = (person: Person, url: string) =>
    (mergeTexts.get(person.id) ?? []).some((text) => text.includes(url) || (canonical(url) !== null && text.includes(canonical(url)!)));

  const takenPersonIds = new Set(existing.people.map((p) => p.id));
  const claimedBy = new Map<string, number>();
  const plans: PersonPlan[] = [];

  backup.people.forEach((incoming, i) => {
    const row = i + 1;
    const notes: string[] = [];
    const provenUrls: string[] = [];
    for (const url of incoming.otherUrls) {
      if (proven(incoming, url)) provenUrls.push(url);
      else notes.push(`Leaves out the other address ${url}: the file has no record of merging it into this person.`);
    }
    // A person's main address is who they are; an address merged into them (proven) also names them.
    let match: Person | undefined;
    let matchedBy = '';
    for (const url of [incoming.profileUrl, ...provenUrls]) {
      const key = canonical(url);
      match = key ? index.byUrl.get(key) : undefined;
      if (match) {
        matchedBy = `profile address ${key}`;
        break;
      }
    }
    const sameId = index.byId.get(incoming.id);
    // Hand-entered people have no address: the same id with no address on either side is the same record.
    if (!match && !incoming.profileUrl && sameId && !sameId.profileUrl) {
      match = sameId;
      matchedBy = `id ${incoming.id}`;
    }
    if (match) {
      const earlierRow = claimedBy.get(match.id);
      if (earlierRow !== undefined) {
        problems.push(`Row ${row} (people[${i}]): ${incoming.profile.name} is the same saved person (${match.profile.name}) as row ${earlierRow}; merge them before exporting, or remove one.`);
        return;
      }
      claimedBy.set(match.id, row);
      plans.push({ row, incoming, match, matchedBy, target: match.id, provenUrls, notes, added: { snapshots: 0, pageSections: 0, events: 0, drafts: 0, meetings: 0, reflections: 0 }, renamed: [], changed: false });
      return;
    }
    let target = incoming.id;
    if (takenPersonIds.has(target)) {
      const linkedInId = incoming.profileUrl && isLinkedInUrl(incoming.profileUrl) ? personIdFor(incoming.profileUrl) : undefined;
      target = linkedInId && !takenPersonIds.has(linkedInId) ? linkedInId : makeId('p');
      const owner = index.byId.get(incoming.id);
      notes.push(
        owner
          ? `Its id ${incoming.id} is already ${owner.profile.name}'s here${owner.profileUrl ? ` (${owner.profileUrl})` : ''}, a different person, so it is added with the id ${target}.`
          : `Its id ${incoming.id} is already used, so it is added with the id ${target}.`,
      );
    }
    takenPersonIds.add(target);
    plans.push({ row, incoming, matchedBy: '', target, provenUrls, notes, added: { snapshots: 0, pageSections: 0, events: 0, drafts: 0, meetings: 0, reflections: 0 }, renamed: [], changed: true });
  });
  if (problems.length) return refuse(problems);

  const planOf = new Map(plans.map((plan) => [plan.incoming.id, plan]));

  // People: a new person as in the file (under their id here); a saved one merged with the file's copy.
  for (const plan of plans) {
    const { incoming, match } = plan;
    if (!match) {
      // Whether to load a photo is this browser's choice (it is a request to another server).
      const person: Person = { ...incoming, id: plan.target, otherUrls: plan.provenUrls, showPhoto: false };
      put.people.push(person);
      kinds.people.add += 1;
      continue;
    }
    const merged = mergePerson(match, incoming, {
      source,
      statusLabel: (status) => STATUS_LABELS[status],
      urls: plan.provenUrls.filter((url) => {
        const owner = index.byUrl.get(canonical(url)!);
        if (owner && owner.id !== match.id) {
          plan.notes.push(`Leaves out the other address ${url}: it is ${owner.profile.name}'s address here.`);
          return false;
        }
        return true;
      }),
      sameUrl,
    });
    const parts: string[] = [];
    if (merged.fileNewer) {
      parts.push(
        `The file's copy is newer (changed ${dayOf(incoming.updatedAt)}; the copy here ${dayOf(match.updatedAt)})${merged.replaced.length ? `: it replaces the ${listWords(merged.replaced)}` : ''}.`,
      );
    } else if (Date.parse(match.updatedAt) > Date.parse(incoming.updatedAt)) {
      parts.push(`The copy saved here is as new or newer (changed ${dayOf(match.updatedAt)}; the file's copy ${dayOf(incoming.updatedAt)}), so its details are kept.`);
    }
    if (merged.notesCombined) parts.push('The notes differ: both are kept, the older below the newer with its date.');
    if (merged.notesOverflow !== undefined) {
      parts.push('The notes differ and are too long to join: the older notes are kept as a note on the timeline.');
      put.events.push({ id: makeId('ev'), personId: match.id, type: 'note', at: options.now, text: merged.notesOverflow });
      plan.added.events += 1;
    }
    for (const url of merged.addedUrls) parts.push(`Adds the other address ${url} (merged into this person where the file was made).`);
    plan.notes.unshift(...parts);
    if (stableJson(merged.person) !== stableJson(match)) {
      put.people.push(merged.person);
      replaces.people.push(match);
      kinds.people.update += 1;
      plan.changed = true;
      // The status moved without the file saying so on the timeline: say it there, as every status change is.
      if (merged.fileNewer && match.status !== incoming.status && !backup.events.some((e) => e.personId === incoming.id && e.type === 'status' && e.to === incoming.status)) {
        put.events.push({ id: makeId('ev'), personId: match.id, type: 'status', at: options.now, from: match.status, to: incoming.status, text: `Changed by importing ${source}` });
        plan.added.events += 1;
      }
    }
  }

  // Records, kind by kind. An id stored here for another person's record, or for a different
  // record of this person, is given up for a new one: nothing of anyone saved here is overwritten.
  const storedEvents = new Map((existing.events ?? []).map((r) => [r.id, r]));
  const storedDrafts = new Map((existing.drafts ?? []).map((r) => [r.id, r]));
  const storedMeetings = new Map((existing.meetings ?? []).map((r) => [r.id, r]));
  const snapshotOwners = existing.snapshotOwners ?? new Map<string, string>();
  const sectionOwners = existing.pageSectionOwners ?? new Map<string, string>();
  const renamedIds = { snapshots: new Map<string, string>(), drafts: new Map<string, string>(), meetings: new Map<string, string>() };
  const skippedSnapshots = new Set<string>();

  const rename = (plan: PersonPlan, kind: keyof typeof KIND_WORDS, oldId: string, why: 'other' | 'different'): string => {
    const prefix = { snapshots: 'snap', pageSections: 'snap', events: 'ev', drafts: 'd', meetings: 'm', reflections: 'r' }[kind];
    const id = makeId(prefix);
    plan.renamed.push(`${KIND_WORDS[kind][0]} ${oldId} → ${id}${why === 'other' ? '' : ' (a different one with that id is saved here)'}`);
    return id;
  };

  for (const snapshot of backup.snapshots) {
    const plan = planOf.get(snapshot.personId)!;
    const owner = snapshotOwners.get(snapshot.id) ?? sectionOwners.get(snapshot.id);
    let record: Snapshot = { ...snapshot, personId: plan.target };
    if (owner === plan.target && snapshotOwners.has(snapshot.id)) {
      // Snapshots never change once captured: the same id for the same person is the same capture.
      skippedSnapshots.add(snapshot.id);
      continue;
    }
    if (owner !== undefined) {
      record = { ...record, id: rename(plan, 'snapshots', snapshot.id, owner === plan.target ? 'different' : 'other') };
      renamedIds.snapshots.set(snapshot.id, record.id);
    }
    put.snapshots.push(record);
    plan.added.snapshots += 1;
  }
  for (const section of backup.pageSections) {
    const plan = planOf.get(section.personId)!;
    if (skippedSnapshots.has(section.snapshotId) && sectionOwners.has(section.snapshotId)) continue;
    const record: PageSectionRecord = { ...section, snapshotId: renamedIds.snapshots.get(section.snapshotId) ?? section.snapshotId, personId: plan.target };
    put.pageSections.push(record);
    plan.added.pageSections += 1;
  }

  for (const draft of backup.drafts) {
    const plan = planOf.get(draft.personId)!;
    const here = storedDrafts.get(draft.id);
    const incoming: Draft = { ...draft, personId: plan.target };
    if (here && here.personId === plan.target) {
      const merged = mergeDraft(here, incoming, source);
      if (stableJson(merged.draft) === stableJson(here)) continue;
      put.drafts.push(merged.draft);
      replaces.drafts.push(here);
      kinds.drafts.update += 1;
      plan.notes.push(
        merged.fileNewer
          ? `Draft (${draft.channel}): the file's wording is newer and replaces the one here${merged.keptInHistory ? ', which is kept in the draft’s history' : ''}.`
          : `Draft (${draft.channel}): the wording here is newer and stays${merged.keptInHistory ? `; the file's wording is kept in the draft’s history, marked as from ${source}` : '; earlier wordings from the file join its history'}.`,
      );
      plan.changed = true;
      continue;
    }
    if (here) {
      incoming.id = rename(plan, 'drafts', draft.id, 'other');
      renamedIds.drafts.set(draft.id, incoming.id);
    }
    put.drafts.push(incoming);
    plan.added.drafts += 1;
  }

  for (const meeting of backup.meetings) {
    const plan = planOf.get(meeting.personId)!;
    const here = storedMeetings.get(meeting.id);
    const incoming: Meeting = { ...meeting, personId: plan.target };
    if (here && here.personId === plan.target) {
      const merged = mergeMeeting(here, incoming, source);
      warnings.push(...merged.warnings);
      if (stableJson(merged.meeting) === stableJson(here)) continue;
      put.meetings.push(merged.meeting);
      replaces.meetings.push(here);
      kinds.meetings.update += 1;
      plan.notes.push(
        `Meeting of ${dayOf(here.startsAt)}: ${merged.fileNewer ? "the file's copy is newer and replaces the one here" : 'the copy here is newer and stays'}; questions, takeaways and action items of both are kept${merged.notesCombined ? ', and both notes, the older below the newer with its date' : ''}.`,
      );
      plan.changed = true;
      continue;
    }
    if (here) {
      incoming.id = rename(plan, 'meetings', meeting.id, 'other');
      renamedIds.meetings.set(meeting.id, incoming.id);
    }
    put.meetings.push(incoming);
    plan.added.meetings += 1;
  }

  for (const event of backup.events) {
    const plan = planOf.get(event.personId)!;
    const incoming: TimelineEvent = { ...event, personId: plan.target };
    if (event.draftId && renamedIds.drafts.has(event.draftId)) incoming.draftId = renamedIds.drafts.get(event.draftId);
    if (event.meetingId && renamedIds.meetings.has(event.meetingId)) incoming.meetingId = renamedIds.meetings.get(event.meetingId);
    const here = storedEvents.get(event.id);
    if (here && here.personId === plan.target && stableJson(here) === stableJson(incoming)) continue;
    if (here) incoming.id = rename(plan, 'events', event.id, here.personId === plan.target ? 'different' : 'other');
    put.events.push(incoming);
    plan.added.events += 1;
  }

  // Reflections (issue #13) follow their person. The same reflection saved here and in the file
  // is merged (utils/backup/merge-reflections.ts); an id used here for another person's gets a new one.
  const storedReflections = new Map((existing.reflections ?? []).map((r) => [r.id, r]));
  for (const reflection of backup.reflections) {
    const plan = planOf.get(reflection.personId)!;
    const incoming: Reflection = { ...reflection, personId: plan.target };
    if (incoming.kind === 'answered' && incoming.meetingId && renamedIds.meetings.has(incoming.meetingId)) incoming.meetingId = renamedIds.meetings.get(incoming.meetingId);
    const here = storedReflections.get(reflection.id);
    if (here && here.personId === plan.target) {
      const merged = mergeReflection(here, incoming, source);
      warnings.push(...merged.warnings);
      if (stableJson(merged.reflection) === stableJson(here)) continue;
      put.reflections.push(merged.reflection);
      replaces.reflections.push(here);
      kinds.reflections.update += 1;
      plan.notes.push(
        merged.fileNewer
          ? `A reflection (${dayOf(here.at)}): the file's copy is newer and replaces the one here${merged.textsCombined ? '; the words written here are kept below it with their date' : ''}.`
          : `A reflection (${dayOf(here.at)}): the copy here is newer and stays${merged.textsCombined ? `; the file's words are kept below it, marked as from ${source}` : ''}.`,
      );
      plan.changed = true;
      continue;
    }
    if (here) incoming.id = rename(plan, 'reflections', reflection.id, 'other');
    put.reflections.push(incoming);
    plan.added.reflections += 1;
  }

  // One row per person of the file, saying exactly what happens to them and their records.
  const rows: PlanRow[] = plans.map((plan) => {
    const { row, incoming, match } = plan;
    const added = (Object.keys(plan.added) as (keyof typeof KIND_WORDS)[]).filter((k) => plan.added[k] > 0).map((k) => countOf(plan.added[k], ...KIND_WORDS[k]));
    for (const kind of Object.keys(plan.added) as (keyof typeof KIND_WORDS)[]) kinds[kind].add += plan.added[kind];
    const parts = [...plan.notes];
    if (added.length) parts.push(`${match ? 'Adds' : 'With'} ${listWords(added)}.`);
    if (plan.renamed.length) {
      parts.push(`New ids for records whose ids are already used here: ${plan.renamed.join('; ')}.`);
    }
    if (!match) {
      return { row, name: incoming.profile.name, action: 'add', reason: ['New: not saved here yet.', ...parts].join(' '), personId: plan.target };
    }
    const changed = plan.changed || added.length > 0;
    if (!changed) {
      const why =
        Date.parse(match.updatedAt) > Date.parse(incoming.updatedAt)
          ? `The copy saved here is as new or newer (changed ${dayOf(match.updatedAt)}; the file's copy ${dayOf(incoming.updatedAt)}), and everything else of this person in the file is here already`
          : 'Already saved, identical';
      return { row, name: incoming.profile.name, action: 'skip', reason: `${why} (matched by ${plan.matchedBy}).`, personId: plan.target };
    }
    return { row, name: incoming.profile.name, action: 'update', reason: [...parts, `Matched by ${plan.matchedBy}.`].join(' '), personId: plan.target };
  });

  // Templates: the newer copy wins, and the plan shows every one the import adds or replaces,
  // with the wording it brings (a backup can carry any text under a built-in template's name).
  const details: string[] = [];
  const savedTemplates = new Map((existing.templates ?? []).map((t) => [t.id, t]));
  const excerpt = (body: string) => `“${body.length > 160 ? `${body.slice(0, 160)}…` : body}”`;
  for (const template of backup.templates) {
    const saved = savedTemplates.get(template.id);
    const label = `${template.builtIn ? 'Built-in template' : 'Template'} “${template.name}”`;
    if (!saved) {
      put.templates.push(template);
      kinds.templates.add += 1;
      details.push(
        template.builtIn
          ? `${label}: the file's edited wording replaces the original one here: ${excerpt(template.body)}.`
          : `${label} is added: ${excerpt(template.body)}.`,
      );
      continue;
    }
    if (stableJson(saved) === stableJson(template)) continue;
    if (Date.parse(saved.updatedAt) >= Date.parse(template.updatedAt)) {
      warnings.push(`Template "${saved.name}" here is as new or newer than the file's; kept it.`);
      continue;
    }
    put.templates.push(template);
    replaces.templates.push(saved);
    kinds.templates.update += 1;
    details.push(`${label}: the file's copy is newer (changed ${dayOf(template.updatedAt)}; the copy here ${dayOf(saved.updatedAt)}) and replaces its wording with ${excerpt(template.body)}.`);
  }

  // Goals (issue #13): a goal not saved here is added with its earlier versions. A goal saved here
  // and in the file takes the newer wording; the other becomes one of its earlier versions, so no
  // wording is lost (utils/backup/merge-reflections.ts). Earlier versions never change once
  // written: those not here are added, once (the same goal, start and wording is the same version).
  const savedGoals = new Map((existing.goals ?? []).map((g) => [g.id, g]));
  const knownVersions: GoalVersion[] = [...(existing.goalVersions ?? [])];
  const versionKey = (v: GoalVersion) => `${v.goalId}\n${v.from}\n${stableJson(v.goals)}`;
  const knownVersionIds = new Set(knownVersions.map((v) => v.id));
  const knownVersionKeys = new Set(knownVersions.map(versionKey));
  const addVersion = (version: GoalVersion) => {
    if (knownVersionKeys.has(versionKey(version))) return false;
    const record = knownVersionIds.has(version.id) ? { ...version, id: makeId('gv') } : version;
    knownVersionIds.add(record.id);
    knownVersionKeys.add(versionKey(record));
    knownVersions.push(record);
    put.goalVersions.push(record);
    kinds.goalVersions.add += 1;
    return true;
  };
  for (const version of backup.goalVersions) addVersion(version);
  const summaryOf = (goal: GoalRecord) => `“${goal.goals.summary.slice(0, 80)}”`;
  for (const goal of backup.goals) {
    const saved = savedGoals.get(goal.id);
    if (!saved) {
      put.goals.push(goal);
      kinds.goals.add += 1;
      details.push(`Goal ${summaryOf(goal)} is added.`);
      continue;
    }
    if (stableJson(saved) === stableJson(goal)) continue;
    const merged = mergeGoal(saved, goal, knownVersions, makeId('gv'));
    const kept = merged.keptVersion ? addVersion(merged.keptVersion) : false;
    if (stableJson(merged.goal) !== stableJson(saved)) {
      put.goals.push(merged.goal);
      replaces.goals.push(saved);
      kinds.goals.update += 1;
    }
    details.push(
      merged.fileNewer
        ? `Goal ${summaryOf(saved)}: the file's wording is newer (changed ${dayOf(goal.updatedAt)}; the one here ${dayOf(saved.updatedAt)}) and becomes the goal's${kept ? '; the wording here is kept in its history' : ''}.`
        : `Goal ${summaryOf(saved)}: the wording here is as new or newer and stays${kept ? `; the file's wording is kept in its history, dated ${dayOf(goal.updatedAt)}` : ''}.`,
    );
  }

  // Every record this builds must be valid (cleaned text included) before anything is shown.
  for (const kind of Object.keys(put) as RecordKind[]) {
    for (const record of put[kind]) {
      const parsed = RECORD_SCHEMAS[kind].safeParse(record);
      if (!parsed.success) problems.push(`A ${kind} record this import would write is not valid: ${describeIssue(parsed.error.issues[0]!, record)}`);
    }
  }
  if (problems.length) return refuse(problems);
  if (backup.people.length === 0 && backup.templates.length === 0 && backup.goals.length === 0) {
    warnings.push('This backup holds no people and no templates, so importing it adds nothing (it may come from a fresh install).');
  }
  return finish(rows, put, replaces, kinds, details, backup.settings, warnings);
}

function finish(
  rows: PlanRow[],
  put: ImportRecords,
  replaces: ReplacedRecords,
  kinds: KindCounts,
  details: string[],
  settings: Backup['settings'],
  warnings: string[],
): ImportPlan {
  const counts: Record<ImportAction, number> = { add: 0, update: 0, skip: 0 };
  for (const row of rows) counts[row.action] += 1;
  return { ok: true, rows, counts, put, replaces, kinds, details, settings, warnings };
}

/** The fields a CSV row carries, for telling a duplicate row from a conflicting one. */
function rowContent(row: CsvPersonRow): string {
  const { row: _number, ...content } = row;
  return stableJson(content);
}

function planCsv(index: ExistingIndex, csvRows: readonly CsvPersonRow[], options: PlanOptions): ImportPlan {
  const makeId = options.newId ?? newId;
  const { now } = options;
  const rows: PlanRow[] = [];
  const problems: string[] = [];
  const put: ImportRecords = emptyRecordSets();
  const firstRowFor = new Map<string, CsvPersonRow>();
  const built = new Map<string, Person>();
  const replaces: ReplacedRecords = { people: [], drafts: [], meetings: [], templates: [], reflections: [], goals: [] };
  const limit = Date.parse(now) + FUTURE_SLACK_MS;

  for (const csvRow of csvRows) {
    const { row, name } = csvRow;
    const identity = csvRow.profileUrl ? `url:${csvRow.profileUrl}` : `name:${nameCompanyKey(csvRow.name, csvRow.company)}`;
    const first = firstRowFor.get(identity);
    if (first) {
      const same = rowContent(first) === rowContent(csvRow);
      const who = csvRow.profileUrl || `${csvRow.name}${csvRow.company ? ` at ${csvRow.company}` : ''}`;
      if (same) {
        const firstPlan = rows.find((r) => r.row === first.row);
        rows.push({ row, name, action: 'skip', reason: `Exact duplicate of row ${first.row}.`, personId: firstPlan?.personId ?? '' });
      } else {
        problems.push(`Rows ${first.row} and ${row} are both ${who} but with different details; keep one of them.`);
      }
      continue;
    }
    firstRowFor.set(identity, csvRow);
    if (csvRow.lastActivityAt && Date.parse(csvRow.lastActivityAt) > limit) {
      problems.push(`Row ${row} (${name.slice(0, 60)}): lastActivityAt ${csvRow.lastActivityAt} is in the future (later than ${dayOf(new Date(limit).toISOString())}), so it cannot be right.`);
      continue;
    }

    let match: Person | undefined;
    let matchedBy = '';
    if (csvRow.profileUrl) {
      match = index.byUrl.get(csvRow.profileUrl);
      matchedBy = `profile address ${csvRow.profileUrl}`;
      // A LinkedIn member's id is derived from the address, so this also finds records whose stored address differs.
      const liId = isLinkedInUrl(csvRow.profileUrl) ? personIdFor(csvRow.profileUrl) : undefined;
      if (!match && liId) {
        match = index.byId.get(liId);
        matchedBy = `id ${liId}`;
      }
    } else {
      const found = index.byNameCompany.get(nameCompanyKey(csvRow.name, csvRow.company));
      if (found && found !== 'ambiguous') {
        match = found;
        matchedBy = 'name and company (no profile address)';
      }
    }

    if (!match) {
      const person = newPersonFromRow(csvRow, now, makeId);
      built.set(person.id, person);
      put.people.push(person);
      put.events.push({ id: makeId('ev'), personId: person.id, type: 'saved', at: now, text: IMPORTED_NOTE });
      if (person.status !== 'saved') {
        // Dated at the row's last activity, so a "sent" person's follow-up counts from then, not from today.
        put.events.push({ id: makeId('ev'), personId: person.id, type: 'status', at: csvRow.lastActivityAt ?? now, from: 'saved', to: person.status, text: IMPORTED_NOTE });
      }
      rows.push({ row, name, action: 'add', reason: 'New: not saved here yet.', personId: person.id });
      continue;
    }

    const { person: updated, notes } = updatedFromRow(match, csvRow, now);
    if (stableJson({ ...updated, updatedAt: match.updatedAt }) === stableJson(match)) {
      rows.push({ row, name, action: 'skip', reason: `Already saved with the same details (matched by ${matchedBy}).`, personId: match.id });
      continue;
    }
    built.set(updated.id, updated);
    put.people.push(updated);
    replaces.people.push(match);
    if (updated.status !== match.status) {
      put.events.push({ id: makeId('ev'), personId: match.id, type: 'status', at: now, from: match.status, to: updated.status, text: IMPORTED_NOTE });
    }
    if (notes.overflow !== undefined) put.events.push({ id: makeId('ev'), personId: match.id, type: 'note', at: now, text: notes.overflow });
    const notesSaid = notes.combined
      ? ' The notes differ: both are kept, the saved ones below the spreadsheet’s with their date.'
      : notes.overflow !== undefined
        ? ' The notes differ and are too long to join: the saved notes are kept as a note on the timeline.'
        : '';
    rows.push({
      row,
      name,
      action: 'update',
      reason: `Saved already; the spreadsheet's details replace the saved ones where its cells are filled in (matched by ${matchedBy}).${notesSaid}`,
      personId: match.id,
    });
  }

  // The rows were validated cell by cell; this catches anything the person schema adds on top.
  for (const [id, person] of built) {
    const parsed = personSchema.safeParse(person);
    if (!parsed.success) {
      const row = rows.find((r) => r.personId === id)?.row ?? 0;
      problems.push(...parsed.error.issues.map((issue) => `Row ${row}: ${describeIssue(issue, person)}`));
    }
  }
  if (problems.length) return refuse(problems);
  const kinds = emptyKinds();
  kinds.people = { add: rows.filter((r) => r.action === 'add').length, update: replaces.people.length };
  kinds.events.add = put.events.length;
  return finish(rows, put, replaces, kinds, [], {}, []);
}

function newPersonFromRow(row: CsvPersonRow, now: string, makeId: (prefix: string) => string): Person {
  const url = row.profileUrl || undefined;
  // The database module's rule (utils/db/ids.ts): li:<slug> for LinkedIn members, random otherwise.
  const id = url && isLinkedInUrl(url) ? personIdFor(url) : makeId('p');
  return {
    id,
    ...(url ? { profileUrl: url } : {}),
    profile: {
      ...emptyProfile(url ? (isLinkedInUrl(url) ? 'linkedin' : 'web') : 'manual'),
      name: row.name,
      headline: row.headline,
      company: row.company,
      location: row.location,
      profileUrl: url ?? '',
    },
    status: row.status ?? 'saved',
    notes: row.notes,
    tags: row.tags,
    otherUrls: [],
    showPhoto: false,
    createdAt: now,
    updatedAt: now,
    lastActivityAt: row.lastActivityAt ?? now,
  };
}

/**
 * A saved person with a row's filled-in cells applied. Empty cells keep what is saved: an import
 * never erases. Notes that differ are both kept: the row's first, the saved ones below, dated.
 */
function updatedFromRow(person: Person, row: CsvPersonRow, now: string): { person: Person; notes: NotesMerge } {
  const text = (value: string, saved: string) => (value.trim() ? value : saved);
  const lastActivityAt = row.lastActivityAt && Date.parse(row.lastActivityAt) > Date.parse(person.lastActivityAt) ? row.lastActivityAt : person.lastActivityAt;
  const notes: NotesMerge = row.notes.trim() ? mergeNotes(row.notes, person.notes, notesHeading(false, '', person.updatedAt)) : { text: person.notes, combined: false };
  const updated: Person = {
    ...person,
    profile: {
      ...person.profile,
      name: text(row.name, person.profile.name),
      headline: text(row.headline, person.profile.headline),
      company: text(row.company, person.profile.company),
      location: text(row.location, person.profile.location),
    },
    status: row.status ?? person.status,
    notes: notes.text,
    tags: row.tags.length ? row.tags : person.tags,
    updatedAt: now,
    lastActivityAt,
  };
  return { person: updated, notes };
}

export { detectImportFormat, type ImportFormat };

/**
 * Parse and plan in one step, for the import button: validates the whole file, then plans.
 * Never throws; every refusal is `ok: false` with the problems row by row.
 */
export function planImportFromText(
  existing: ExistingData,
  text: string,
  options: PlanOptions & { format?: ImportFormat | 'auto' },
): ImportPlan & { format: ImportFormat } {
  const format = !options.format || options.format === 'auto' ? detectImportFormat(typeof text === 'string' ? text : '') : options.format;
  try {
    if (format === 'backup') {
      const parsed = parseBackup(text);
      if (!parsed.ok) return { ok: false, error: parsed.error, problems: parsed.problems, format };
      return { ...planImport(existing, { kind: 'backup', backup: parsed.backup }, options), format };
    }
    const parsed = parsePeopleCsv(text);
    if (!parsed.ok) return { ok: false, error: parsed.error, problems: parsed.problems, format };
    const plan = planImport(existing, { kind: 'csv', rows: parsed.rows }, options);
    return plan.ok ? { ...plan, warnings: [...parsed.warnings, ...plan.warnings], format } : { ...plan, format };
  } catch (error) {
    const message = `The file could not be imported (${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}).`;
    return { ok: false, error: message, problems: [message], format };
  }
}
