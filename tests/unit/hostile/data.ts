// Invented data sets for the hostile database tests (imports.test.ts, faults.test.ts): the sample
// data set of tests/unit/backup/sample.ts as what is saved here, and "another browser" that holds
// the same people edited later plus two people not saved here. Everything here is invented.
import type { BackupContents } from '../../../utils/backup/backup-format';
import type { MentorScoutDb } from '../../../utils/db/database';
import { applyBulkWrite } from '../../../utils/db/records';
import { sampleContents } from '../backup/sample';
import { T0, makeDraft, makeEvent, makePerson, makeSnapshot, plus } from '../builders';

export { sampleContents };

/** Writes a data set into a database the way an import does (one transaction, validated). */
export async function seed(db: MentorScoutDb, contents: BackupContents = sampleContents()): Promise<void> {
  const { settings, ...records } = contents;
  await applyBulkWrite(
    {
      put: {
        ...records,
        settings: [
          ...(settings.preferences ? [{ key: 'preferences', value: settings.preferences }] : []),
        ],
      },
    },
    db,
  );
}

/**
 * What another browser holds: the same people edited later, and two people who are not saved here
 * (Nia, a LinkedIn member with records; Tomás, on his own site, last in the list), with records
 * of their own. Imported for real, it changes a database seeded with `sampleContents`.
 */
export function otherBrowser(): BackupContents {
  const contents = sampleContents();
  contents.people = contents.people.map((p) => ({ ...p, notes: `${p.notes} Edited on the laptop.`.trim(), updatedAt: plus(T0, 40) }));
  const nia = makePerson({
    id: 'li:nia-okonjo-hostile',
    profileUrl: 'https://www.linkedin.com/in/nia-okonjo-hostile/',
    status: 'sent',
    notes: 'Asked about compilers.',
    tags: ['compilers'],
    profile: { name: 'Nia Okonjo', headline: 'Compiler engineer', company: 'Fjord Labs', location: 'Bergen', source: 'linkedin' },
  });
  const tomas = makePerson({ id: 'p:tomas-hostile', profileUrl: 'https://tomas.example/about', profile: { name: 'Tomás Ferreira', source: 'web' } });
  contents.people.push(nia, tomas);
  contents.snapshots.push(makeSnapshot(nia.id, { id: 'snap:nia', profile: nia.profile }));
  contents.events.push(makeEvent(nia.id, 'saved', T0, { id: 'ev:nia-saved' }), makeEvent(nia.id, 'sent', plus(T0, 2), { id: 'ev:nia-sent', channel: 'message' }));
  contents.drafts.push(makeDraft(nia.id, { id: 'd:nia' }));
  contents.events.push(makeEvent(tomas.id, 'saved', T0, { id: 'ev:tomas-saved' }));
  contents.settings = { ...contents.settings, preferences: { ...contents.settings.preferences!, followUpDays: 9 } };
  return contents;
}
