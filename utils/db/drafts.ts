// Database operations behind the drafting screen: drafts saved with their earlier wordings, and
// "copied", which records the copy and moves the person from "saved" to "drafted". Each write is
// ONE transaction that reads the stored record and derives the change from it, so two windows
// editing the same draft never drop each other's wording from its history.
import type { Draft } from '../schema/draft';
import { draftSchema } from '../schema/draft';
import { timelineEventSchema, type TimelineEvent } from '../schema/event';
import { personSchema, type Person } from '../schema/person';
import { changeStatus } from '../tracking/status';
import { announceChange, inTransaction, openDatabase, type MentorScoutDb } from './database';
import { StorageProblem, withStorageErrors } from './errors';
import { newId } from './ids';
import { listForPerson, putRecord } from './records';

/** How many earlier wordings a draft keeps (the schema's cap); the oldest go first. */
export const HISTORY_LIMIT = 50;

/** What the composer owns; ids, dates and history are the database's business. */
export type DraftInput = Pick<Draft, 'personId' | 'channel' | 'subject' | 'text' | 'factIds' | 'admiration'> &
  Partial<Pick<Draft, 'id' | 'templateId'>>;

/**
 * Stores a draft: a new one when `id` is absent or unknown, else an update. An update whose
 * wording (text or subject) changed keeps the stored wording in `history`; the history, creation
 * and copy dates always come from the stored record, never from the caller's copy.
 */
export async function saveDraft(input: DraftInput, now: Date = new Date(), db?: MentorScoutDb): Promise<Draft> {
  return (await storeDraft(input, null, now, db)).draft;
}

/** The wording a composer started from: the stored draft as it loaded it (or last saved it). */
export type DraftBase = Pick<Draft, 'text' | 'subject'>;

/**
 * saveDraft from a composer that remembers the wording it started from (issue #9, item 5). When
 * another window reworded the same draft meanwhile and this one reworded it too, both are kept:
 * this wording is the draft, the other one goes into its history (as every replaced wording does),
 * and `otherWordingKept` says so, for the composer to tell the mentee.
 */
export async function saveDraftKeepingBoth(input: DraftInput, base: DraftBase | null, now: Date = new Date(), db?: MentorScoutDb): Promise<{ draft: Draft; otherWordingKept: boolean }> {
  return storeDraft(input, base, now, db);
}

async function storeDraft(input: DraftInput, base: DraftBase | null, now: Date, db?: MentorScoutDb): Promise<{ draft: Draft; otherWordingKept: boolean }> {
  const at = now.toISOString();
  return withStorageErrors(async () => {
    const saved = await inTransaction(db ?? (await openDatabase()), ['drafts'], 'readwrite', async (tx) => {
      const id = input.id ?? newId('d');
      const raw = await tx.objectStore('drafts').get(id);
      const stored = raw ? draftSchema.safeParse(raw) : null;
      // A damaged record is kept as it is (a backup may still hold what it was), never overwritten.
      if (stored && !stored.success) throw new StorageProblem('The saved copy of this draft cannot be read, so it was left as it is. Start a new draft to save this wording.');
      const current = stored?.success ? stored.data : undefined;
      if (current && current.personId !== input.personId) throw new StorageProblem('This draft belongs to someone else, so it was not changed.');
      const reworded = current && (current.text !== input.text || current.subject !== input.subject);
      const next = draftSchema.parse({
        id,
        personId: input.personId,
        channel: input.channel,
        subject: input.subject,
        text: input.text,
        factIds: input.factIds,
        admiration: input.admiration,
        ...(input.templateId ? { templateId: input.templateId } : {}),
        createdAt: current?.createdAt ?? at,
        updatedAt: at,
        ...(current?.copiedAt ? { copiedAt: current.copiedAt } : {}),
        history: current && reworded
          ? [...current.history, { at: current.updatedAt, subject: current.subject, text: current.text }].slice(-HISTORY_LIMIT)
          : (current?.history ?? []),
      });
      await tx.objectStore('drafts').put(next);
      const same = (a: DraftBase, b: DraftBase) => a.text === b.text && a.subject === b.subject;
      // Someone else saved another wording since this composer loaded it, and this one differs too.
      const otherWordingKept = !!(current && base && reworded && !same(current, base) && !same(input, base));
      return { draft: next, otherWordingKept };
    });
    announceChange({ stores: ['drafts'], personIds: [saved.draft.personId] });
    return saved;
  });
}

/** One person's drafts, most recently changed first. */
export async function listDrafts(personId: string, db?: MentorScoutDb): Promise<Draft[]> {
  const drafts = await listForPerson('drafts', personId, db);
  return drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Deletes a draft and returns it, for Undo (restoreDraft); undefined when it was already gone. */
export async function deleteDraft(id: string, db?: MentorScoutDb): Promise<Draft | undefined> {
  return withStorageErrors(async () => {
    const deleted = await inTransaction(db ?? (await openDatabase()), ['drafts'], 'readwrite', async (tx) => {
      const raw = await tx.objectStore('drafts').get(id);
      if (!raw) return undefined;
      await tx.objectStore('drafts').delete(id);
      // Handed back as stored, so Undo puts back exactly what was there even if it no longer parses.
      return raw as Draft;
    });
    if (deleted) announceChange({ stores: ['drafts'], personIds: [deleted.personId] });
    return deleted;
  });
}

/** Puts a deleted draft back exactly as it was (Undo). */
export async function restoreDraft(draft: Draft, db?: MentorScoutDb): Promise<void> {
  await putRecord('drafts', draft, db);
}

export interface CopiedResult {
  draft: Draft;
  person: Person;
  /** The "copied" event, then the status event when the person moved from "saved" to "drafted". */
  events: TimelineEvent[];
}

/**
 * Records that a draft was copied to the clipboard: sets its `copiedAt`, adds a "copied" event
 * (channel, draft, template) and moves the person from "saved" to "drafted". Any other status stays:
 * copying a follow-up for someone already "sent" must not move them back. One transaction.
 */
export async function markCopied(draftId: string, now: Date = new Date(), db?: MentorScoutDb): Promise<CopiedResult> {
  const at = now.toISOString();
  return withStorageErrors(async () => {
    const result = await inTransaction(db ?? (await openDatabase()), ['drafts', 'people', 'events'], 'readwrite', async (tx) => {
      const rawDraft = await tx.objectStore('drafts').get(draftId);
      if (!rawDraft) throw new StorageProblem('This draft is no longer saved (deleted in another window?), so the copy was not recorded.');
      const draft = draftSchema.parse({ ...draftSchema.parse(rawDraft), copiedAt: at });
      const rawPerson = await tx.objectStore('people').get(draft.personId);
      if (!rawPerson) throw new StorageProblem('This person is no longer saved (deleted in another window?), so the copy was not recorded.');
      let person = personSchema.parse(rawPerson);
      const copied = timelineEventSchema.parse({
        id: newId('ev'),
        personId: person.id,
        type: 'copied',
        at,
        channel: draft.channel,
        draftId: draft.id,
        ...(draft.templateId ? { templateId: draft.templateId } : {}),
      });
      const events = [copied];
      if (person.status === 'saved') {
        const moved = changeStatus(person, 'drafted', { at, channel: draft.channel });
        if (moved.ok) {
          person = personSchema.parse(moved.person);
          events.push(timelineEventSchema.parse(moved.event));
        }
      }
      await Promise.all([
        tx.objectStore('drafts').put(draft),
        ...(events.length > 1 ? [tx.objectStore('people').put(person)] : []),
        ...events.map((e) => tx.objectStore('events').put(e)),
      ]);
      return { draft, person, events };
    });
    announceChange({ stores: ['drafts', 'people', 'events'], personIds: [result.person.id] });
    return result;
  });
}
