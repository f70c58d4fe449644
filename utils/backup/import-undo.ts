// Undo of an import, days later (issue #9, item 6). Pure: what the import wrote is compared with
// what is stored now, person by person. A person (with their records) or a template that nobody
// changed since the import is put back as it was before it; one that was changed since is listed
// and kept as it is now, unless the mentee chooses to revert it as well.
import type { RecordKind } from '../schema/records';
import type { ImportUndo, ImportWrite } from '../schema/import-undo';
import { fingerprint } from './stable-json';

/** What is stored now, for the records an import wrote. */
export interface UndoState {
  /** The stored record for a write's kind and key (undefined when it is gone). */
  current: (kind: RecordKind, key: string) => unknown;
  /** For people the import added: how many records of theirs are stored that the import did not write. */
  laterRecords: (personId: string) => number;
  setting: (key: 'goals' | 'preferences') => unknown;
}

/** The records that are reverted or kept together: one person and their records, one template, one goal with its earlier versions, or the settings. */
export interface UndoUnit {
  id: string;
  label: string;
  writes: ImportWrite[];
  /** The import added this person (reverting removes them and everything of theirs). */
  addedPerson: boolean;
  /** Why it counts as changed since the import, in words; null when it is as the import left it. */
  changedSince: string | null;
}

export const writeKey = (kind: RecordKind, key: string) => `${kind}\n${key}`;

const KIND_NAMES: Record<RecordKind, string> = {
  people: 'their details',
  snapshots: 'a snapshot',
  pageSections: 'a saved page section',
  events: 'a timeline entry',
  drafts: 'a draft',
  meetings: 'a meeting',
  templates: 'the template',
  reflections: 'a reflection',
  goals: 'a goal',
  goalVersions: 'an earlier goal version',
};

/** The import's writes grouped into units, each saying whether it was changed since. */
export function undoUnits(undo: ImportUndo, state: UndoState): UndoUnit[] {
  const units = new Map<string, UndoUnit>();
  for (const write of undo.writes) {
    const id =
      write.kind === 'templates'
        ? `template:${write.key}`
        : write.kind === 'goals' || write.kind === 'goalVersions'
          ? `goal:${write.goalId ?? write.key}`
          : `person:${write.personId ?? write.key}`;
    let unit = units.get(id);
    if (!unit) {
      unit = { id, label: write.label, writes: [], addedPerson: false, changedSince: null };
      units.set(id, unit);
    }
    unit.writes.push(write);
    if (write.kind === 'people' || write.kind === 'goals') {
      unit.label = write.label;
      unit.addedPerson = write.kind === 'people' && write.earlier === undefined;
    }
  }
  for (const unit of units.values()) {
    const changed = new Set<string>();
    let gone = false;
    for (const write of unit.writes) {
      const now = state.current(write.kind, write.key);
      if (now === undefined) {
        if (write.kind === 'people') gone = true;
        else changed.add(KIND_NAMES[write.kind]);
      } else if (fingerprint(now) !== write.written) changed.add(KIND_NAMES[write.kind]);
    }
    const personId = unit.id.startsWith('person:') ? unit.id.slice('person:'.length) : null;
    const later = unit.addedPerson && personId ? state.laterRecords(personId) : 0;
    if (gone) unit.changedSince = 'deleted since the import';
    else if (changed.size || later) {
      const what = [...changed, ...(later ? [`${later} record${later === 1 ? '' : 's'} added since`] : [])];
      unit.changedSince = `changed since the import (${what.join(', ')})`;
    }
  }
  const list = [...units.values()];
  if (undo.settings.length) {
    const changed = undo.settings.some((s) => {
      const now = state.setting(s.key);
      return now === undefined || fingerprint(now) !== s.written;
    });
    list.push({ id: 'settings', label: 'Your outreach settings', writes: [], addedPerson: false, changedSince: changed ? 'changed since the import' : null });
  }
  return list;
}

/** "Ada Example (changed since the import (a draft))", for the list the mentee chooses from. */
export function describeUnit(unit: UndoUnit): string {
  return unit.changedSince ? `${unit.label}: ${unit.changedSince}.` : `${unit.label}.`;
}
