import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { deleteDraft, listDrafts, markCopied, restoreDraft, saveDraftKeepingBoth } from '../../utils/db/drafts';
import { describeStorageError } from '../../utils/db/errors';
import { listEventsSince } from '../../utils/db/records';
import { listTemplates } from '../../utils/db/templates';
import { channelSpec, measure } from '../../utils/drafting/channels';
import { copyVerdict } from './copy-gate';
import { AiUnavailableError, rewriteDraft, type AiAvailability, type RewriteKind } from '../../utils/drafting/ai';
import { extractFacts } from '../../utils/drafting/facts';
import { fitScore } from '../../utils/drafting/fit';
import { checkDraft } from '../../utils/drafting/quality';
import { templatesFor } from '../../utils/drafting/templates';
import { sendToBackground } from '../../utils/messaging/protocol';
import type { Draft, Template } from '../../utils/schema/draft';
import type { TimelineEvent } from '../../utils/schema/event';
import type { Goals } from '../../utils/schema/goals';
import type { Person } from '../../utils/schema/person';
import type { Preferences } from '../../utils/schema/preferences';
import { useDbData } from '../hooks/useDbData';
import { Notice } from '../Notice';
import { AiActions, type AiRun } from './AiActions';
import { AlternativesPicker } from './AlternativesPicker';
import { alternativesFor, CHANNEL_NAMES, defaultChannel, describeSteps, draftContext } from './composer';
import { ComposerForm } from './ComposerForm';
import { notesSentThisMonth } from './note-allowance';
import { QualityList } from './QualityList';
import { formatWhen, SavedDrafts } from './SavedDrafts';
import { aiUsable, useAiAvailability } from './useAiAvailability';
import { isUnsaved, useComposer, type ComposerState } from './useComposer';
import { WhyThisPerson } from './WhyThisPerson';

interface Props {
  person: Person;
  goals: Goals | null;
  preferences: Preferences;
}

/**
 * Drafting a mentorship request to one person: why them (facts from their profile only), the
 * request itself with its live length and quality check, copying it (Mentor Scout never sends), and
 * their saved drafts.
 */
export function DraftingPanel({ person, goals, preferences }: Props) {
  const id = useId();
  const templates = useDbData(listTemplates, ['templates']);
  const drafts = useDbData(() => listDrafts(person.id), ['drafts'], [person.id]);
  // This month's events only: the personalised-note count needs no more.
  const events = useDbData(() => {
    const now = new Date();
    return listEventsSince(new Date(now.getFullYear(), now.getMonth(), 1));
  }, ['events']);
  const ai = useAiAvailability();
  const problem = templates.error ?? drafts.error;

  return (
    <section className="stack card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Draft a request</h2>
      {!goals && (
        <Notice>
          <p style={{ margin: 0 }}>
            Set your goals first, under <strong>Settings</strong>: every request is built from what you want and the ask you are comfortable
            with. Until then you can still write in your own words below; <code>{'{goal}'}</code> and <code>{'{ask}'}</code> mark where they go.
          </p>
        </Notice>
      )}
      {problem && <Notice tone="bad">{problem}</Notice>}
      {templates.data && drafts.data ? (
        <Workspace
          key={person.id}
          person={person}
          goals={goals}
          preferences={preferences}
          templates={templates.data}
          drafts={drafts.data}
          events={events.data ?? []}
          ai={ai}
        />
      ) : (
        !problem && <p role="status">Loading…</p>
      )}
    </section>
  );
}

const COPIED = {
  linkedIn: 'Copied. Paste it into LinkedIn yourself — Mentor Scout never sends.',
  email: 'Copied. Paste it into your email yourself — Mentor Scout never sends.',
};

const REWRITTEN: Record<RewriteKind, string> = {
  rewrite: 'Rewritten on this device.',
  warmer: 'Made warmer on this device.',
  shorter: 'Made shorter on this device.',
};

interface WorkspaceProps extends Props {
  templates: Template[];
  drafts: Draft[];
  events: TimelineEvent[];
  ai: AiAvailability | null;
}

function draftInput(personId: string, state: ComposerState) {
  return {
    id: state.draftId,
    personId,
    channel: state.channel,
    subject: state.subject,
    text: state.text,
    factIds: state.factIds,
    admiration: state.admiration,
    templateId: state.templateId,
  };
}

function Workspace({ person, goals, preferences, templates, drafts, events, ai }: WorkspaceProps) {
  const profile = person.profile;
  const premium = preferences.premium;
  const facts = useMemo(() => extractFacts(profile, goals ?? undefined), [profile, goals]);
  const fit = useMemo(() => (goals ? fitScore(profile, goals, facts) : null), [profile, goals, facts]);
  const composer = useComposer({ profile, goals, premium, templates, facts }, { channel: defaultChannel(person), draft: drafts[0] });
  const { state } = composer;
  // Actions that finish after an await must act on the editor as it is then, not as it was at the click.
  const latest = useRef(composer);
  latest.current = composer;

  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Draft | null>(null);
  const [aiRun, setAiRun] = useState<AiRun | null>(null);
  const aiController = useRef<AbortController | null>(null);
  useEffect(() => () => aiController.current?.abort(), []);

  const context = goals ? draftContext(profile, goals, state, { premium, facts }) : null;
  const checks = useMemo(
    () => (context ? checkDraft({ text: state.text, subject: state.subject }, context) : null),
    // context is rebuilt every render; these are what it is made of.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.text, state.subject, state.channel, state.admiration, premium, facts, goals, profile],
  );

  const say = (text: string) => {
    setProblem(null);
    setMessage(text);
  };
  const fail = (text: string) => {
    setMessage(null);
    setProblem(text);
  };

  /** Another window reworded this draft while it was open here: both wordings were kept. */
  const [otherWording, setOtherWording] = useState(false);
  const save = async (): Promise<Draft | null> => {
    try {
      // The wording this composer started from: another window's rewording meanwhile is kept too.
      const { draft: saved, otherWordingKept } = await saveDraftKeepingBoth(draftInput(person.id, state), state.saved);
      latest.current.markSaved(saved);
      if (otherWordingKept) setOtherWording(true);
      return saved;
    } catch (error) {
      fail(describeStorageError(error));
      return null;
    }
  };

  const [softCopy, setSoftCopy] = useState<string | null>(null);
  const copy = async (part: 'message' | 'subject', anyway = false) => {
    if (part === 'message') {
      const verdict = copyVerdict(state.text, state.subject, state.channel, premium, checks);
      setSoftCopy(null);
      if (verdict.kind === 'refused') {
        fail(verdict.message);
        return;
      }
      if (verdict.kind === 'soft' && !anyway) {
        setSoftCopy(verdict.message);
        return;
      }
    }
    try {
      await navigator.clipboard.writeText(part === 'subject' ? state.subject : state.text);
    } catch {
      fail('Your browser did not let Mentor Scout copy. Select the text, then press Ctrl+C (⌘C on a Mac).');
      return;
    }
    if (part === 'subject') {
      say('Subject copied. Paste it into the subject line yourself.');
      return;
    }
    const { over } = measure(channelSpec(state.channel, { premium }), state.text);
    const warning = over > 0 ? ` It is ${over} character${over === 1 ? '' : 's'} over the limit, so it will not all fit: "Make it fit" can shorten it.` : '';
    say(`${state.channel === 'email' ? COPIED.email : COPIED.linkedIn}${warning}`);
    const saved = await save();
    if (!saved) return;
    try {
      const { events: added } = await markCopied(saved.id);
      // The status moved to "drafted": the toolbar badge and reminders depend on it.
      if (added.some((e) => e.type === 'status')) sendToBackground('page→background:check-follow-ups', {}).catch(() => {});
    } catch (error) {
      fail(`The text is on your clipboard, but the copy was not recorded. ${describeStorageError(error)}`);
    }
  };

  const remove = async (draft: Draft) => {
    try {
      const gone = await deleteDraft(draft.id);
      latest.current.detach(draft.id);
      setDeleted(gone ?? null);
    } catch (error) {
      fail(describeStorageError(error));
    }
  };

  const undoDelete = async () => {
    if (!deleted) return;
    try {
      await restoreDraft(deleted);
      latest.current.reattach(deleted);
      setDeleted(null);
    } catch (error) {
      fail(describeStorageError(error));
    }
  };

  const rewrite = async (kind: RewriteKind) => {
    if (!context) return;
    const controller = new AbortController();
    aiController.current = controller;
    setAiRun({ kind, progress: null });
    setMessage(null);
    setProblem(null);
    try {
      const result = await rewriteDraft(
        kind,
        { text: state.text, subject: state.subject },
        { ...context, factIds: state.factIds },
        {
          signal: controller.signal,
          // A finished download says 1: from then on the model is working, not downloading.
          onProgress: (fraction) => setAiRun((run) => run && { ...run, progress: fraction < 1 ? fraction : null }),
        },
      );
      const fitted = result.shortened.length ? ` ${describeSteps(result.shortened)}` : '';
      latest.current.putText(result.text, result.subject, `${REWRITTEN[kind]}${fitted}`);
    } catch (error) {
      if (controller.signal.aborted) say('Cancelled. The draft is unchanged.');
      else if (error instanceof AiUnavailableError) fail(error.message);
      else if (error instanceof Error && error.message.startsWith('The on-device model')) fail(error.message);
      else fail('The on-device model could not rewrite this draft. The draft is unchanged; try again.');
    } finally {
      if (aiController.current === controller) aiController.current = null;
      setAiRun(null);
    }
  };

  const alternatives = useMemo(
    () => (goals ? alternativesFor(profile, goals, state.channel, { premium, templates, facts }, state.admiration) : []),
    [profile, goals, state.channel, premium, templates, facts, state.admiration],
  );
  const currentAlternative = alternatives.find((a) => a.text === state.text && a.subject === state.subject)?.key ?? null;

  const notes =
    state.channel === 'connection-note' ? { sent: notesSentThisMonth(events, new Date()), allowance: preferences.monthlyNoteAllowance } : null;

  return (
    <>
      <WhyThisPerson
        name={profile.name}
        facts={facts}
        fit={fit}
        factIds={state.factIds}
        onToggle={composer.toggleFact}
        admiration={state.admiration}
        onAdmiration={composer.setAdmiration}
      />
      <AlternativesPicker alternatives={alternatives} current={currentAlternative} onPick={(a) => composer.pick(a)} />
      <ComposerForm
        channel={state.channel}
        premium={premium}
        templateId={state.templateId}
        templates={templatesFor(state.channel, templates)}
        text={state.text}
        subject={state.subject}
        error={state.error}
        notes={notes}
        unsaved={isUnsaved(state)}
        onChannel={composer.setChannel}
        onTemplate={composer.setTemplate}
        onText={composer.editText}
        onSubject={composer.editSubject}
        onMakeFit={() => {
          const fitted = composer.makeFit();
          if (fitted.changed) setMessage(null);
          else say(fitted.message);
        }}
        onCopy={(part) => void copy(part)}
        onSave={() => void save().then((saved) => saved && say('Draft saved.'))}
        onNew={() => {
          composer.startNew();
          setMessage(null);
        }}
        ai={
          goals && ai && aiUsable(ai) ? (
            <AiActions availability={ai} running={aiRun} onRun={(kind) => void rewrite(kind)} onCancel={() => aiController.current?.abort()} />
          ) : undefined
        }
      />
      {problem && <Notice tone="bad">{problem}</Notice>}
      {softCopy && (
        <Notice>
          {softCopy}{' '}
          <button type="button" onClick={() => void copy('message', true)}>
            Copy anyway
          </button>
        </Notice>
      )}
      {message && <Notice tone="ok">{message}</Notice>}
      {otherWording && (
        <Notice tone="warn">
          <p>This draft was also changed in another window at the same time. Both wordings are kept: the other one is under this draft&apos;s earlier wordings.</p>
          <button type="button" className="link" onClick={() => setOtherWording(false)}>
            Got it
          </button>
        </Notice>
      )}
      {composer.undo && (
        <Notice>
          {composer.undo.message}{' '}
          <button type="button" className="link" onClick={composer.undoLast}>
            Undo
          </button>
        </Notice>
      )}
      {checks ? <QualityList checks={checks} /> : <p className="muted">The quality check starts once your goals are set: it looks for your goal and your ask.</p>}
      <SavedDrafts
        drafts={drafts}
        openId={state.draftId}
        onOpen={(draft, wording) => {
          composer.open(draft, wording);
          setMessage(null);
        }}
        onDelete={(draft) => void remove(draft)}
        notice={
          deleted && (
            <Notice>
              Deleted the {CHANNEL_NAMES[deleted.channel]} draft from {formatWhen(deleted.updatedAt)}.{' '}
              <button type="button" className="link" onClick={() => void undoDelete()}>
                Undo
              </button>
            </Notice>
          )
        }
      />
    </>
  );
}
