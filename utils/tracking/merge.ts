// Two records of the same human (their LinkedIn profile and their personal site, saved separately)
// become one. Nothing is lost: every snapshot, draft, event and meeting moves to the record that
// stays, the other's address is kept in `otherUrls` so saving either page again finds the merged
// person, and a "merged" event says what happened.
import type { Draft } from '../schema/draft';
import type { TimelineEvent } from '../schema/event';
import type { Meeting } from '../schema/meeting';
import type { Reflection } from '../schema/reflection';
import type { PageSectionRecord, Person, Snapshot } from '../schema/person';
import type { ProfileDraft } from '../schema/profile';
import type { Status } from '../schema/status';
import { canonicalProfileUrl, isLinkedInUrl } from '../extract/profile-url';
import { newId } from '../db/ids';
import type { PersonRecordSets } from '../schema/records';

/** A person and everything stored about them. */
export interface PersonRecords {
  person: Person;
  snapshots: readonly Snapshot[];
  pageSections: readonly PageSectionRecord[];
  events: readonly TimelineEvent[];
  drafts: readonly Draft[];
  meetings: readonly Meeting[];
  reflections: readonly Reflection[];
}

export interface MergeOptions {
  /** When the merge happens (the merged event's time and the survivor's `updatedAt`). */
  now: string;
  /** Keep this person's id instead of the rule's choice (the mentee picked one). */
  keepId?: string;
  newId?: () => string;
}

export type MergeResult =
  | {
      ok: true;
      /** The merged person (also first in `put.people`). */
      survivor: Person;
      /** Records to put, in one transaction: the survivor, the other's records re-pointed, the new events. */
      put: PersonRecordSets;
      /** The merged-away person; their records are re-pointed in `put`, so delete only the person. */
      deletePersonIds: string[];
      /** Things that did not fit the schema's caps and how they were kept instead. */
      warnings: string[];
    }
  | { ok: false; reason: string };

/** Caps from utils/schema/person.ts, repeated here because the merge must stay within them. */
const MAX_NOTES = 20_000;
const MAX_TAGS = 50;
const MAX_OTHER_URLS = 50;

/**
 * How far along an outreach is, for choosing the merged status: the record that got further
 * wins, because both records describe the same outreach seen from two saves. "Declined" ranks
 * above "replied" since a refusal usually comes in a reply.
 */
const STATUS_PROGRESS: Record<Status, number> = {
  saved: 0,
  drafted: 1,
  sent: 2,
  'no-reply': 3,
  replied: 4,
  declined: 5,
  'meeting-scheduled': 6,
  mentoring: 7,
  // Pausing and ending usually come after mentoring (issue #13): the later state of the same story.
  paused: 8,
  ended: 9,
};

function isLinkedInPerson(person: Person): boolean {
  return person.id.startsWith('li:') || (!!person.profileUrl && isLinkedInUrl(person.profileUrl));
}

/**
 * Which record stays: the LinkedIn one (its id `li:<slug>` is the same on every device and in
 * every backup, so keeping it lets later imports match); otherwise the older one (its id is the
 * one other devices are likelier to know); the smaller id breaks a tie so the rule is stable.
 */
export function pickSurvivor(a: Person, b: Person): { survivor: Person; other: Person } {
  const aLinkedIn = isLinkedInPerson(a);
  const bLinkedIn = isLinkedInPerson(b);
  if (aLinkedIn !== bLinkedIn) return aLinkedIn ? { survivor: a, other: b } : { survivor: b, other: a };
  const byAge = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (byAge !== 0) return byAge < 0 ? { survivor: a, other: b } : { survivor: b, other: a };
  return a.id <= b.id ? { survivor: a, other: b } : { survivor: b, other: a };
}

/** The survivor's profile, with its empty fields filled from the other's. */
export function fillProfile(survivor: ProfileDraft, other: ProfileDraft): ProfileDraft {
  const merged: ProfileDraft = { ...survivor };
  const target = merged as Record<string, unknown>;
  for (const [key, value] of Object.entries(survivor)) {
    // Where the profile came from and what its extractor noticed describe the survivor's capture.
    if (key === 'source' || key === 'notices') continue;
    const fallback = (other as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim() === '' && typeof fallback === 'string') target[key] = fallback;
    else if (Array.isArray(value) && value.length === 0 && Array.isArray(fallback)) target[key] = fallback;
  }
  return merged;
}

function canonicalOrSelf(url: string): string {
  return canonicalProfileUrl(url) ?? url;
}

/** Merges two people into one; pure: the caller stores `put` and deletes `deletePersonIds` in one transaction. */
export function mergePeople(a: PersonRecords, b: PersonRecords, options: MergeOptions): MergeResult {
  if (a.person.id === b.person.id) return { ok: false, reason: 'These are the same record already.' };
  let pick = pickSurvivor(a.person, b.person);
  if (options.keepId) {
    if (options.keepId !== a.person.id && options.keepId !== b.person.id) return { ok: false, reason: 'The record to keep is not one of the two being merged.' };
    pick = options.keepId === a.person.id ? { survivor: a.person, other: b.person } : { survivor: b.person, other: a.person };
  }
  const { survivor: kept, other } = pick;
  const keptRecords = kept === a.person ? a : b;
  const otherRecords = kept === a.person ? b : a;
  const makeId = options.newId ?? (() => newId('ev'));
  const warnings: string[] = [];
  const otherLabel = `${other.profile.name}${other.profileUrl ? ` (${other.profileUrl})` : ''}`;

  // Addresses: the survivor's own stays primary; the other's becomes an alternative.
  const profileUrl = kept.profileUrl || other.profileUrl || undefined;
  const seen = new Set<string>(profileUrl ? [canonicalOrSelf(profileUrl)] : []);
  const otherUrls: string[] = [];
  for (const url of [...kept.otherUrls, ...(other.profileUrl ? [other.profileUrl] : []), ...other.otherUrls]) {
    if (!url) continue;
    const key = canonicalOrSelf(url);
    if (seen.has(key)) continue;
    seen.add(key);
    otherUrls.push(url);
  }
  if (otherUrls.length > MAX_OTHER_URLS) {
    warnings.push(`Only ${MAX_OTHER_URLS} other addresses can be kept; ${otherUrls.length - MAX_OTHER_URLS} were left out.`);
    otherUrls.length = MAX_OTHER_URLS;
  }

  const tagKeys = new Set<string>();
  const tags: string[] = [];
  for (const tag of [...kept.tags, ...other.tags]) {
    const key = tag.trim().toLowerCase();
    if (!key || tagKeys.has(key)) continue;
    tagKeys.add(key);
    tags.push(tag);
  }
  if (tags.length > MAX_TAGS) {
    warnings.push(`Only ${MAX_TAGS} tags can be kept; these were left out: ${tags.slice(MAX_TAGS).join(', ')}.`);
    tags.length = MAX_TAGS;
  }

  const newEvents: TimelineEvent[] = [];
  let notes = kept.notes;
  const keptNotes = kept.notes.trim();
  const otherNotes = other.notes.trim();
  if (otherNotes && !keptNotes.includes(otherNotes)) {
    if (!keptNotes || otherNotes.includes(keptNotes)) notes = other.notes;
    else {
      const combined = `${kept.notes.trimEnd()}\n\n— Notes from ${otherLabel}:\n${other.notes.trim()}`;
      if (combined.length <= MAX_NOTES) notes = combined;
      else {
        // Too long for one notes field: the other's notes go on the timeline, word for word.
        newEvents.push({ id: makeId(), personId: kept.id, type: 'note', at: options.now, text: other.notes });
        warnings.push('The notes were too long to join; the other record’s notes are on the timeline as a note.');
      }
    }
  }

  const status = STATUS_PROGRESS[other.status] > STATUS_PROGRESS[kept.status] ? other.status : kept.status;
  const earlier = (x: string, y: string) => (Date.parse(x) <= Date.parse(y) ? x : y);
  const laterOf = (x: string, y: string) => (Date.parse(x) >= Date.parse(y) ? x : y);

  const survivor: Person = {
    ...kept,
    ...(profileUrl ? { profileUrl } : {}),
    profile: fillProfile(kept.profile, other.profile),
    status,
    notes,
    tags,
    otherUrls,
    createdAt: earlier(kept.createdAt, other.createdAt),
    updatedAt: options.now,
    lastActivityAt: laterOf(kept.lastActivityAt, other.lastActivityAt),
  };

  newEvents.unshift({
    id: makeId(),
    personId: kept.id,
    type: 'merged',
    at: options.now,
    text: `Merged with the record of ${otherLabel}.`,
    // The status moved by the merge is recorded like a status change, so "undo" rules see it.
    ...(status !== kept.status ? { from: kept.status, to: status } : {}),
  });

  // Records keep their ids (unique per store), so putting them re-pointed moves them.
  const repoint = <T extends { personId: string }>(own: readonly T[], theirs: readonly T[], idOf: (r: T) => string, what: string): T[] => {
    const ownIds = new Set(own.map(idOf));
    const moved: T[] = [];
    for (const record of theirs) {
      if (ownIds.has(idOf(record))) {
        warnings.push(`A ${what} with the same id (${idOf(record)}) was on both records; the kept record’s copy stays.`);
        continue;
      }
      moved.push({ ...record, personId: kept.id });
    }
    return moved;
  };
  const byId = (r: { id: string }) => r.id;

  return {
    ok: true,
    survivor,
    put: {
      people: [survivor],
      snapshots: repoint(keptRecords.snapshots, otherRecords.snapshots, byId, 'snapshot'),
      pageSections: repoint(keptRecords.pageSections, otherRecords.pageSections, (r) => r.snapshotId, 'page section'),
      events: [...repoint(keptRecords.events, otherRecords.events, byId, 'timeline entry'), ...newEvents],
      drafts: repoint(keptRecords.drafts, otherRecords.drafts, byId, 'draft'),
      meetings: repoint(keptRecords.meetings, otherRecords.meetings, byId, 'meeting'),
      reflections: repoint(keptRecords.reflections, otherRecords.reflections, byId, 'reflection'),
    },
    deletePersonIds: [other.id],
    warnings,
  };
}
