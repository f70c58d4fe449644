import { useMemo, useState } from 'react';
import { ENGINE_TEMPLATE_ID } from '../../utils/drafting/compose';
import type { Fact } from '../../utils/drafting/facts';
import type { Channel } from '../../utils/schema/channel';
import type { Draft, Template } from '../../utils/schema/draft';
import type { Goals } from '../../utils/schema/goals';
import type { ProfileDraft } from '../../utils/schema/profile';
import { buildDraft, describeSteps, fitDraft, MAX_FACTS, startDraft, templateIdFor, type BuiltDraft, type DraftParts } from './composer';

/** What is in the editor, and where it came from. */
export interface ComposerState extends DraftParts {
  /** The saved draft being edited; undefined until the first save or copy. */
  draftId?: string;
  text: string;
  subject: string;
  /** The text and subject as last built from the parts; null for a draft opened from storage. */
  built: { text: string; subject: string } | null;
  /** Variables the last build could not fill, in words. */
  error: string | null;
  /** The mentee ticked or unticked a fact: a change of channel keeps their choice. */
  factsChosen: boolean;
  /** What is stored under draftId, to tell unsaved changes. */
  saved: Pick<Draft, 'channel' | 'templateId' | 'factIds' | 'admiration' | 'text' | 'subject'> | null;
}

/** One step back for anything that replaced wording the mentee may want: shown as "… Undo". */
export interface ComposerUndo {
  message: string;
  previous: ComposerState;
}

export interface ComposerInputs {
  profile: ProfileDraft;
  goals: Goals | null;
  premium: boolean;
  templates: readonly Template[];
  facts: readonly Fact[];
}

function handEdited(state: ComposerState): boolean {
  return state.built === null || state.text !== state.built.text || state.subject !== state.built.subject;
}

export function isUnsaved(state: ComposerState): boolean {
  const s = state.saved;
  return (
    !s ||
    s.text !== state.text ||
    s.subject !== state.subject ||
    s.channel !== state.channel ||
    (s.templateId ?? '') !== state.templateId ||
    s.admiration !== state.admiration ||
    s.factIds.join() !== state.factIds.join()
  );
}

function fromBuilt(built: BuiltDraft, rest: Partial<ComposerState> = {}): ComposerState {
  return {
    channel: built.channel,
    templateId: built.templateId,
    factIds: built.factIds,
    admiration: built.admiration,
    text: built.text,
    subject: built.subject,
    built: { text: built.text, subject: built.subject },
    error: built.error,
    factsChosen: false,
    saved: null,
    ...rest,
  };
}

function fromDraft(draft: Draft, templates: readonly Template[], wording?: { text: string; subject: string }): ComposerState {
  return {
    draftId: draft.id,
    channel: draft.channel,
    templateId: templateIdFor(draft.channel, templates, draft.templateId),
    factIds: draft.factIds,
    admiration: draft.admiration,
    text: wording?.text ?? draft.text,
    subject: wording?.subject ?? draft.subject,
    built: null,
    error: null,
    factsChosen: true,
    saved: draft,
  };
}

/** The drafting editor's state and every way it changes; logic stays in composer.ts. */
export function useComposer(inputs: ComposerInputs, initial: { channel: Channel; draft?: Draft }) {
  const { profile, goals, premium, templates, facts } = inputs;
  const options = useMemo(() => ({ premium, templates, facts }), [premium, templates, facts]);
  const [state, setState] = useState<ComposerState>(() =>
    initial.draft ? fromDraft(initial.draft, templates) : fromBuilt(startDraft(profile, goals, initial.channel, options)),
  );
  const [undo, setUndo] = useState<ComposerUndo | null>(null);

  /** Replaces the editor's contents, offering Undo when `message` says what was replaced. */
  const replace = (next: ComposerState, message: string | null) => {
    if (message) setUndo({ message, previous: state });
    setState(next);
  };

  /** Rebuilds the text from new parts; the mentee's own edits to the text get an Undo. */
  const rebuild = (patch: Partial<DraftParts> & { factsChosen?: boolean }) => {
    const parts: DraftParts = { channel: state.channel, templateId: state.templateId, factIds: state.factIds, admiration: state.admiration, ...patch };
    const factsChosen = patch.factsChosen ?? state.factsChosen;
    // Until the mentee picks facts, a new channel gets the engine's own pick for that length.
    const useDefaults = !factsChosen && !parts.admiration.trim() && parts.channel !== state.channel;
    const built = useDefaults ? startDraft(profile, goals, parts.channel, options, parts.templateId) : buildDraft(profile, goals, parts, options);
    replace(
      fromBuilt(built, { draftId: state.draftId, saved: state.saved, factsChosen }),
      handEdited(state) ? 'The text was rebuilt from your choices, replacing your edits.' : null,
    );
  };

  const actions = {
    setChannel: (channel: Channel) => rebuild({ channel, templateId: templateIdFor(channel, templates, state.templateId) }),
    setTemplate: (templateId: string) => rebuild({ templateId }),
    toggleFact: (id: string) => {
      const ids = state.factIds;
      const factIds = ids.includes(id) ? ids.filter((f) => f !== id) : ids.length < MAX_FACTS ? [...ids, id] : ids;
      // Ticked facts are the mentee's own choice: the engine's alternatives pick theirs, so the text
      // is rebuilt on the channel's template with exactly these.
      const templateId = state.templateId === ENGINE_TEMPLATE_ID ? templateIdFor(state.channel, templates) : state.templateId;
      rebuild({ factIds, factsChosen: true, templateId });
    },
    setAdmiration: (admiration: string) => rebuild({ admiration, factsChosen: true }),
    editText: (text: string) => setState({ ...state, text }),
    editSubject: (subject: string) => setState({ ...state, subject }),
    /** "Make it fit". A change is reported with its Undo; `message` says when there was nothing to do. */
    makeFit: (): { changed: boolean; message: string } => {
      const fitted = fitDraft(state.text, state.subject, profile, goals, state, options);
      const message = describeSteps(fitted.steps);
      const changed = fitted.text !== state.text || fitted.subject !== state.subject;
      if (changed) replace({ ...state, text: fitted.text, subject: fitted.subject }, message);
      return { changed, message };
    },
    /** Loads one of the alternatives into the editor; the mentee's own edits get an Undo. */
    pick: (alternative: BuiltDraft) =>
      replace(
        fromBuilt(alternative, { draftId: state.draftId, saved: state.saved, factsChosen: false }),
        handEdited(state) ? 'Switched to another alternative, replacing your edits.' : null,
      ),
    /** Puts in text from elsewhere (an on-device rewrite), with Undo. */
    putText: (text: string, subject: string, message: string) => replace({ ...state, text, subject }, message),
    open: (draft: Draft, wording?: { text: string; subject: string }) =>
      replace(fromDraft(draft, templates, wording), isUnsaved(state) ? 'Opened a saved draft; the one you were editing was not saved.' : null),
    startNew: () =>
      replace(fromBuilt(startDraft(profile, goals, state.channel, options)), isUnsaved(state) ? 'Started a new draft; the one you were editing was not saved.' : null),
    /**
     * After a save: this is now the stored draft. Functional, as a save can finish after more typing.
     * The Undo goes: it would bring back an editor that does not know this draft is stored.
     */
    markSaved: (draft: Draft) => {
      setState((s) => ({ ...s, draftId: draft.id, saved: draft }));
      setUndo(null);
    },
    /** The stored draft was deleted: the next save makes a new one. */
    detach: (id: string) => setState((s) => (s.draftId === id ? { ...s, draftId: undefined, saved: null } : s)),
    /** A deleted draft came back (Undo) while the editor still holds it: attach it again. */
    reattach: (draft: Draft) => setState((s) => (s.draftId === undefined && s.saved === null ? { ...s, draftId: draft.id, saved: draft } : s)),
    undoLast: () => {
      if (!undo) return;
      setState(undo.previous);
      setUndo(null);
    },
    dismissUndo: () => setUndo(null),
  };

  return { state, undo, ...actions };
}
