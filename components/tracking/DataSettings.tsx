import { useId, useRef, useState, type ChangeEvent } from 'react';
import { MAX_BACKUP_BYTES } from '../../utils/backup/backup-format';
import { csvFileName, peopleToCsv } from '../../utils/backup/csv';
import { decodeTextFile } from '../../utils/backup/decode';
import { planImportFromText, type ImportAction } from '../../utils/backup/import-plan';
import { isBackupDue } from '../../utils/backup/reminder';
import { describeStorageError } from '../../utils/db/errors';
import { listPeople } from '../../utils/db/people';
import { dumpAll, type StoreDump } from '../../utils/db/records';
import { getPreferences } from '../../utils/db/settings';
import { applyImport, deleteAllData, restoreAllData, type ReadyPlan } from '../../utils/db/backup';
import { readTrackingData } from '../../utils/db/tracking-data';
import type { Person } from '../../utils/schema/person';
import { useDbData } from '../hooks/useDbData';
import { Notice } from '../Notice';
import { downloadBackup, exportedMessage } from './backup-download';
import { downloadText } from './download';
import { formatDay, menteeTimeZone } from './format';
import { useFeedback } from './useFeedback';

const CONFIRM_WORD = 'DELETE';

const ACTION_WORDS: Record<ImportAction, string> = { add: 'Added', update: 'Updated', skip: 'Skipped' };

/**
 * What "Delete all my data" removed, kept for Undo while the side panel stays open (switching to
 * another view and back keeps it; closing the panel ends the session).
 */
let deletedThisSession: StoreDump | null = null;

interface Review {
  fileName: string;
  format: 'backup' | 'csv';
  plan: ReadyPlan;
  /** The people the plan was made against: the import is refused if any of those it writes changed since. */
  against: Person[];
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/**
 * The mentee's data: export a backup (JSON) or the people (CSV), import either with a row-by-row
 * plan to confirm, and delete everything with a typed confirmation and Undo.
 */
export function DataSettings() {
  const id = useId();
  const preferencesData = useDbData(getPreferences, ['settings']);
  const peopleData = useDbData(listPeople, ['people']);
  const feedback = useFeedback();
  const [review, setReview] = useState<Review | null>(null);
  const [importError, setImportError] = useState<{ error: string; problems: string[] } | null>(null);
  const [restoreSettings, setRestoreSettings] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [deleted, setDeleted] = useState<StoreDump | null>(deletedThisSession);
  const fileInput = useRef<HTMLInputElement>(null);
  const timeZone = menteeTimeZone();
  const now = new Date();

  const resetImport = () => {
    setReview(null);
    setImportError(null);
    setRestoreSettings(false);
    if (fileInput.current) fileInput.current.value = '';
  };

  const chooseFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setReview(null);
    setImportError(null);
    feedback.clear();
    if (!file) return;
    // Checked before reading: a wrong or hostile file must not be loaded into memory at all.
    if (file.size > MAX_BACKUP_BYTES) {
      setImportError({ error: `“${file.name}” is too large to import (over ${megabytes(MAX_BACKUP_BYTES)}). Choose a Mentor Scout backup or a CSV of people.`, problems: [] });
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return setImportError({ error: `“${file.name}” could not be read (it may have been moved or deleted). Choose it again.`, problems: [] });
    }
    try {
      const decoded = decodeTextFile(bytes);
      if (!decoded.ok) return setImportError({ error: decoded.error, problems: [] });
      // Planned against what is stored now, not against the list this screen loaded earlier.
      const { people, templates } = await readTrackingData();
      const plan = planImportFromText({ people, templates }, decoded.text, { now: new Date().toISOString() });
      if (!plan.ok) return setImportError({ error: plan.error, problems: plan.problems.length > 1 ? plan.problems : [] });
      setReview({ fileName: file.name, format: plan.format, plan, against: people });
    } catch (error) {
      setImportError({ error: describeStorageError(error), problems: [] });
    }
  };

  const apply = async () => {
    if (!review) return;
    const { plan, against } = review;
    const settings = restoreSettings;
    const done = await feedback.run(async () => {
      const before = await dumpAll();
      await applyImport(plan, { restoreSettings: settings, plannedAgainst: against });
      const { add, update, skip } = plan.counts;
      return {
        message: `Imported: ${add} added, ${update} updated, ${skip} skipped${settings ? '; settings restored from the file' : ''}.`,
        undo: () => restoreAllData(before, { replace: true }),
      };
    });
    if (done) resetImport();
  };

  const deleteEverything = async () => {
    await feedback.run(async () => {
      const removed = await deleteAllData();
      deletedThisSession = removed;
      setDeleted(removed);
      setConfirming(false);
      setTyped('');
      return { message: 'All your data is deleted from this browser.' };
    });
  };

  const undoDelete = async () => {
    if (!deleted) return;
    await feedback.run(async () => {
      const { damaged } = await restoreAllData(deleted);
      deletedThisSession = null;
      setDeleted(null);
      return {
        message: damaged
          ? `Everything is back, except ${damaged} record${damaged === 1 ? '' : 's'} that could not be read even before the delete.`
          : 'Everything is back as it was.',
      };
    });
  };

  const preferences = preferencesData.data;
  const people = peopleData.data?.people ?? [];
  const firstSavedAt = people.reduce<string | null>((oldest, p) => (!oldest || p.createdAt < oldest ? p.createdAt : oldest), null);

  return (
    <section className="stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your data</h2>
      <p className="hint">Everything Mentor Scout knows is stored in this browser only. A backup file is the only copy that survives a new computer or a reinstall.</p>
      {(preferencesData.error || peopleData.error) && <Notice tone="bad">{preferencesData.error ?? peopleData.error}</Notice>}
      {feedback.view}
      {deleted && (
        <Notice tone="warn">
          All data was deleted in this session.{' '}
          <button type="button" className="link" onClick={() => void undoDelete()} disabled={feedback.busy}>
            Undo: put everything back
          </button>
        </Notice>
      )}

      <section aria-labelledby={`${id}-export`} className="stack">
        <h3 id={`${id}-export`}>Export</h3>
        <p role="status" className={preferences && isBackupDue(preferences, now, firstSavedAt) ? undefined : 'muted'}>
          {preferences?.lastExportAt ? `Last backup: ${formatDay(preferences.lastExportAt, timeZone, now)}.` : 'You have not exported a backup yet.'}
        </p>
        <div className="row">
          <button type="button" className="primary" disabled={feedback.busy} onClick={() => void feedback.run(async () => ({ message: exportedMessage(await downloadBackup()) }))}>
            Export backup (JSON)
          </button>
          <button
            type="button"
            disabled={feedback.busy}
            onClick={() =>
              void feedback.run(async () => {
                const { people: all } = await listPeople();
                const stamp = new Date().toISOString();
                downloadText(peopleToCsv(all), csvFileName(stamp), 'text/csv;charset=utf-8');
                return { message: `Saved ${all.length} people as a spreadsheet (CSV) to your downloads. It holds their details and status, not timelines or meetings.` };
              })
            }
          >
            Export people (CSV)
          </button>
        </div>
      </section>

      <section aria-labelledby={`${id}-import`} className="stack">
        <h3 id={`${id}-import`}>Import</h3>
        <label htmlFor={`${id}-file`}>
          Import a backup or a CSV of people <span className="hint">(you will see what it does before anything changes)</span>
        </label>
        <input id={`${id}-file`} ref={fileInput} type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void chooseFile(e)} />
        {importError && (
          <Notice tone="bad">
            <p style={{ margin: 0 }}>{importError.error}</p>
            {importError.problems.length > 0 && (
              <ul>
                {importError.problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            )}
            <p style={{ margin: 0 }}>Nothing was imported.</p>
          </Notice>
        )}
        {review && (
          <div className="card stack" role="region" aria-label="What the import will do">
            <p style={{ margin: 0 }}>
              <strong>{review.fileName}</strong> ({review.format === 'backup' ? 'Mentor Scout backup' : 'spreadsheet'}): {review.plan.counts.add} to add,{' '}
              {review.plan.counts.update} to update, {review.plan.counts.skip} to skip.
            </p>
            {review.plan.warnings.length > 0 && (
              <Notice tone="warn">
                <ul style={{ margin: 0 }}>
                  {review.plan.warnings.map((w, i) => (
                    <li key={i}>{w}</li>
                  ))}
                </ul>
              </Notice>
            )}
            <div style={{ maxHeight: '16em', overflowY: 'auto' }}>
              <table style={{ width: '100%', borderCollapse: 'collapse' }}>
                <caption className="visually-hidden">Import plan, row by row</caption>
                <thead>
                  <tr>
                    <th scope="col" style={{ textAlign: 'left' }}>
                      Row
                    </th>
                    <th scope="col" style={{ textAlign: 'left' }}>
                      Person
                    </th>
                    <th scope="col" style={{ textAlign: 'left' }}>
                      Result
                    </th>
                    <th scope="col" style={{ textAlign: 'left' }}>
                      Why
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {review.plan.rows.map((row) => (
                    <tr key={`${row.row}:${row.personId}`}>
                      <td>{row.row}</td>
                      <td>{row.name}</td>
                      <td>{ACTION_WORDS[row.action]}</td>
                      <td className="hint">{row.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {review.format === 'backup' && (review.plan.settings.goals || review.plan.settings.preferences) && (
              <label style={{ fontWeight: 'normal' }}>
                <input type="checkbox" style={{ width: 'auto', marginRight: '0.4em' }} checked={restoreSettings} onChange={(e) => setRestoreSettings(e.target.checked)} />
                Also restore my settings (goals and outreach settings) from this file
              </label>
            )}
            <div className="row">
              <button type="button" className="primary" onClick={() => void apply()} disabled={feedback.busy || (review.plan.counts.add + review.plan.counts.update === 0 && !restoreSettings)}>
                Apply import
              </button>
              <button type="button" onClick={resetImport}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby={`${id}-delete`} className="stack">
        <h3 id={`${id}-delete`}>Delete</h3>
        {confirming ? (
          <Notice tone="warn">
            <p>
              This deletes everyone you saved with their drafts, meetings and timelines, your templates, goals and settings, from this browser. You
              can undo it until you close the side panel; export a backup first to keep a copy.
            </p>
            <label htmlFor={`${id}-confirm`}>Type {CONFIRM_WORD} to confirm</label>
            <input id={`${id}-confirm`} value={typed} autoComplete="off" onChange={(e) => setTyped(e.target.value)} />
            <div className="row" style={{ marginTop: '0.5em' }}>
              <button type="button" className="danger" disabled={typed.trim() !== CONFIRM_WORD || feedback.busy} onClick={() => void deleteEverything()}>
                Delete everything
              </button>
              <button
                type="button"
                onClick={() => {
                  setConfirming(false);
                  setTyped('');
                }}
              >
                Keep my data
              </button>
            </div>
          </Notice>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Delete all my data…
          </button>
        )}
      </section>
    </section>
  );
}
