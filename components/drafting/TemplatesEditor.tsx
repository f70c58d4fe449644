import { useId, useState } from 'react';
import { describeStorageError } from '../../utils/db/errors';
import { getGoals, getPreferences } from '../../utils/db/settings';
import { deleteTemplate, listTemplates, resetTemplate, restoreTemplate, saveTemplate, type TemplateInput } from '../../utils/db/templates';
import { BUILT_IN_TEMPLATES } from '../../utils/drafting/templates';
import type { Template } from '../../utils/schema/draft';
import { useDbData } from '../hooks/useDbData';
import { Notice } from '../Notice';
import { CHANNEL_NAMES } from './composer';
import { isEdited } from './template-check';
import { TemplateForm } from './TemplateForm';

type Editing = { input: TemplateInput; title: string };

/** New templates start from the short built-in: it works on every channel and shows the usual parts. */
function blankTemplate(): TemplateInput {
  const short = BUILT_IN_TEMPLATES.find((t) => t.channel === 'any')!;
  return { name: '', channel: 'any', subject: short.subject, body: short.body };
}

/** The mentee's templates: the built-ins (editable, with a reset) and their own (with delete and Undo). */
export function TemplatesEditor() {
  const id = useId();
  const templates = useDbData(listTemplates, ['templates']);
  const goals = useDbData(getGoals, ['goals']);
  const preferences = useDbData(getPreferences, ['settings']);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [outcome, setOutcome] = useState<{ message: string; undo?: Template } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const act = async (work: () => Promise<{ message: string; undo?: Template } | void>) => {
    try {
      setProblem(null);
      setOutcome((await work()) ?? null);
    } catch (error) {
      setOutcome(null);
      setProblem(describeStorageError(error));
    }
  };

  const save = (input: TemplateInput) =>
    act(async () => {
      const saved = await saveTemplate(input);
      setEditing(null);
      return { message: `Saved the template "${saved.name}".` };
    });

  const remove = (template: Template) =>
    act(async () => {
      const gone = await deleteTemplate(template.id);
      return gone ? { message: `Deleted the template "${gone.name}".`, undo: gone } : undefined;
    });

  const reset = (template: Template) =>
    act(async () => {
      const edit = await resetTemplate(template.id);
      return edit ? { message: `"${template.name}" is back to its original wording.`, undo: edit } : undefined;
    });

  const undo = (template: Template) =>
    act(async () => {
      await restoreTemplate(template);
      return { message: 'Undone.' };
    });

  return (
    <section className="stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Templates</h2>
      <p className="muted">
        Drafts start from these. <code>{'{variables}'}</code> are filled from the person's profile and your goals; the rest is your wording.
      </p>
      {(templates.error || problem) && <Notice tone="bad">{problem ?? templates.error}</Notice>}
      {outcome && (
        <Notice tone="ok">
          {outcome.message}{' '}
          {outcome.undo && (
            <button type="button" className="link" onClick={() => void undo(outcome.undo!)}>
              Undo
            </button>
          )}
        </Notice>
      )}
      {editing && (
        <TemplateForm
          key={editing.input.id ?? 'new'}
          title={editing.title}
          initial={editing.input}
          goals={goals.data ?? null}
          premium={preferences.data?.premium ?? false}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      {!templates.data ? (
        <p role="status">Loading…</p>
      ) : (
        <ul className="plain stack">
          {templates.data.map((t) => (
            <li key={t.id} className="row card">
              <span className="grow">
                <strong>{t.name}</strong>{' '}
                <span className="muted">· {t.channel === 'any' ? 'Any channel' : CHANNEL_NAMES[t.channel]}</span>{' '}
                <span className="badge">{t.builtIn ? (isEdited(t) ? 'Built-in, edited' : 'Built-in') : 'Yours'}</span>
              </span>
              <button
                type="button"
                aria-label={`Edit ${t.name}`}
                // One form at a time: opening another would drop unsaved changes in this one.
                disabled={editing !== null}
                onClick={() => setEditing({ input: { id: t.id, name: t.name, channel: t.channel, subject: t.subject, body: t.body }, title: `Edit: ${t.name}` })}
              >
                Edit
              </button>
              {t.builtIn && isEdited(t) && (
                <button type="button" aria-label={`Reset ${t.name} to its original wording`} onClick={() => void reset(t)}>
                  Reset
                </button>
              )}
              {!t.builtIn && (
                <button type="button" className="danger" aria-label={`Delete ${t.name}`} onClick={() => void remove(t)}>
                  Delete
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!editing && (
        <div>
          <button type="button" onClick={() => setEditing({ input: blankTemplate(), title: 'New template' })}>
            Add a template
          </button>
        </div>
      )}
    </section>
  );
}
