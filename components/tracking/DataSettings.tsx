import { useId, useRef, useState, type ChangeEvent } from 'react';
import { csvFileName, peopleToCsv } from '../../utils/backup/csv';
import { fileSizeProblem, readImportFile } from '../../utils/backup/import-file';
import { planImportFromText, type ImportAction, type KindCounts } from '../../utils/backup/import-plan';
import { describeUnit } from '../../utils/backup/import-undo';
import { isBackupDue } from '../../utils/backup/reminder';
import { describeStorageError } from '../../utils/db/errors';
import { applyImport, readImportBasis, readLastImport, undoLastImport, type ReadyPlan, type UndoImportResult } from '../../utils/db/import';
import { listPeople } from '../../utils/db/people';
import { type StoreDump } from '../../utils/db/records';
import { ALL_STORES } from '../../utils/db/schema';
import { getPreferences } from '../../utils/db/settings';
import { deleteAllData, restoreAllData } from '../../utils/db/backup';
import type { RecordKind } from '../../utils/schema/records';
import { useDbData } from '../hooks/useDbData';
import { Notice } from '../Notice';
import { downloadReflectionsCsv } from '../reflection/reflections-download';
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
}

/** Record kinds other than people, as the plan lists them. */
const KIND_WORDS: Record<Exclude<RecordKind, 'people'>, [string, string]> = {
  snapshots: ['snapshot', 'snapshots'],
  pageSections: ['saved page section', 'saved page sections'],
  events: ['timeline entry', 'timeline entries'],
  drafts: ['draft', 'drafts'],
  meetings: ['meeting', 'meetings'],
  templates: ['template', 'templates'],
  reflections: ['reflection', 'reflections'],
  goals: ['goal', 'goals'],
  goalVersions: ['earlier goal version', 'earlier goal versions'],
};

/** "6 timeline entries to add; 1 draft to update", for every kind of record the import writes. */
function kindLines(kinds: KindCounts): string[] {
  const lines: string[] = [];
  for (const [kind, [one, many]] of Object.entries(KIND_WORDS) as [keyof typeof KIND_WORDS, [string, string]][]) {
    const { add, update } = kinds[kind];
    const parts = [...(add ? [`${add} to add`] : []), ...(update ? [`${update} to update`] : [])];
    if (parts.length) lines.push(`${add + update === 1 ? one[0]!.toUpperCase() + one.slice(1) : many[0]!.toUpperCase() + many.slice(1)}: ${parts.join(', ')}.`);
  }
  return lines;
}

/** What the notice says after an Undo of an import. */
function undoneMessage(fileName: string, result: UndoImportResult): string {
  const kept = result.kept.map((unit) => unit.label);
  const back = `${result.reverted.length} ${result.reverted.length === 1 ? 'person or template is' : 'people and templates are'} as before it`;
  return `The import of “${fileName}” is undone: ${back}.${kept.length ? ` Kept as they are now, because they changed since: ${kept.join(', ')}.` : ''}`;
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
  const [undoing, setUndoing] = useState(false);
  // What Undo would do (which records changed since) is read only while the mentee is deciding,
  // and kept current then; otherwise only the Undo's own record, when settings change.
  const lastImport = useDbData(() => readLastImport({ units: undoing }), undoing ? ALL_STORES : ['settings'], [undoing]);
  const [alsoRevert, setAlsoRevert] = useState<ReadonlySet<string>>(new Set());
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
    const tooLarge = fileSizeProblem(file.name, file.size);
    if (tooLarge) return setImportError({ error: tooLarge, problems: [] });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return setImportError({ error: `“${file.name}” could not be read (it may have been moved or deleted). Choose it again.`, problems: [] });
    }
    try {
      const read = readImportFile(bytes, file.name);
      if (!read.ok) return setImportError({ error: read.error, problems: [] });
      // Planned against what is stored now, not against the list this screen loaded earlier.
      const basis = await readImportBasis();
      const plan = planImportFromText(basis, read.text, { now: new Date().toISOString(), format: read.format });
      if (!plan.ok) return setImportError({ error: plan.error, problems: plan.problems.length > 1 ? plan.problems : [] });
      setReview({ fileName: file.name, format: plan.format, plan });
    } catch (error) {
      setImportError({ error: describeStorageError(error), problems: [] });
    }
  };

  const apply = async () => {
    if (!review) return;
    const { plan, fileName } = review;
    const settings = restoreSettings;
    const done = await feedback.run(async () => {
      const undo = await applyImport(plan, { restoreSettings: settings, fileName });
      setUndoing(false);
      return {
        message: `Imported “${fileName}”: ${undo.summary}. You can undo this import from here until the next one.`,
        undo: () => undoLastImport(),
      };
    });
    if (done) resetImport();
  };

  const undoImport = async () => {
    const fileName = lastImport.data?.undo.fileName ?? 'the file';
    const chosen = [...alsoRevert];
    await feedback.run(async () => {
      const result = await undoLastImport({ alsoRevert: chosen });
      setUndoing(false);
      setAlsoRevert(new Set());
      return { message: undoneMessage(fileName, result) };
    });
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
      {(preferencesData.error || peopleData.error || lastImport.error) && <Notice tone="bad">{preferencesData.error ?? peopleData.error ?? lastImport.error}</Notice>}
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
          <button type="button" disabled={feedback.busy} onClick={() => void feedback.run(async () => ({ message: await downloadReflectionsCsv() }))}>
            Export reflections (CSV)
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
            {(kindLines(review.plan.kinds).length > 0 || review.plan.details.length > 0) && (
              <ul style={{ margin: 0 }} aria-label="Other records the import writes">
                {kindLines(review.plan.kinds).map((line) => (
                  <li key={line}>{line}</li>
                ))}
                {review.plan.details.map((line, i) => (
                  <li key={`detail-${i}`}>{line}</li>
                ))}
              </ul>
            )}
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
            {review.format === 'backup' && review.plan.settings.preferences && (
              <label style={{ fontWeight: 'normal' }}>
                <input type="checkbox" style={{ width: 'auto', marginRight: '0.4em' }} checked={restoreSettings} onChange={(e) => setRestoreSettings(e.target.checked)} />
                Also restore my settings (follow-ups, notifications, backup reminder) from this file
              </label>
            )}
            <div className="row">
              <button type="button" className="primary" onClick={() => void apply()} disabled={feedback.busy || (Object.values(review.plan.put).every((list) => list.length === 0) && !restoreSettings)}>
                Apply import
              </button>
              <button type="button" onClick={resetImport}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </section>

      {lastImport.data && (
        <section aria-labelledby={`${id}-last-import`} className="stack">
          <h3 id={`${id}-last-import`}>Last import</h3>
          <p style={{ margin: 0 }}>
            “{lastImport.data.undo.fileName}” on {formatDay(lastImport.data.undo.at, timeZone, now)}: {lastImport.data.undo.summary}.
          </p>
          {undoing ? (
            <Notice tone="warn">
              <p style={{ marginTop: 0 }}>
                Undo puts everyone and everything this import added or changed back as it was before it. What you saved since that the import did not touch
                stays.
              </p>
              {lastImport.data.units?.some((unit) => unit.changedSince) && (
                <fieldset>
                  <legend>Changed since the import: kept as they are now unless you tick them</legend>
                  {lastImport.data.units
                    ?.filter((unit) => unit.changedSince)
                    .map((unit) => (
                      <label key={unit.id} style={{ fontWeight: 'normal', display: 'block' }}>
                        <input
                          type="checkbox"
                          style={{ width: 'auto', marginRight: '0.4em' }}
                          checked={alsoRevert.has(unit.id)}
                          onChange={(e) => {
                            const next = new Set(alsoRevert);
                            if (e.target.checked) next.add(unit.id);
                            else next.delete(unit.id);
                            setAlsoRevert(next);
                          }}
                        />
                        Put back as before the import too: {describeUnit(unit)}
                      </label>
                    ))}
                </fieldset>
              )}
              <div className="row" style={{ marginTop: '0.5em' }}>
                <button type="button" className="danger" disabled={feedback.busy} onClick={() => void undoImport()}>
                  Undo the import
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setUndoing(false);
                    setAlsoRevert(new Set());
                  }}
                >
                  Keep it
                </button>
              </div>
            </Notice>
          ) : (
            <div>
              <button type="button" disabled={feedback.busy} onClick={() => setUndoing(true)}>
                Undo this import…
              </button>
            </div>
          )}
        </section>
      )}

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
