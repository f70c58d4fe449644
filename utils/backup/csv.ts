// People as a spreadsheet: the list the mentee can sort, share with a career coach, or fill in by
// hand and import. Papa Parse does the CSV grammar (quotes, embedded line breaks); this file
// decides the columns, guards against formula injection and bad encodings, and validates rows.
//
// Formula injection: a cell starting with = + - @ (or tab / CR) is run as a formula by Excel,
// LibreOffice and Google Sheets ("=HYPERLINK(...)" in a scraped headline is an attack on the
// mentee). Export prefixes such cells with an apostrophe, which spreadsheets treat as text.
// Import removes one leading apostrophe when apostrophes and then a trigger follow, which is
// exactly what export adds. So that the mentee's own "'=5" survives the trip, export also
// prefixes cells that already start with apostrophes before a trigger: "'=5" → "''=5" → "'=5".
// Any other apostrophe is left alone. A formula-looking cell without the apostrophe (written by
// another tool) is kept as plain text: the extension never evaluates it, and the next export
// neutralises it again.
import Papa from 'papaparse';
import type { Person } from '../schema/person';
import { statusSchema, type Status } from '../schema/status';
import { LIMITS } from '../extract/limits';
import { canonicalProfileUrl } from '../extract/profile-url';
import { STATUS_LABELS } from '../tracking/status';
import { listProblems, summarizeProblems } from './problems';

/** The columns, in export order. Import needs `name`; the others may be missing or in any order. */
export const CSV_COLUMNS = ['name', 'headline', 'company', 'location', 'profileUrl', 'status', 'lastActivityAt', 'notes', 'tags'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Caps for an import: far above a real list, low enough to keep the page responsive. */
export const CSV_LIMITS = {
  /** Characters of text (a 20 MB file). */
  chars: 20 * 1024 * 1024,
  rows: 50_000,
  columns: 50,
} as const;

/** Caps from the entity schemas (utils/schema/person.ts, profile.ts), checked per cell. */
const CELL_MAX: Record<CsvColumn, number> = {
  name: LIMITS.shortField,
  headline: LIMITS.headline,
  company: LIMITS.shortField,
  location: LIMITS.shortField,
  profileUrl: LIMITS.url,
  status: 100,
  lastActivityAt: 100,
  notes: 20_000,
  // 50 tags of 60 characters joined with "; ".
  tags: 4_000,
};
const MAX_TAGS = 50;
const MAX_TAG_CHARS = 60;

/** Cell starts that spreadsheets treat as a formula (OWASP's list), after any apostrophes. */
const NEEDS_PREFIX = /^'*[=+\-@\t\r]/;
const HAS_PREFIX = /^'+[=+\-@\t\r]/;

/** Prefixes a formula-looking cell with an apostrophe so spreadsheets show it as text. */
export function neutralizeFormula(cell: string): string {
  return NEEDS_PREFIX.test(cell) ? `'${cell}` : cell;
}

/** Undoes `neutralizeFormula` exactly: removes one apostrophe only where export adds one. */
export function restoreFormula(cell: string): string {
  return HAS_PREFIX.test(cell) ? cell.slice(1) : cell;
}

/**
 * The CSV text of a list of people, with a byte-order mark so Excel reads it as UTF-8 (without it,
 * "Zoë" opens as "ZoÃ«"), CRLF line ends (RFC 4180), tags joined with "; ".
 */
export function peopleToCsv(people: readonly Person[]): string {
  const data = people.map((person) =>
    [
      person.profile.name,
      person.profile.headline,
      person.profile.company,
      person.profile.location,
      person.profileUrl ?? person.profile.profileUrl,
      person.status,
      person.lastActivityAt,
      person.notes,
      person.tags.join('; '),
    ].map(neutralizeFormula),
  );
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n' })}\r\n`;
}

/** "mentor-scout-people-2026-04-01.csv". */
export function csvFileName(exportedAt: string): string {
  return `mentor-scout-people-${exportedAt.slice(0, 10)}.csv`;
}

/** One person as read from a CSV row, validated. */
export interface CsvPersonRow {
  /** The row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  name: string;
  headline: string;
  company: string;
  location: string;
  /** Canonical profile address, or "" when the row has none. */
  profileUrl: string;
  /** Absent when the cell was empty: a new person starts as "saved", a saved one keeps theirs. */
  status?: Status;
  /** An ISO instant, when the row had one. */
  lastActivityAt?: string;
  notes: string;
  tags: string[];
}

export type ParseCsvResult =
  | { ok: true; rows: CsvPersonRow[]; /** Things ignored on purpose, e.g. unknown columns. */ warnings: string[] }
  | { ok: false; error: string; problems: string[] };

function fail(problems: string[]): ParseCsvResult {
  return { ok: false, error: summarizeProblems(problems), problems: listProblems(problems) };
}

function headerKey(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_\-.]+/g, '');
}

/** Header spellings accepted per column, folded by `headerKey`: our own names and the obvious labels. */
const HEADER_ALIASES: Record<string, CsvColumn> = {
  name: 'name',
  fullname: 'name',
  headline: 'headline',
  company: 'company',
  location: 'location',
  profileurl: 'profileUrl',
  profile: 'profileUrl',
  url: 'profileUrl',
  status: 'status',
  lastactivityat: 'lastActivityAt',
  lastactivity: 'lastActivityAt',
  notes: 'notes',
  note: 'notes',
  tags: 'tags',
};

/**
 * The separator, read from the header line: our files use commas, but a spreadsheet saved in a
 * locale with decimal commas writes semicolons, and some tools write tabs.
 */
function detectDelimiter(firstLine: string): string {
  let best = ',';
  let bestScore = -1;
  for (const delimiter of [',', ';', '\t']) {
    const score = firstLine.split(delimiter).filter((cell) => HEADER_ALIASES[headerKey(cell.replace(/"/g, ''))]).length;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

const STATUS_BY_WORD = new Map<string, Status>();
for (const status of statusSchema.options) {
  STATUS_BY_WORD.set(status, status);
  STATUS_BY_WORD.set(STATUS_LABELS[status].toLowerCase(), status);
}

/** Instants as ISO with any offset, a bare day (midnight UTC), or "day hh:mm[:ss]" read as UTC. */
function parseInstant(text: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const spaced = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)$/.exec(text);
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(text);
  let ms = NaN;
  if (day) ms = Date.parse(`${text}T00:00:00Z`);
  else if (spaced) ms = Date.parse(`${spaced[1]}T${spaced[2]}Z`);
  else if (iso) ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  // Date.parse rolls "2026-02-31" over to March; a day that does not exist is a typo.
  if (day && date.toISOString().slice(0, 10) !== text) return null;
  const year = date.getUTCFullYear();
  return year >= 1970 && year <= 9999 ? date.toISOString() : null;
}

/** A profile address as typed in a spreadsheet ("linkedin.com/in/ada"), made canonical, or null. */
function profileAddress(text: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : /^[\w-]+(\.[\w-]+)+(\/|$)/.test(text) ? `https://${text}` : text;
  return canonicalProfileUrl(withScheme);
}

/**
 * Reads a people CSV. Never throws. The whole file is validated before anything is returned: a
 * single bad row refuses the file, with every problem listed by spreadsheet row number.
 */
export function parsePeopleCsv(text: string): ParseCsvResult {
  try {
    if (typeof text !== 'string') return fail(['This file could not be read as text.']);
    if (text.length > CSV_LIMITS.chars) return fail([`This CSV of people is too large to import (over ${CSV_LIMITS.chars / 1024 / 1024} MB, about ${CSV_LIMITS.rows.toLocaleString('en-US')} people). Split it into smaller files and import them one by one.`]);
    const body = text.replace(/^\uFEFF/, '');
    if (body.trim() === '') return fail(['The file is empty.']);
    // UTF-16 read as UTF-8 or Latin-1 shows its byte-order mark as these, and NULs between letters.
    if (body.includes('\u0000') || body.startsWith('\uFFFE') || body.startsWith('\u00FF\u00FE') || body.startsWith('\u00FE\u00FF')) {
      return fail(['This file is not UTF-8 text (it looks like UTF-16 or a binary file). In your spreadsheet, save it as "CSV UTF-8" and import that.']);
    }

    const firstLine = body.slice(0, body.search(/\r?\n|$/));
    // Blank rows are skipped below, not by Papa, so row numbers stay those the spreadsheet shows.
    const parsed = Papa.parse<string[]>(body, { delimiter: detectDelimiter(firstLine), skipEmptyLines: false });
    const problems: string[] = [];
    const rowsWithQuoteErrors = new Set<number>();
    for (const error of parsed.errors) {
      const row = (error.row ?? 0) + 1;
      // Papa reports one bad quote as both "malformed" and "unterminated"; one line per row is enough.
      if (error.type === 'Quotes' && rowsWithQuoteErrors.has(row)) continue;
      if (error.type === 'Quotes') rowsWithQuoteErrors.add(row);
      if (error.code === 'MissingQuotes') problems.push(`Row ${row}: a quoted cell is never closed (broken quoting); everything after it would end up in one cell.`);
      else if (error.code === 'InvalidQuotes') problems.push(`Row ${row}: a quoted cell has text after its closing quote (broken quoting; a quote inside a cell must be doubled "").`);
      else if (error.type !== 'Delimiter') problems.push(`Row ${row}: ${error.message}.`);
    }
    if (problems.length) return fail(problems);

    const [header, ...records] = parsed.data;
    if (!header) return fail(['The file is empty.']);
    if (header.length > CSV_LIMITS.columns) return fail([`The file has ${header.length} columns; at most ${CSV_LIMITS.columns} can be imported.`]);
    while (records.length > 0 && records[records.length - 1]!.every((cell) => cell.trim() === '')) records.pop();
    if (records.length > CSV_LIMITS.rows) return fail([`The file has ${records.length} rows; at most ${CSV_LIMITS.rows.toLocaleString('en-US')} people can be imported at once.`]);

    // U+FFFD is what a lenient decoder puts where bytes were not UTF-8 (a Latin-1 or Windows-1252
    // file): every accented letter in the file is already lost, so refuse rather than import damage.
    // A file that starts with the UTF-8 byte-order mark was written as UTF-8 on purpose (our own
    // export always is) and decoded strictly, so a U+FFFD in it is a character of the data, saved
    // from a page that had it: the app must always take its own export back (issue #9, item 12).
    const writtenAsUtf8 = text.startsWith('\uFEFF');
    const undecodable = writtenAsUtf8 ? [] : parsed.data.flatMap((cells, index) => (cells.some((cell) => cell.includes('\uFFFD')) ? [index + 1] : []));
    if (undecodable.length) {
      const list = undecodable.slice(0, 5).join(', ') + (undecodable.length > 5 ? ', …' : '');
      return fail([
        `This file is not UTF-8 text: row${undecodable.length === 1 ? '' : 's'} ${list} contain${undecodable.length === 1 ? 's' : ''} characters that could not be read (shown as �). In your spreadsheet, save it as "CSV UTF-8" and import that.`,
      ]);
    }

    const columnAt = new Map<CsvColumn, number>();
    const warnings: string[] = [];
    header.forEach((cell, index) => {
      const column = HEADER_ALIASES[headerKey(cell)];
      if (!column) {
        if (cell.trim()) warnings.push(`Column "${cell.trim().slice(0, 60)}" is not one Mentor Scout imports; it was ignored.`);
        return;
      }
      if (columnAt.has(column)) problems.push(`The column "${column}" appears twice in the first row (columns ${columnAt.get(column)! + 1} and ${index + 1}).`);
      else columnAt.set(column, index);
    });
    if (!columnAt.has('name')) {
      const found = header.slice(0, 10).map((c) => `"${c.trim().slice(0, 40)}"`).join(', ');
      problems.push(`The first row must be the column names, with a "name" column (found ${found}). Expected columns: ${CSV_COLUMNS.join(', ')}.`);
    }
    if (problems.length) return fail(problems);

    const rows: CsvPersonRow[] = [];
    records.forEach((cells, index) => {
      const row = index + 2;
      if (cells.every((cell) => cell.trim() === '')) return;
      if (cells.length !== header.length) {
        problems.push(`Row ${row} has ${cells.length} cell${cells.length === 1 ? '' : 's'} but the first row has ${header.length} columns (a missing separator or broken quoting?).`);
        return;
      }
      const cell = (column: CsvColumn): string => {
        const at = columnAt.get(column);
        return at === undefined ? '' : restoreFormula(cells[at] ?? '');
      };
      const rowProblems: string[] = [];
      for (const column of CSV_COLUMNS) {
        const value = cell(column);
        if (value.length > CELL_MAX[column]) rowProblems.push(`${column} is too long (more than ${CELL_MAX[column]} characters)`);
      }
      const name = cell('name').trim();
      if (!name) rowProblems.push('name is missing');

      const urlText = cell('profileUrl').trim();
      const profileUrl = urlText ? profileAddress(urlText) : '';
      if (profileUrl === null) rowProblems.push(`profileUrl "${urlText.slice(0, 80)}" is not a web address (it should start with https://)`);

      const statusText = cell('status').trim();
      const status = statusText ? STATUS_BY_WORD.get(statusText.toLowerCase()) : undefined;
      if (statusText && !status) rowProblems.push(`status "${statusText.slice(0, 40)}" is not one of: ${statusSchema.options.join(', ')}`);

      const activityText = cell('lastActivityAt').trim();
      const lastActivityAt = activityText ? parseInstant(activityText) : undefined;
      if (lastActivityAt === null) rowProblems.push(`lastActivityAt "${activityText.slice(0, 40)}" is not a date (use 2026-03-25 or 2026-03-25T09:00:00Z)`);

      const tagKeys = new Set<string>();
      const tags: string[] = [];
      // Export joins with "; "; people typing in a spreadsheet use commas too. A tag containing
      // either is split in two, an acceptable cost for tags, which are words or short phrases.
      for (const tag of cell('tags').split(/[;,]/)) {
        const trimmed = tag.trim();
        if (!trimmed || tagKeys.has(trimmed.toLowerCase())) continue;
        tagKeys.add(trimmed.toLowerCase());
        tags.push(trimmed);
      }
      if (tags.some((t) => t.length > MAX_TAG_CHARS)) rowProblems.push(`a tag is too long (more than ${MAX_TAG_CHARS} characters)`);
      if (tags.length > MAX_TAGS) rowProblems.push(`there are ${tags.length} tags; at most ${MAX_TAGS} are kept per person`);

      if (rowProblems.length) {
        problems.push(...rowProblems.map((p) => `Row ${row}${name ? ` (${name.slice(0, 60)})` : ''}: ${p}`));
        return;
      }
      rows.push({
        row,
        name,
        headline: cell('headline').trim(),
        company: cell('company').trim(),
        location: cell('location').trim(),
        profileUrl: profileUrl ?? '',
        ...(status ? { status } : {}),
        ...(lastActivityAt ? { lastActivityAt } : {}),
        notes: cell('notes'),
        tags,
      });
    });
    if (problems.length) return fail(problems);
    return { ok: true, rows, warnings };
  } catch (error) {
    return fail([`The file could not be read (${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}).`]);
  }
}
