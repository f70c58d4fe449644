import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDraft, HISTORY_LIMIT, listDrafts, markCopied, restoreDraft, saveDraft, saveDraftKeepingBoth, type DraftInput } from '../../../utils/db/drafts';
import { getPerson } from '../../../utils/db/people';
import { applyBulkWrite, dumpAll, listForPerson } from '../../../utils/db/records';
import type { Status } from '../../../utils/schema/status';
import { makePerson, plus, resetIds, T0 } from '../builders';
import { closeDatabases, freshDb } from './helpers';

beforeEach(() => resetIds());
afterEach(closeDatabases);

type Db = Awaited<ReturnType<typeof freshDb>>['db'];

const at = (days: number) => new Date(plus(T0, days));

async function seedPerson(db: Db, status: Status = 'saved') {
  const person = makePerson({ status });
  await applyBulkWrite({ put: { people: [person] } }, db);
  return person;
}

function input(personId: string, overrides: Partial<DraftInput> = {}): DraftInput {
  return {
    personId,
    channel: 'connection-note',
    subject: '',
    text: 'Hi Ada, I would love to hear about your role at Examplecorp. Open to a 20-minute call?',
    factIds: ['role:0'],
    admiration: '',
    templateId: 'builtin-connection-note',
    ...overrides,
  };
}

describe('saveDraft', () => {
  it('creates a draft with an id, both dates and an empty history', async () => {
    const { db } = await freshDb();
    const person = await seedPerson(db);
    const draft = await saveDraft(input(person.id), at(0), db);
    expect(draft.id).toMatch(/^d:/);
    expect(draft).toMatchObject({ createdAt: T0, updatedAt: T0, history: [], templateId: 'builtin-connection-note' });
    expect(await listDrafts(person.id, db)).toEqual([draft]);
  });

  it('keeps the previous wording in history when the text or subject changes', async () => {
    const { db } = await freshDb();
    const person = await seedPerson(db);
    const first = await saveDraft(input(person.id), at(0), db);
    const second = await saveDraft(input(person.id, { id: first.id, text: 'Shorter: 20-minute call?' }), at(1), db);
    expect(second.createdAt).toBe(T0);
    expect(second.updatedAt).toBe(plus(T0, 1));
    expect(second.history).toEqual([{ at: T0, subject: '', text: first.text }]);

    const third = await saveDraft(input(person.id, { id: first.id, text: second.text, subject: 'A subject' }), at(2), db);
    expect(third.history.map((h) => h.text)).toEqual([first.text, second.text]);
  });

  it('adds nothing to history when only the facts or own words changed', async () => {
    const { db } = await freshDb();
    const person = await seedPerson(db);
    const first = await saveDraft(input(person.id), at(0), db);
    const second = await saveDraft(input(person.id, { id: first.id, factIds: ['skill:hiring'], admiration: 'your post on hiring' }), at(1), db);
    expect(second.history).toEqual([]);
    expect(second.factIds).toEqual(['skill:hiring']);
  });

  it(`caps history at ${HISTORY_LIMIT}, dropping the oldest wording`, async () => {
    const { db } = await freshDb();
    const person = await seedPerson(db);
    const first = await saveDraft(input(person.id, { text: 'wording 0' }), at(0), db);
    let last = first;
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) last = await saveDraft(input(person.id, { id: first.id, text: `wording ${i}` }), at(i), db);
    expect(last.history).toHaveLength(HISTORY_LIMIT);
    expect(last.history[0]!.text).toBe('wording 5');
    expect(last.history.at(-1)!.text).toBe(`wording ${HISTORY_LIMIT + 4}`);
  });

  it('derives history from the stored draft, not from a stale copy the page holds', async () => {
    const { db } = await freshDb();
    const person = await seedPerson(db);
    const first = await saveDraft(input(person.id, { text: 'one' }), at(0), db);
    // Two windows save different wordings of the same draft, each from the copy it loaded.
    await saveDraft(input(person.id, { id: first.id, text: 'two' }), at(1), db);
    const last = await saveDraft(input(person.id, { id: first.id, text: 'three' }), at(2), db);
    expect(last.history.map((h) => h.text)).toEqual(['one', 'two']);
  });

  it('keeps copiedAt when the draft is edited after a copy', async () => {
    const { db } = await freshDb();
    const person = await seedPerson(db);
    const first = await saveDraft(input(person.id), at(0), db);
    await markCopied(first.id, at(1), db);
    const edited = await saveDraft(input(person.id, { id: first.id, text: 'Edited after copying: 15-minute call?' }), at(2), db);
    expect(edited.copiedAt).toBe(plus(T0, 1));
  });

  it("refuses to move a draft to another person and stores nothing", async () => {
    const { db } = await freshDb();
    const person = await seedPerson(db);
    const other = await seedPerson(db);
    const first = await saveDraft(input(person.id), at(0), db);
    const before = await dumpAll(db);
    await expect(saveDraft(input(other.id, { id: first.id }), at(1), db)).rejects.toThrow(/belongs to someone else/);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('leaves a damaged stored draft as it is rather than overwrite it', async () => {
    const { db } = await freshDb();
    const person = await seedPerson(db);
    await db.put('drafts', { id: 'd:damaged', personId: person.id, text: 42 } as never);
    const before = await dumpAll(db);
    await expect(saveDraft(input(person.id, { id: 'd:damaged' }), at(1), db)).rejects.toThrow(/cannot be read/);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('rejects an invalid draft in words and stores nothing', async () => {
    const { db } = await freshDb();
    const person = await seedPerson(db);
    await expect(saveDraft(input(person.id, { text: 'x'.repeat(20_001) }), at(0), db)).rejects.toThrow(/nothing was changed/);
    expect(await listDrafts(person.id, db)).toEqual([]);
  });
});

describe('listDrafts', () => {
  it("lists only this person's drafts, most recently changed first", async () => {
    const { db } = await freshDb();
    const person = await seedPerson(db);
    const other = await seedPerson(db);
    const older = await saveDraft(input(person.id), at(0), db);
    const newer = await saveDraft(input(person.id, { channel: 'message' }), at(3), db);
    await saveDraft(input(other.id), at(5), db);
    expect((await listDrafts(person.id, db)).map((d) => d.id)).toEqual([newer.id, older.id]);
  });
});

describe('deleteDraft', () => {
  it('returns the deleted draft, and restoreDraft puts it back exactly', async () => {
    const { db } = await freshDb();
    const person = await seedPerson(db);
    const first = await saveDraft(input(person.id), at(0), db);
    const edited = await saveDraft(input(person.id, { id: first.id, text: 'Second wording: a 15-minute call?' }), at(1), db);
    const before = await dumpAll(db);

    const deleted = await deleteDraft(first.id, db);
    expect(deleted).toEqual(edited);
    expect(await listDrafts(person.id, db)).toEqual([]);

    await restoreDraft(deleted!, db);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('returns undefined for a draft that is already gone', async () => {
    const { db } = await freshDb();
    expect(await deleteDraft('d:missing', db)).toBeUndefined();
  });
});

describe('markCopied', () => {
  it('sets copiedAt, logs a "copied" event and moves the person from saved to drafted, in one go', async () => {
    const { db } = await freshDb();
    const person = await seedPerson(db, 'saved');
    const draft = await saveDraft(input(person.id), at(0), db);

    const result = await markCopied(draft.id, at(1), db);
    expect(result.draft.copiedAt).toBe(plus(T0, 1));
    expect(result.person.status).toBe('drafted');

    const stored = await getPerson(person.id, db);
    expect(stored).toMatchObject({ status: 'drafted', lastActivityAt: plus(T0, 1), updatedAt: plus(T0, 1) });
    const events = await listForPerson('events', person.id, db);
    expect(events.find((e) => e.type === 'copied')).toMatchObject({
      channel: 'connection-note',
      draftId: draft.id,
      templateId: 'builtin-connection-note',
      at: plus(T0, 1),
    });
    expect(events.find((e) => e.type === 'status')).toMatchObject({ from: 'saved', to: 'drafted', channel: 'connection-note' });
    expect((await listDrafts(person.id, db))[0]!.copiedAt).toBe(plus(T0, 1));
  });

  it.each(['drafted', 'sent', 'replied', 'mentoring', 'declined'] as const)('leaves a person who is "%s" where they are', async (status) => {
    const { db } = await freshDb();
    const person = await seedPerson(db, status);
    const draft = await saveDraft(input(person.id), at(0), db);
    const result = await markCopied(draft.id, at(1), db);
    expect(result.events.map((e) => e.type)).toEqual(['copied']);
    expect(await getPerson(person.id, db)).toEqual(person);
  });

  it('omits templateId on the event when the draft has none', async () => {
    const { db } = await freshDb();
    const person = await seedPerson(db);
    const draft = await saveDraft(input(person.id, { templateId: undefined }), at(0), db);
    const { events } = await markCopied(draft.id, at(1), db);
    expect(events[0]).not.toHaveProperty('templateId');
  });

  it('adds a new "copied" event on every copy, and the status moves only once', async () => {
    const { db } = await freshDb();
    const person = await seedPerson(db);
    const draft = await saveDraft(input(person.id), at(0), db);
    await markCopied(draft.id, at(1), db);
    await markCopied(draft.id, at(2), db);
    const events = await listForPerson('events', person.id, db);
    expect(events.filter((e) => e.type === 'copied')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'status')).toHaveLength(1);
  });

  it('stores nothing and says why when the person was deleted meanwhile', async () => {
    const { db } = await freshDb();
    const person = await seedPerson(db);
    const draft = await saveDraft(input(person.id), at(0), db);
    await db.delete('people', person.id);
    const before = await dumpAll(db);
    await expect(markCopied(draft.id, at(1), db)).rejects.toThrow(/no longer saved/);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('says so when the draft was deleted meanwhile', async () => {
    const { db } = await freshDb();
    await seedPerson(db);
    await expect(markCopied('d:gone', at(1), db)).rejects.toThrow(/draft is no longer saved/);
  });
});

describe('a draft reworded in two windows at once (issue #9, item 5)', () => {
  it('keeps both wordings, the other in the history, and says so', async () => {
    const { db } = await freshDb();
    const person = await seedPerson(db);
    const loaded = await saveDraft(input(person.id, { text: 'Hi Ada, first wording' }), new Date(T0), db);
    // Window A rewords and saves first, from the draft both windows loaded.
    const a = await saveDraftKeepingBoth(input(person.id, { id: loaded.id, text: 'Hi Ada, wording from window A' }), loaded, new Date(plus(T0, 1)), db);
    expect(a.otherWordingKept).toBe(false);
    // Window B started from the same draft.
    const b = await saveDraftKeepingBoth(input(person.id, { id: loaded.id, text: 'Hi Ada, wording from window B' }), loaded, new Date(plus(T0, 2)), db);
    expect(b.otherWordingKept).toBe(true);
    expect(b.draft.text).toBe('Hi Ada, wording from window B');
    expect(b.draft.history.map((h) => h.text)).toEqual(['Hi Ada, first wording', 'Hi Ada, wording from window A']);
    // Saving again from what it now holds is no conflict.
    const again = await saveDraftKeepingBoth(input(person.id, { id: loaded.id, text: 'Hi Ada, final' }), b.draft, new Date(plus(T0, 3)), db);
    expect(again.otherWordingKept).toBe(false);
  });
});
