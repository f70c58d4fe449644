// Two copies of one record, the one saved here and the one in an imported backup (edited on another
// device): which wins and what of the other is kept (issue #9, item 1). Pure. The rule for every
// record: the newer copy (by `updatedAt`; a tie keeps the copy here) is kept, and nothing the mentee
// wrote in the other copy is lost: a draft's other text goes into its history marked with where it
// came from, notes that differ are both kept (the other below, dated), lists are joined.
import type { Draft, DraftVersion } from '../schema/draft';
import type { Meeting } from '../schema/meeting';
import type { Person } from '../schema/person';
import { stableJson } from './stable-json';

/** The caps of the schemas these merges must stay within. */
const MAX_NOTES = 20_000;
const MAX_HISTORY = 50;
const MAX_QUESTIONS = 50;
const MAX_TAKEAWAYS = 50;
const MAX_ACTION_ITEMS = 100;

/** Which copy is newer; a tie keeps the copy saved here. */
export function fileIsNewer(here: { updatedAt: string }, file: { updatedAt: string }): boolean {
  return Date.parse(file.updatedAt) > Date.parse(here.updatedAt);
}

export const dayOf = (instant: string): string => instant.slice(0, 10);

export interface NotesMerge {
  text: string;
  /** Both texts are in `text`. */
  combined: boolean;
  /** Too long for one field: the older text did not fit and must be kept elsewhere (a timeline note). */
  overflow?: string;
}

/**
 * Notes of two copies. The newer text stays first; the older follows under a dated line naming
 * where it came from, unless the newer already contains it (so importing the same file twice
 * changes nothing the second time).
 */
export function mergeNotes(newer: string, older: string, olderHeading: string, max: number = MAX_NOTES): NotesMerge {
  const olderText = older.trim();
  if (!olderText || newer.includes(olderText)) return { text: newer, combined: false };
  const combined = newer.trim() ? `${newer.trimEnd()}\n\n— ${olderHeading}:\n${olderText}` : `— ${olderHeading}:\n${olderText}`;
  if (combined.length <= max) return { text: combined, combined: true };
  return { text: newer, combined: false, overflow: older };
}

/** "Notes from the backup exported on 2026-04-01 (changed 2026-03-20)". */
export function notesHeading(fromFile: boolean, source: string, changedAt: string): string {
  return fromFile ? `Notes from ${source} (changed ${dayOf(changedAt)})` : `Notes saved here before the import (changed ${dayOf(changedAt)})`;
}

export interface DraftMerge {
  draft: Draft;
  fileNewer: boolean;
  /** The older copy's wording was added to the history. */
  keptInHistory: boolean;
}

const versionKey = (v: { subject: string; text: string }) => `${v.subject}\u0000${v.text}`;

/**
 * One draft saved here and in the file. The newer wording is the draft's; the other wording goes
 * into its history, dated when it was last changed and marked with where it came from ("the
 * backup exported on …", or "this browser, before the import"). Both histories are kept.
 */
export function mergeDraft(here: Draft, file: Draft, source: string): DraftMerge {
  const fileNewer = fileIsNewer(here, file);
  const [newer, older] = fileNewer ? [file, here] : [here, file];
  const olderFrom = fileNewer ? 'this browser, before the import' : source;
  const known = new Set([versionKey(newer), ...newer.history.map(versionKey)]);
  const history: DraftVersion[] = [...newer.history];
  for (const version of older.history) {
    if (known.has(versionKey(version))) continue;
    known.add(versionKey(version));
    history.push(version);
  }
  let keptInHistory = false;
  if (!known.has(versionKey(older))) {
    history.push({ at: older.updatedAt, subject: older.subject, text: older.text, from: olderFrom });
    keptInHistory = true;
  }
  history.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const copied = [here.copiedAt, file.copiedAt].filter((x): x is string => Boolean(x)).sort();
  const draft: Draft = {
    ...newer,
    id: here.id,
    personId: here.personId,
    createdAt: earlier(here.createdAt, file.createdAt),
    ...(copied.length ? { copiedAt: copied[copied.length - 1] } : {}),
    // The oldest go first, as when the mentee saves a new wording (utils/db/drafts.ts).
    history: history.slice(-MAX_HISTORY),
  };
  return { draft, fileNewer, keptInHistory };
}

export interface MeetingMerge {
  meeting: Meeting;
  fileNewer: boolean;
  notesCombined: boolean;
  /** Things that did not fit the caps. */
  warnings: string[];
}

function joinLists(newer: readonly string[], older: readonly string[], max: number, what: string, warnings: string[]): string[] {
  const out = [...newer];
  const seen = new Set(newer.map((s) => s.trim()));
  for (const item of older) {
    if (!item.trim() || seen.has(item.trim())) continue;
    seen.add(item.trim());
    out.push(item);
  }
  if (out.length > max) {
    warnings.push(`Only ${max} ${what} fit in one meeting; ${out.length - max} from the older copy were left out.`);
    out.length = max;
  }
  return out;
}

/**
 * One meeting saved here and in the file: the newer copy's time, format and agreement; notes both
 * kept when they differ; questions, takeaways and action items joined (an action item by its id:
 * the newer copy's state of it).
 */
export function mergeMeeting(here: Meeting, file: Meeting, source: string): MeetingMerge {
  const fileNewer = fileIsNewer(here, file);
  const [newer, older] = fileNewer ? [file, here] : [here, file];
  const warnings: string[] = [];
  const notes = mergeNotes(newer.notes, older.notes, notesHeading(!fileNewer, source, older.updatedAt));
  if (notes.overflow !== undefined) warnings.push('The meeting notes of both copies are too long for one field; the older copy’s notes were left out.');
  const itemIds = new Set(newer.actionItems.map((a) => a.id));
  const actionItems = [...newer.actionItems, ...older.actionItems.filter((a) => !itemIds.has(a.id))];
  if (actionItems.length > MAX_ACTION_ITEMS) {
    warnings.push(`Only ${MAX_ACTION_ITEMS} action items fit in one meeting; ${actionItems.length - MAX_ACTION_ITEMS} from the older copy were left out.`);
    actionItems.length = MAX_ACTION_ITEMS;
  }
  const meeting: Meeting = {
    ...newer,
    id: here.id,
    personId: here.personId,
    notes: notes.text,
    questions: joinLists(newer.questions, older.questions, MAX_QUESTIONS, 'questions', warnings),
    takeaways: joinLists(newer.takeaways, older.takeaways, MAX_TAKEAWAYS, 'takeaways', warnings),
    actionItems,
    createdAt: earlier(here.createdAt, file.createdAt),
  };
  return { meeting, fileNewer, notesCombined: notes.combined, warnings };
}

export interface PersonMerge {
  person: Person;
  fileNewer: boolean;
  /** Plain names of what the file's copy replaces ("name", "status (Request sent → Replied)"). */
  replaced: string[];
  notesCombined: boolean;
  /** The older notes when both did not fit in one field (kept as a timeline note instead). */
  notesOverflow?: string;
  /** Addresses added to the person's other addresses. */
  addedUrls: string[];
}

const PROFILE_FIELDS: [keyof Person['profile'], string][] = [
  ['name', 'name'],
  ['headline', 'headline'],
  ['company', 'company'],
  ['location', 'location'],
  ['about', 'about'],
  ['experience', 'experience'],
  ['education', 'education'],
  ['skills', 'skills'],
  ['photoUrl', 'photo address'],
];

/**
 * One person saved here and in the file. Identity stays this browser's (id, main address) and so
 * does the photo choice (loading a photo is a request to another server: this browser's decision).
 * The newer copy's details, status and tags; notes both kept when they differ; the earliest
 * creation and the latest activity; `urls` (addresses the file proves were merged into this person)
 * join the other addresses.
 */
export function mergePerson(
  here: Person,
  file: Person,
  options: { source: string; statusLabel: (status: Person['status']) => string; urls: readonly string[]; sameUrl: (a: string, b: string) => boolean },
): PersonMerge {
  const fileNewer = fileIsNewer(here, file);
  const [newer, older] = fileNewer ? [file, here] : [here, file];
  const notes = mergeNotes(newer.notes, older.notes, notesHeading(!fileNewer, options.source, older.updatedAt));
  const otherUrls = [...here.otherUrls];
  const addedUrls: string[] = [];
  for (const url of options.urls) {
    if ((here.profileUrl && options.sameUrl(url, here.profileUrl)) || otherUrls.some((u) => options.sameUrl(u, url))) continue;
    if (otherUrls.length >= 50) break;
    otherUrls.push(url);
    addedUrls.push(url);
  }
  const person: Person = {
    ...newer,
    id: here.id,
    ...(here.profileUrl ? { profileUrl: here.profileUrl } : {}),
    profile: { ...newer.profile, profileUrl: here.profile.profileUrl || newer.profile.profileUrl },
    notes: notes.text,
    otherUrls,
    showPhoto: here.showPhoto,
    createdAt: earlier(here.createdAt, file.createdAt),
    lastActivityAt: later(here.lastActivityAt, file.lastActivityAt),
  };
  if (!here.profileUrl) delete person.profileUrl;
  const replaced: string[] = [];
  if (fileNewer) {
    for (const [field, words] of PROFILE_FIELDS) {
      if (stableJson(here.profile[field]) !== stableJson(file.profile[field])) replaced.push(words);
    }
    if (here.status !== file.status) replaced.push(`status (${options.statusLabel(here.status)} → ${options.statusLabel(file.status)})`);
    if (stableJson(here.tags) !== stableJson(file.tags)) replaced.push('tags');
  }
  return { person, fileNewer, replaced, notesCombined: notes.combined, ...(notes.overflow !== undefined ? { notesOverflow: notes.overflow } : {}), addedUrls };
}

function earlier(a: string, b: string): string {
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

function later(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
