import { afterEach, describe, expect, it } from 'vitest';
import { findPersonByUrl, listPeople, listSnapshots, saveCapture, updatePerson } from '../../../utils/db/people';
import { listForPerson } from '../../../utils/db/records';
import { emptyProfile, type ProfileDraft } from '../../../utils/schema/profile';
import { closeDatabases, freshDb } from './helpers';

afterEach(closeDatabases);

const linkedIn = (overrides: Partial<ProfileDraft> = {}): ProfileDraft => ({
  ...emptyProfile('linkedin'),
  name: 'Ada Quill',
  headline: 'Director of Platform Engineering at Lumen Freight',
  company: 'Lumen Freight',
  profileUrl: 'https://www.linkedin.com/in/ada-quill-7/',
  ...overrides,
});

describe('saveCapture', () => {
  it('saves a new LinkedIn person under li:<slug> with a snapshot, its page section and a "saved" event', async () => {
    const { db } = await freshDb();
    const { person, created, snapshot } = await saveCapture(
      { profile: linkedIn(), section: { kind: 'text', content: 'Ada Quill …', truncated: false }, sourceUrl: 'https://www.linkedin.com/in/ada-quill-7/' },
      db,
    );
    expect(created).toBe(true);
    expect(person.id).toBe('li:ada-quill-7');
    expect(person.status).toBe('saved');
    expect(await db.get('pageSections', snapshot.id)).toMatchObject({ personId: person.id, content: 'Ada Quill …' });
    expect((await listForPerson('events', person.id, db)).map((e) => e.type)).toEqual(['saved']);
  });

  it('saving the same member from any address variant updates one person and keeps every snapshot and their status', async () => {
    const { db } = await freshDb();
    const variants = [
      'https://www.linkedin.com/in/ada-quill-7/',
      'https://uk.linkedin.com/in/ada-quill-7',
      'https://www.linkedin.com/in/Ada-Quill-7/?trk=public_profile#experience',
      'https://www.linkedin.com/in/ada%2Dquill%2D7/details/experience/',
    ];
    const first = await saveCapture({ profile: linkedIn({ profileUrl: variants[0] }), sourceUrl: variants[0] }, db);
    await updatePerson(first.person.id, (p) => ({ ...p, status: 'sent', notes: 'Sent a note' }), db);
    for (const [i, url] of variants.slice(1).entries()) {
      const again = await saveCapture({ profile: linkedIn({ profileUrl: url, headline: `v${i}` }), sourceUrl: url }, db);
      expect(again.created).toBe(false);
      expect(again.person.id).toBe(first.person.id);
    }
    const { people } = await listPeople(db);
    expect(people).toHaveLength(1);
    // The last address is a /details/experience/ page: it replaces that section only (issue #11),
    // so the headline stays the one the main page gave before it.
    expect(people[0]).toMatchObject({ status: 'sent', notes: 'Sent a note', profile: { headline: 'v1' } });
    expect(await listSnapshots(first.person.id, db)).toHaveLength(4);
    expect((await listForPerson('events', first.person.id, db)).filter((e) => e.type === 'snapshot')).toHaveLength(3);
  });

  it('gives people from other sites a random id and finds them again by canonical URL', async () => {
    const { db } = await freshDb();
    const profile = { ...emptyProfile('web'), name: 'Cleo Marsh', profileUrl: 'https://cleo.example/about/?utm_source=x#me' };
    const first = await saveCapture({ profile, sourceUrl: profile.profileUrl }, db);
    expect(first.person.id).toMatch(/^p:[0-9a-f-]{36}$/);
    expect(first.person.profileUrl).toBe('https://cleo.example/about');
    const second = await saveCapture({ profile: { ...profile, profileUrl: 'https://cleo.example/about' }, sourceUrl: '' }, db);
    expect(second.person.id).toBe(first.person.id);
    expect((await findPersonByUrl('https://CLEO.example/about/', db))?.id).toBe(first.person.id);
  });

  it('never merges people entered by hand without an address', async () => {
    const { db } = await freshDb();
    const profile = { ...emptyProfile('manual'), name: 'Dev Patel' };
    const a = await saveCapture({ profile, sourceUrl: '' }, db);
    const b = await saveCapture({ profile, sourceUrl: '' }, db);
    expect(a.person.id).not.toBe(b.person.id);
    expect(a.person.profileUrl).toBeUndefined();
  });

  it('refuses a profile without a name and a non-web profile address, storing nothing', async () => {
    const { db } = await freshDb();
    await expect(saveCapture({ profile: linkedIn({ name: '  ' }), sourceUrl: '' }, db)).rejects.toThrow();
    await expect(saveCapture({ profile: linkedIn({ profileUrl: 'javascript:alert(1)' }), sourceUrl: '' }, db)).rejects.toThrow(/web address/);
    expect((await listPeople(db)).people).toHaveLength(0);
    expect(await db.count('snapshots')).toBe(0);
  });
});

describe('undoSave', () => {
  it('removes a new person entirely, and gives an updated one their earlier profile back', async () => {
    const { db } = await freshDb();
    const { dumpAll } = await import('../../../utils/db/records');
    const { undoSave } = await import('../../../utils/db/people');
    const empty = await dumpAll(db);
    const first = await saveCapture({ profile: linkedIn(), section: { kind: 'text', content: 'a', truncated: false }, sourceUrl: 'x' }, db);
    const afterFirst = await dumpAll(db);
    const second = await saveCapture({ profile: linkedIn({ headline: 'New role' }), section: { kind: 'text', content: 'b', truncated: false }, sourceUrl: 'y' }, db);
    expect(second.previous?.profile.headline).toBe(first.person.profile.headline);
    await undoSave(second, db);
    expect(await dumpAll(db)).toEqual(afterFirst);
    await undoSave(first, db);
    expect(await dumpAll(db)).toEqual(empty);
  });
});

describe('listEventsSince', () => {
  it('reads only the events dated at or after the given instant', async () => {
    const { db } = await freshDb();
    const { listEventsSince, putRecord } = await import('../../../utils/db/records');
    const { person } = await saveCapture({ profile: linkedIn(), sourceUrl: 'x', now: new Date('2026-10-20T10:00:00.000Z') }, db);
    await putRecord('events', { id: 'ev:old', personId: person.id, type: 'sent', at: '2026-10-31T23:00:00.000Z', channel: 'connection-note' }, db);
    await putRecord('events', { id: 'ev:new', personId: person.id, type: 'sent', at: '2026-11-02T09:00:00.000Z', channel: 'connection-note' }, db);
    expect((await listEventsSince(new Date('2026-11-01T00:00:00.000Z'), db)).map((e) => e.id)).toEqual(['ev:new']);
  });
});

describe('saveCapture of a person already saved (issue #11)', () => {
  const role = (title: string) => ({ title, company: 'Lumen Freight', location: '', start: '2020', end: 'Present', description: '' });
  const partial = 'Only 1 of 3 experience entries were on the page. To keep them all, open their Experience page (“Show all” under Experience) and press Save again.';

  it('a /details/<section>/ capture replaces that section and nothing else, and the snapshot keeps the page as it was', async () => {
    const { db } = await freshDb();
    const main = await saveCapture({ profile: linkedIn({ experience: [role('Director')], skills: ['Go'] }), sourceUrl: 'https://www.linkedin.com/in/ada-quill-7/' }, db);
    const details = linkedIn({ headline: '', company: '', experience: [role('Director'), role('Manager'), role('Engineer')] });
    const again = await saveCapture({ profile: details, sourceUrl: 'https://www.linkedin.com/in/ada-quill-7/details/experience/' }, db);
    expect(again.person.id).toBe(main.person.id);
    expect(again.person.profile).toMatchObject({ headline: 'Director of Platform Engineering at Lumen Freight', company: 'Lumen Freight', skills: ['Go'] });
    expect(again.person.profile.experience.map((e) => e.title)).toEqual(['Director', 'Manager', 'Engineer']);
    expect(again.snapshot.profile.headline).toBe('');
    expect((await listPeople(db)).people).toHaveLength(1);
  });

  it('a main page that rendered fewer entries than it states keeps the fuller list already saved', async () => {
    const { db } = await freshDb();
    await saveCapture({ profile: linkedIn({ experience: [role('Director'), role('Manager'), role('Engineer')] }), sourceUrl: 'https://www.linkedin.com/in/ada-quill-7/details/experience/' }, db);
    const again = await saveCapture({ profile: linkedIn({ headline: 'VP Platform', experience: [role('Director')], notices: [partial] }), sourceUrl: 'https://www.linkedin.com/in/ada-quill-7/' }, db);
    expect(again.person.profile.headline).toBe('VP Platform');
    expect(again.person.profile.experience).toHaveLength(3);
    expect(again.snapshot.profile.experience).toHaveLength(1);
  });

  it('a main page that shows its whole list replaces the saved one, even when shorter', async () => {
    const { db } = await freshDb();
    await saveCapture({ profile: linkedIn({ experience: [role('Director'), role('Manager')] }), sourceUrl: 'https://www.linkedin.com/in/ada-quill-7/' }, db);
    const again = await saveCapture({ profile: linkedIn({ experience: [role('Director')] }), sourceUrl: 'https://www.linkedin.com/in/ada-quill-7/' }, db);
    expect(again.person.profile.experience.map((e) => e.title)).toEqual(['Director']);
  });
});
