// Deciding what an import will do before it does anything. The plan says, row by row, who is added,
// who is updated and who is skipped and why, and carries every record to put; the mentee reads it
// and confirms, and the database module applies it in one transaction. A file with any invalid
// row gets no plan at all: a half-applied import is hard to notice and harder to undo.
//
// Matching: by canonical profile address (a person's own, or one merged into them), then by id.
// An existing person is updated only when the incoming copy is newer; an identical one is skipped.
import { canonicalProfileUrl, isLinkedInUrl } from '../extract/profile-url';
import type { Template } from '../schema/draft';
import { personSchema, type Person } from '../schema/person';
import { emptyProfile } from '../schema/profile';
import { newId, personIdFor } from '../db/ids';
import { parseBackup, type Backup } from './backup-format';
import { parsePeopleCsv, type CsvPersonRow } from './csv';
import { describeIssue, listProblems, summarizeProblems } from './problems';
import { emptyRecordSets, type RecordSets } from '../schema/records';

export type ImportSource = { kind: 'backup'; backup: Backup } | { kind: 'csv'; rows: readonly CsvPersonRow[] };

export type ImportAction = 'add' | 'update' | 'skip';

export interface PlanRow {
  /** Row number: the spreadsheet row for CSV (header = 1), the 1-based position in `people` for a backup. */
  row: number;
  name: string;
  action: ImportAction;
  /** Why, in words for the mentee. */
  reason: string;
  /** The id the person has (or will have) after the import. */
  personId: string;
}

/** Everything an import writes, by store. */
export type ImportRecords = RecordSets;

export type ImportPlan =
  | {
      ok: true;
      rows: PlanRow[];
      counts: Record<ImportAction, number>;
      /** Every record to put (upsert by key). Records not listed here are left as they are. */
      put: ImportRecords;
      /** Settings carried by a backup; applying them is a separate choice ("also restore my settings?"). */
      settings: Backup['settings'];
      warnings: string[];
    }
  | { ok: false; error: string; problems: string[] };

export interface ExistingData {
  people: readonly Person[];
  /** When given, a template is replaced only by a newer copy; otherwise every template in the file is put. */
  templates?: readonly Template[];
}

export interface PlanOptions {
  /** When the import happens: `createdAt`/`updatedAt` of what it creates or changes. */
  now: string;
  /** Ids for new people and events; the database module's `newId` when omitted. */
  newId?: (prefix: string) => string;
}

const IMPORTED_NOTE = 'Imported from a spreadsheet';

function refuse(problems: string[]): ImportPlan {
  return { ok: false, error: summarizeProblems(problems), problems: listProblems(problems) };
}

/** Key-order-independent JSON, to tell an identical record from a changed one. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function canonical(url: string | undefined): string | null {
  return url ? (canonicalProfileUrl(url) ?? url) : null;
}

function dateOf(instant: string): string {
  return instant.slice(0, 10);
}

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
 * backup people matching one saved person) or a record it builds would not be valid.
 */
export function planImport(existing: ExistingData, incoming: ImportSource, options: PlanOptions): ImportPlan {
  const index = new ExistingIndex(existing.people);
  return incoming.kind === 'backup' ? planBackup(index, existing, incoming.backup, options) : planCsv(index, incoming.rows, options);
}

function planBackup(index: ExistingIndex, existing: ExistingData, backup: Backup, options: PlanOptions): ImportPlan {
  const rows: PlanRow[] = [];
  const problems: string[] = [];
  const put: ImportRecords = emptyRecordSets();
  /** Incoming person id → the id their records take, for people added or updated. */
  const targetOf = new Map<string, string>();
  const claimedBy = new Map<string, number>();

  backup.people.forEach((incoming, i) => {
    const row = i + 1;
    const name = incoming.profile.name;
    let match: Person | undefined;
    let matchedBy = '';
    for (const url of [incoming.profileUrl, ...incoming.otherUrls]) {
      const key = canonical(url);
      match = key ? index.byUrl.get(key) : undefined;
      if (match) {
        matchedBy = `profile address ${key}`;
        break;
      }
    }
    if (!match) {
      match = index.byId.get(incoming.id);
      if (match) matchedBy = `id ${incoming.id}`;
    }
    if (!match) {
      targetOf.set(incoming.id, incoming.id);
      put.people.push(incoming);
      rows.push({ row, name, action: 'add', reason: 'New: not saved here yet.', personId: incoming.id });
      return;
    }
    const earlierRow = claimedBy.get(match.id);
    if (earlierRow !== undefined) {
      problems.push(`Row ${row} (people[${i}]): ${name} is the same saved person (${match.profile.name}) as row ${earlierRow}; merge them before exporting, or remove one.`);
      return;
    }
    claimedBy.set(match.id, row);

    // Keep the saved person's identity (id, main address); carry the file's other addresses along.
    const profileUrl = match.profileUrl ?? incoming.profileUrl;
    const urls = new Set<string>(profileUrl ? [canonical(profileUrl)!] : []);
    const otherUrls: string[] = [];
    for (const url of [...match.otherUrls, ...(incoming.profileUrl ? [incoming.profileUrl] : []), ...incoming.otherUrls]) {
      const key = canonical(url)!;
      if (urls.has(key)) continue;
      urls.add(key);
      otherUrls.push(url);
    }
    const candidate: Person = {
      ...incoming,
      id: match.id,
      ...(profileUrl ? { profileUrl } : {}),
      otherUrls: otherUrls.slice(0, 50),
      createdAt: Date.parse(match.createdAt) <= Date.parse(incoming.createdAt) ? match.createdAt : incoming.createdAt,
    };
    if (stableJson(candidate) === stableJson(match)) {
      rows.push({ row, name, action: 'skip', reason: `Already saved, identical (matched by ${matchedBy}).`, personId: match.id });
      return;
    }
    if (Date.parse(incoming.updatedAt) <= Date.parse(match.updatedAt)) {
      rows.push({
        row,
        name,
        action: 'skip',
        reason: `The copy saved here is as new or newer (changed ${dateOf(match.updatedAt)}; the file's copy ${dateOf(incoming.updatedAt)}), so it is kept.`,
        personId: match.id,
      });
      return;
    }
    targetOf.set(incoming.id, match.id);
    put.people.push(candidate);
    rows.push({
      row,
      name,
      action: 'update',
      reason: `The file's copy is newer (changed ${dateOf(incoming.updatedAt)}; the copy here ${dateOf(match.updatedAt)}); its timeline, drafts and meetings are added (matched by ${matchedBy}).`,
      personId: match.id,
    });
  });
  if (problems.length) return refuse(problems);

  // Records of skipped people stay out: the copy here was kept, and so is its history.
  const take = <T extends { personId: string }>(records: readonly T[], into: T[]) => {
    for (const record of records) {
      const target = targetOf.get(record.personId);
      if (target !== undefined) into.push(target === record.personId ? record : { ...record, personId: target });
    }
  };
  take(backup.snapshots, put.snapshots);
  take(backup.pageSections, put.pageSections);
  take(backup.events, put.events);
  take(backup.drafts, put.drafts);
  take(backup.meetings, put.meetings);

  const warnings: string[] = [];
  const savedTemplates = existing.templates ? new Map(existing.templates.map((t) => [t.id, t])) : null;
  for (const template of backup.templates) {
    const saved = savedTemplates?.get(template.id);
    if (saved && Date.parse(saved.updatedAt) >= Date.parse(template.updatedAt)) {
      if (stableJson(saved) !== stableJson(template)) warnings.push(`Template "${saved.name}" here is as new or newer than the file's; kept it.`);
      continue;
    }
    put.templates.push(template);
  }
  return finish(rows, put, backup.settings, warnings);
}

function finish(rows: PlanRow[], put: ImportRecords, settings: Backup['settings'], warnings: string[]): ImportPlan {
  const counts: Record<ImportAction, number> = { add: 0, update: 0, skip: 0 };
  for (const row of rows) counts[row.action] += 1;
  return { ok: true, rows, counts, put, settings, warnings };
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

    const updated = updatedFromRow(match, csvRow, now);
    if (stableJson({ ...updated, updatedAt: match.updatedAt }) === stableJson(match)) {
      rows.push({ row, name, action: 'skip', reason: `Already saved with the same details (matched by ${matchedBy}).`, personId: match.id });
      continue;
    }
    built.set(updated.id, updated);
    put.people.push(updated);
    if (updated.status !== match.status) {
      put.events.push({ id: makeId('ev'), personId: match.id, type: 'status', at: now, from: match.status, to: updated.status, text: IMPORTED_NOTE });
    }
    rows.push({ row, name, action: 'update', reason: `Saved already; the spreadsheet's details replace the saved ones where its cells are filled in (matched by ${matchedBy}).`, personId: match.id });
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
  return finish(rows, put, {}, []);
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

/** A saved person with a row's filled-in cells applied. Empty cells keep what is saved: an import never erases. */
function updatedFromRow(person: Person, row: CsvPersonRow, now: string): Person {
  const text = (value: string, saved: string) => (value.trim() ? value : saved);
  const lastActivityAt = row.lastActivityAt && Date.parse(row.lastActivityAt) > Date.parse(person.lastActivityAt) ? row.lastActivityAt : person.lastActivityAt;
  return {
    ...person,
    profile: {
      ...person.profile,
      name: text(row.name, person.profile.name),
      headline: text(row.headline, person.profile.headline),
      company: text(row.company, person.profile.company),
      location: text(row.location, person.profile.location),
    },
    status: row.status ?? person.status,
    notes: text(row.notes, person.notes),
    tags: row.tags.length ? row.tags : person.tags,
    updatedAt: now,
    lastActivityAt,
  };
}

export type ImportFormat = 'backup' | 'csv';

/** Which parser a file needs: a backup is a JSON object, anything else is read as CSV. */
export function detectImportFormat(text: string): ImportFormat {
  return text.replace(/^\uFEFF/, '').trimStart().startsWith('{') ? 'backup' : 'csv';
}

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
