// "Show photo" is never carried over by an import (issue #9, item 7).
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup, type Backup } from '../../../utils/backup/backup-format';
import { planImport } from '../../../utils/backup/import-plan';
import { emptyRecordSets } from '../../../utils/schema/records';
import type { Person } from '../../../utils/schema/person';
import { T0, makePerson, plus } from '../builders';

const NOW = '2026-05-01T12:00:00.000Z';

function backupOf(people: Person[]): Backup {
  const parsed = parseBackup(serializeBackup({ ...emptyRecordSets(), people, settings: {} }, '2026-04-01T10:00:00.000Z').text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
}

const photo = 'https://media.licdn.com/dms/image/v2/x/profile-displayphoto-shrink_200_200/0/1';

describe('importing "show photo"', () => {
  it('a person new to this browser starts with the photo hidden, whatever the file says', () => {
    const incoming = makePerson({ id: 'li:new-photo', profileUrl: 'https://www.linkedin.com/in/new-photo/', showPhoto: true, profile: { name: 'New Photo', photoUrl: photo } });
    const plan = planImport({ people: [] }, { kind: 'backup', backup: backupOf([incoming]) }, { now: NOW });
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.put.people.map((p) => [p.id, p.showPhoto])).toEqual([['li:new-photo', false]]);
  });

  it('a person saved here keeps the choice made here when a newer copy is imported', () => {
    const base = { id: 'li:kept-photo', profileUrl: 'https://www.linkedin.com/in/kept-photo/', profile: { name: 'Kept Photo', photoUrl: photo } };
    for (const [here, file] of [
      [true, false],
      [false, true],
    ]) {
      const saved = makePerson({ ...base, showPhoto: here, updatedAt: T0 });
      const newer = makePerson({ ...base, showPhoto: file, notes: 'newer', updatedAt: plus(T0, 5) });
      const plan = planImport({ people: [saved] }, { kind: 'backup', backup: backupOf([newer]) }, { now: NOW });
      if (!plan.ok) throw new Error(plan.error);
      expect(plan.put.people.filter((p) => p.id === saved.id).map((p) => [p.notes, p.showPhoto])).toEqual([['newer', here]]);
    }
  });
});
