import { beforeEach, describe, expect, it } from 'vitest';
import { draftSchema } from '../../../utils/schema/draft';
import { timelineEventSchema } from '../../../utils/schema/event';
import { meetingSchema } from '../../../utils/schema/meeting';
import { pageSectionRecordSchema, personSchema, snapshotSchema } from '../../../utils/schema/person';
import { mergePeople, pickSurvivor, type PersonRecords } from '../../../utils/tracking/merge';
import { T0, makeDraft, makeEvent, makeMeeting, makePageSection, makePerson, makeReflection, makeSnapshot, plus, resetIds } from '../builders';

beforeEach(() => resetIds());

const NOW = plus(T0, 50);

function bundle(person: ReturnType<typeof makePerson>): PersonRecords {
  const snapshot = makeSnapshot(person.id);
  return {
    person,
    snapshots: [snapshot],
    pageSections: [makePageSection(snapshot)],
    events: [makeEvent(person.id, 'saved', person.createdAt), makeEvent(person.id, 'note', plus(person.createdAt, 1), { text: `note on ${person.id}` })],
    drafts: [makeDraft(person.id)],
    reflections: [makeReflection(person.id, plus(person.createdAt, 2))],
    meetings: [makeMeeting(person.id)],
  };
}

function linkedIn() {
  return makePerson({
    id: 'li:ada-example',
    profileUrl: 'https://www.linkedin.com/in/ada-example/',
    createdAt: plus(T0, 10),
    status: 'saved',
    notes: 'Met at the meetup.',
    tags: ['platform', 'Berlin'],
    profile: { source: 'linkedin', headline: '', about: '', skills: [], photoUrl: '' },
  });
}

function website() {
  return makePerson({
    id: 'p:site',
    profileUrl: 'https://ada.example.org',
    createdAt: T0,
    status: 'sent',
    notes: 'Writes about hiring.',
    tags: ['berlin', 'writing'],
    otherUrls: ['https://blog.example.org/ada'],
    lastActivityAt: plus(T0, 20),
    profile: { source: 'web', headline: 'VP Engineering', about: 'I build teams.', skills: ['hiring'], photoUrl: 'https://ada.example.org/me.jpg' },
  });
}

describe('pickSurvivor', () => {
  it('keeps the LinkedIn record even when it is newer', () => {
    expect(pickSurvivor(website(), linkedIn()).survivor.id).toBe('li:ada-example');
    expect(pickSurvivor(linkedIn(), website()).survivor.id).toBe('li:ada-example');
  });

  it('otherwise keeps the older one, then the smaller id', () => {
    const old = makePerson({ id: 'p:b', createdAt: T0 });
    const young = makePerson({ id: 'p:a', createdAt: plus(T0, 1) });
    expect(pickSurvivor(young, old).survivor.id).toBe('p:b');
    expect(pickSurvivor(makePerson({ id: 'p:z' }), makePerson({ id: 'p:y' })).survivor.id).toBe('p:y');
  });
});

describe('mergePeople', () => {
  it('keeps everything: records re-pointed, notes joined, addresses and tags united, empty fields filled', () => {
    const a = bundle(linkedIn());
    const b = bundle(website());
    const result = mergePeople(b, a, { now: NOW, newId: () => 'ev-merged' });
    if (!result.ok) throw new Error(result.reason);
    const { survivor, put, deletePersonIds, warnings } = result;

    expect(deletePersonIds).toEqual(['p:site']);
    expect(warnings).toEqual([]);
    expect(survivor.id).toBe('li:ada-example');
    expect(survivor.profileUrl).toBe('https://www.linkedin.com/in/ada-example/');
    expect(survivor.otherUrls).toEqual(['https://ada.example.org', 'https://blog.example.org/ada']);
    expect(survivor.notes).toBe('Met at the meetup.\n\n— Notes from Ada Example (https://ada.example.org):\nWrites about hiring.');
    expect(survivor.tags).toEqual(['platform', 'Berlin', 'writing']);
    expect(survivor.profile).toMatchObject({ source: 'linkedin', headline: 'VP Engineering', about: 'I build teams.', skills: ['hiring'], photoUrl: 'https://ada.example.org/me.jpg' });
    expect(survivor.profile.company).toBe('Examplecorp');
    // Further along wins: the website record had the request sent.
    expect(survivor.status).toBe('sent');
    expect(survivor.createdAt).toBe(T0);
    expect(survivor.lastActivityAt).toBe(plus(T0, 20));
    expect(survivor.updatedAt).toBe(NOW);

    // The other's records, re-pointed; the survivor's own are untouched (not in put).
    for (const store of ['snapshots', 'pageSections', 'drafts', 'meetings', 'reflections'] as const) {
      expect(put[store]).toEqual(b[store].map((r) => ({ ...r, personId: 'li:ada-example' })));
    }
    expect(put.events).toEqual([
      ...b.events.map((e) => ({ ...e, personId: 'li:ada-example' })),
      { id: 'ev-merged', personId: 'li:ada-example', type: 'merged', at: NOW, text: 'Merged with the record of Ada Example (https://ada.example.org).', from: 'saved', to: 'sent' },
    ]);
    expect(put.people).toEqual([survivor]);

    // Everything it writes is valid.
    expect(personSchema.safeParse(survivor).success).toBe(true);
    put.events.forEach((e) => expect(timelineEventSchema.safeParse(e).success).toBe(true));
    put.snapshots.forEach((s) => expect(snapshotSchema.safeParse(s).success).toBe(true));
    put.pageSections.forEach((s) => expect(pageSectionRecordSchema.safeParse(s).success).toBe(true));
    put.drafts.forEach((d) => expect(draftSchema.safeParse(d).success).toBe(true));
    put.meetings.forEach((m) => expect(meetingSchema.safeParse(m).success).toBe(true));

    // Nothing lost: after applying, the survivor owns both sides' records.
    const owned = [...a.events, ...put.events].filter((e) => e.personId === 'li:ada-example');
    expect(owned).toHaveLength(a.events.length + b.events.length + 1);
  });

  it('lets the mentee pick which one stays', () => {
    const result = mergePeople(bundle(linkedIn()), bundle(website()), { now: NOW, keepId: 'p:site' });
    expect(result.ok && result.survivor.id).toBe('p:site');
    expect(result.ok && result.survivor.otherUrls).toContain('https://www.linkedin.com/in/ada-example/');
    expect(mergePeople(bundle(linkedIn()), bundle(website()), { now: NOW, keepId: 'p:nobody' }).ok).toBe(false);
  });

  it('refuses to merge a record with itself', () => {
    const a = bundle(linkedIn());
    expect(mergePeople(a, a, { now: NOW })).toEqual({ ok: false, reason: expect.any(String) });
  });

  it('puts notes that do not fit on the timeline instead of cutting them', () => {
    const a = bundle(makePerson({ id: 'li:x', notes: 'a'.repeat(15_000) }));
    const b = bundle(makePerson({ id: 'p:y', notes: 'b'.repeat(15_000) }));
    const result = mergePeople(a, b, { now: NOW });
    if (!result.ok) throw new Error(result.reason);
    expect(result.survivor.notes).toBe('a'.repeat(15_000));
    expect(result.put.events.find((e) => e.type === 'note' && e.text === 'b'.repeat(15_000))).toBeDefined();
    expect(result.warnings).toHaveLength(1);
  });

  it('does not repeat notes one record already contains, and keeps the survivor’s status when it is further', () => {
    const a = bundle(makePerson({ id: 'li:x', notes: 'Shared note. And more.', status: 'mentoring' }));
    const b = bundle(makePerson({ id: 'p:y', notes: 'Shared note.', status: 'sent' }));
    const result = mergePeople(a, b, { now: NOW });
    expect(result.ok && result.survivor.notes).toBe('Shared note. And more.');
    expect(result.ok && result.survivor.status).toBe('mentoring');
    expect(result.ok && result.put.events.at(-1)).not.toHaveProperty('to');
  });

  it('caps tags at the schema limit and says so', () => {
    const a = bundle(makePerson({ id: 'li:x', tags: Array.from({ length: 40 }, (_, i) => `a${i}`) }));
    const b = bundle(makePerson({ id: 'p:y', tags: Array.from({ length: 40 }, (_, i) => `b${i}`) }));
    const result = mergePeople(a, b, { now: NOW });
    expect(result.ok && result.survivor.tags).toHaveLength(50);
    expect(result.ok && result.warnings[0]).toMatch(/50 tags/);
  });
});
