import { useId, type ReactNode } from 'react';
import type { Draft } from '../../utils/schema/draft';
import { formatDateTime } from '../../utils/format/dates';
import { menteeTimeZone } from '../tracking/format';
import { CHANNEL_NAMES } from './composer';

/** When a draft was saved or copied, as every other date on the page says it (utils/format/dates.ts). */
export function formatWhen(iso: string): string {
  return formatDateTime(iso, { timeZone: menteeTimeZone() });
}

function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 110 ? `${line.slice(0, 110)}…` : line;
}

interface Props {
  drafts: readonly Draft[];
  /** The draft in the editor, if it is saved. */
  openId?: string;
  onOpen: (draft: Draft, wording?: { text: string; subject: string }) => void;
  onDelete: (draft: Draft) => void;
  /** Where the outcome of a delete (with its Undo) shows. */
  notice?: ReactNode;
}

/** This person's saved drafts, newest first, each with its earlier wordings. */
export function SavedDrafts({ drafts, openId, onOpen, onDelete, notice }: Props) {
  const id = useId();
  return (
    <section className="stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Saved drafts</h3>
      {notice}
      {drafts.length === 0 ? (
        <p className="muted">No saved drafts yet. Copy or save the draft above and it is kept here, with its earlier wordings.</p>
      ) : (
        <ul className="plain stack">
          {drafts.map((draft) => (
            <li key={draft.id} className="card stack">
              <div className="row">
                <strong className="grow">
                  {CHANNEL_NAMES[draft.channel]} · {formatWhen(draft.updatedAt)}
                </strong>
                {draft.copiedAt && <span className="badge">Copied {formatWhen(draft.copiedAt)}</span>}
                {draft.id === openId && <span className="badge">In the editor</span>}
              </div>
              {draft.subject && <p style={{ margin: 0 }}>Subject: {draft.subject}</p>}
              <p className="muted" style={{ margin: 0 }}>
                {preview(draft.text)}
              </p>
              <div className="row">
                <button type="button" disabled={draft.id === openId} onClick={() => onOpen(draft)} aria-label={`Open the ${CHANNEL_NAMES[draft.channel]} draft from ${formatWhen(draft.updatedAt)}`}>
                  Open
                </button>
                <button type="button" className="danger" onClick={() => onDelete(draft)} aria-label={`Delete the ${CHANNEL_NAMES[draft.channel]} draft from ${formatWhen(draft.updatedAt)}`}>
                  Delete
                </button>
              </div>
              {draft.history.length > 0 && (
                <details>
                  <summary>
                    {draft.history.length} earlier wording{draft.history.length === 1 ? '' : 's'}
                  </summary>
                  <ol className="plain stack" reversed>
                    {[...draft.history].reverse().map((version, i) => (
                      <li key={`${version.at}-${i}`} className="stack">
                        <span className="hint">
                          Saved {formatWhen(version.at)}
                          {version.from ? `, from ${version.from}` : ''}
                        </span>
                        {version.subject && <span>Subject: {version.subject}</span>}
                        <p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{version.text}</p>
                        <div>
                          <button type="button" onClick={() => onOpen(draft, version)}>
                            Use this wording
                          </button>
                        </div>
                      </li>
                    ))}
                  </ol>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
