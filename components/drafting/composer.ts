// The composer's logic as plain functions over the drafting engine: which channel and template a
// draft starts from, how its text is rebuilt from the parts the mentee controls, what "make it fit"
// does, and how length is put in words. The panel only holds state and renders.
import { channelSpec, measure, targetLength, type ChannelSpec } from '../../utils/drafting/channels';
import { composeDraft, draftAlternatives, ENGINE_TEMPLATE_ID, fitSubject, makeItFit, type ComposedDraft } from '../../utils/drafting/compose';
import { defaultFactIds, factsById, type Fact } from '../../utils/drafting/facts';
import { allPass, checkDraft, type Check, type DraftContext } from '../../utils/drafting/quality';
import { shortenToFit, type ShortenStep } from '../../utils/drafting/shorten';
import { defaultTemplateFor, findTemplate, templatesFor } from '../../utils/drafting/templates';
import type { Channel } from '../../utils/schema/channel';
import type { Template } from '../../utils/schema/draft';
import type { Goals } from '../../utils/schema/goals';
import type { Person } from '../../utils/schema/person';
import type { ProfileDraft } from '../../utils/schema/profile';
import { renderFor } from './values';

/** Channel names as the picker shows them: the mentee thinks "LinkedIn", not "channel". */
export const CHANNEL_NAMES: Readonly<Record<Channel, string>> = {
  'connection-note': 'LinkedIn connection note',
  message: 'LinkedIn message',
  inmail: 'LinkedIn InMail',
  email: 'Email',
};

/** Most first contacts on LinkedIn are a connection note; someone found on their own site gets an email. */
export function defaultChannel(person: Pick<Person, 'profileUrl' | 'profile'>): Channel {
  const linkedIn = person.profile.source === 'linkedin' || /(^|\.)linkedin\.com$/i.test(hostOf(person.profileUrl ?? person.profile.profileUrl));
  return linkedIn ? 'connection-note' : 'email';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The parts of a draft the mentee chooses; the text is built from them (and may then be edited). */
export interface DraftParts {
  channel: Channel;
  templateId: string;
  /** Ticked facts, in the order ticked; two at most. */
  factIds: string[];
  /** "Why them, in your words": the mentee's own reason, used by every alternative. */
  admiration: string;
}

export interface BuiltDraft extends DraftParts {
  text: string;
  subject: string;
  /** Variables left unfilled or unknown, in words ("Fill in {goal}: write your goal in Goals"), or null. */
  error: string | null;
}

export interface BuildOptions {
  premium: boolean;
  /** The mentee's templates (listTemplates()). */
  templates: readonly Template[];
  /** extractFacts(profile, goals). */
  facts: readonly Fact[];
}

/** How many facts a draft may name: more reads as a list, not a reason. */
export const MAX_FACTS = 2;

/** The template a channel uses: the one asked for when it suits the channel, else the channel's first. */
export function templateIdFor(channel: Channel, templates: readonly Template[], wanted?: string): string {
  if (wanted === ENGINE_TEMPLATE_ID) return ENGINE_TEMPLATE_ID;
  const offered = templatesFor(channel, templates);
  return offered.find((t) => t.id === wanted)?.id ?? offered[0]?.id ?? defaultTemplateFor(channel).id;
}

/** One draft the mentee can pick: the engine's, or one of their own templates filled in. */
export interface Alternative extends BuiltDraft {
  /** "engine:0", "engine:1", "template:<id>". */
  key: string;
  /** What it rests on, for the picker: "your move from … to …", "your template “Short and warm”". */
  label: string;
  checks: Check[];
  /** False when nothing on the profile relates to the goal and no own reason is given: nothing to copy. */
  copyable: boolean;
}

function fromComposed(draft: ComposedDraft, key: string, label: string): Alternative {
  return {
    key,
    label,
    channel: draft.channel,
    templateId: draft.templateId,
    factIds: draft.factIds,
    admiration: draft.admiration,
    text: draft.text,
    subject: draft.subject,
    error: draft.copyable ? draft.error : (draft.checks.find((c) => c.id === 'link' && !c.ok)?.message ?? null),
    checks: draft.checks,
    copyable: draft.copyable,
  };
}

/** Templates the mentee made or edited: an untouched built-in adds nothing the engine does not write better. */
function ownTemplates(channel: Channel, templates: readonly Template[]): Template[] {
  return templatesFor(channel, templates).filter((t) => !t.builtIn || isEditedBuiltIn(t));
}

function isEditedBuiltIn(template: Template): boolean {
  const original = templatesFor(template.channel === 'any' ? 'message' : template.channel).find((t) => t.id === template.id);
  return !!original && (original.body !== template.body || original.subject !== template.subject);
}

/**
 * Every draft the mentee can pick for this person and channel, best first: the engine's three
 * (each on a different fact or angle, all using the mentee's own reason), then one from each of
 * their own templates. When nothing relates to the goal and there is no own reason, the engine's
 * one entry is not copyable and its `error` says what to add.
 */
export function alternativesFor(profile: ProfileDraft, goals: Goals, channel: Channel, options: BuildOptions, reason = ''): Alternative[] {
  const engine = draftAlternatives(profile, goals, channel, { premium: options.premium, facts: options.facts, reason });
  const out = engine.map((d, i) => fromComposed(d, `engine:${i}`, d.basis ? `Based on ${d.basis}` : 'Nothing to base it on yet'));
  const factIds = engine[0]?.factIds.length ? engine[0].factIds : defaultFactIds(options.facts);
  for (const template of ownTemplates(channel, options.templates)) {
    const draft = composeDraft(profile, goals, channel, { premium: options.premium, templates: options.templates, facts: options.facts, templateId: template.id, factIds, admiration: reason });
    if (factIds.length === 0 && !reason.trim()) continue;
    out.push(fromComposed(draft, `template:${template.id}`, `Your template “${template.name}”`));
  }
  return out;
}

/** Whether an alternative can be copied as it is (every check passes). */
export function readyToSend(alternative: Pick<Alternative, 'checks' | 'copyable'>): boolean {
  return alternative.copyable && allPass(alternative.checks);
}

/**
 * A new draft for a channel: the engine's best alternative, or the template asked for. Before the
 * mentee has goals, the channel's template filled with the person's side and their top fact.
 */
export function startDraft(profile: ProfileDraft, goals: Goals | null, channel: Channel, options: BuildOptions, templateId?: string, reason = ''): BuiltDraft {
  if (!goals) {
    const id = templateIdFor(channel, options.templates, templateId === ENGINE_TEMPLATE_ID ? undefined : templateId);
    return buildDraft(profile, null, { channel, templateId: id, factIds: options.facts.slice(0, 1).map((f) => f.id), admiration: reason }, options);
  }
  if (templateId && templateId !== ENGINE_TEMPLATE_ID && templatesFor(channel, options.templates).some((t) => t.id === templateId)) {
    const factIds = defaultFactIds(options.facts);
    return buildDraft(profile, goals, { channel, templateId, factIds: factIds.length ? factIds : options.facts.slice(0, 1).map((f) => f.id), admiration: reason }, options);
  }
  const [best] = alternativesFor(profile, goals, channel, options, reason);
  const { key: _key, label: _label, checks: _checks, copyable: _copyable, ...draft } = best!;
  return draft;
}

/** The draft these parts make, within the channel's length where the engine can manage it. */
export function buildDraft(profile: ProfileDraft, goals: Goals | null, parts: DraftParts, options: BuildOptions): BuiltDraft {
  if (goals && parts.templateId === ENGINE_TEMPLATE_ID) return startDraft(profile, goals, parts.channel, options, ENGINE_TEMPLATE_ID, parts.admiration);
  const templateId = templateIdFor(parts.channel, options.templates, parts.templateId === ENGINE_TEMPLATE_ID ? undefined : parts.templateId);
  if (goals) {
    const draft = composeDraft(profile, goals, parts.channel, {
      premium: options.premium,
      templates: options.templates,
      facts: options.facts,
      templateId,
      factIds: parts.factIds,
      admiration: parts.admiration,
    });
    return { ...parts, templateId, text: draft.text, subject: draft.subject, error: draft.error };
  }
  const template = findTemplate(templateId, options.templates) ?? defaultTemplateFor(parts.channel);
  const chosen = factsById(options.facts, parts.factIds);
  const body = renderFor(template, profile, null, chosen, parts.admiration);
  const spec = channelSpec(parts.channel, { premium: options.premium });
  const subjectTemplate = template.subject || defaultTemplateFor(parts.channel).subject;
  const subject = spec.hasSubject ? renderFor({ body: subjectTemplate, subject: '' }, profile, null, chosen, parts.admiration) : null;
  const problems = [...new Set([...body.problems, ...(subject?.problems ?? [])].map((p) => p.message))];
  return {
    ...parts,
    templateId,
    text: body.text,
    subject: subject ? fitSubject(subject.text, spec.subjectLimit) : '',
    error: problems.length ? problems.join('\n') : null,
  };
}

/** What the quality check and "make it fit" judge a draft against. */
export function draftContext(profile: ProfileDraft, goals: Goals, parts: Pick<DraftParts, 'channel' | 'admiration'>, options: Pick<BuildOptions, 'premium' | 'facts'>): DraftContext {
  return { profile, goals, channel: parts.channel, premium: options.premium, admiration: parts.admiration, facts: options.facts };
}

/**
 * "Make it fit" on whatever is in the editor now (the mentee's edit, an AI rewrite). With goals the
 * engine keeps the fact, goal and ask; without them it can only shorten sentence by sentence.
 */
export function fitDraft(
  text: string,
  subject: string,
  profile: ProfileDraft,
  goals: Goals | null,
  parts: DraftParts,
  options: Pick<BuildOptions, 'premium' | 'facts'>,
): { text: string; subject: string; steps: ShortenStep[] } {
  if (goals) return makeItFit({ text, subject }, draftContext(profile, goals, parts, options), { factIds: parts.factIds });
  const spec = channelSpec(parts.channel, { premium: options.premium });
  const limit = targetLength(spec);
  const fittedSubject = spec.hasSubject ? fitSubject(subject, spec.subjectLimit) : subject;
  if (limit === null || text.length <= limit) return { text, subject: fittedSubject, steps: [] };
  const result = shortenToFit(text, limit);
  return { text: result.text, subject: fittedSubject, steps: result.steps };
}

const STEP_WORDS: Record<ShortenStep, string> = {
  intro: 'left out your introduction',
  'second-fact': 'kept one fact instead of two',
  ask: 'said the ask more briefly',
  'fact-wording': 'used a shorter wording of the fact',
  'optional-sentences': 'left out sentences the request does not need',
  sentences: 'shortened sentences',
  'hard-trim': 'cut the end',
};

/** What "make it fit" did, as one sentence. */
export function describeSteps(steps: readonly ShortenStep[]): string {
  if (steps.length === 0) return 'It already fits; nothing was changed.';
  const words = steps.map((s) => STEP_WORDS[s]);
  const list = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
  return `Made it fit: ${list}.`;
}

export interface LengthWords {
  /** "173 of 200 characters: 27 left." */
  body: string;
  /** "Subject: 40 of 200 characters." or null for channels without a subject. */
  subject: string | null;
  /** The body is over its hard limit. */
  over: boolean;
  /** The subject is over its hard limit. */
  subjectOver: boolean;
}

/** The live counter, in words; lengths are JavaScript string lengths, as LinkedIn counts them. */
export function lengthWords(spec: ChannelSpec, text: string, subject: string): LengthWords {
  const m = measure(spec, text, subject);
  const plural = (n: number) => `${n} character${n === 1 ? '' : 's'}`;
  let body: string;
  if (spec.bodyLimit !== null) {
    body = m.over > 0 ? `${m.length} of ${spec.bodyLimit} characters: ${plural(m.over)} over the limit.` : `${m.length} of ${spec.bodyLimit} characters: ${m.length === spec.bodyLimit ? 'exactly at the limit' : `${plural(spec.bodyLimit - m.length)} left`}.`;
  } else if (spec.recommended !== null) {
    body =
      m.overRecommended > 0
        ? `${plural(m.length)}: ${m.overRecommended} over the ${spec.recommended} we suggest.`
        : `${plural(m.length)}: under the ${spec.recommended} we suggest.`;
  } else {
    body = `${plural(m.length)}: no length limit.`;
  }
  const subjectWords = !spec.hasSubject
    ? null
    : spec.subjectLimit === null
      ? `Subject: ${plural(m.subjectLength)}.`
      : m.subjectOver > 0
        ? `Subject: ${m.subjectLength} of ${spec.subjectLimit} characters: ${plural(m.subjectOver)} over the limit.`
        : `Subject: ${m.subjectLength} of ${spec.subjectLimit} characters.`;
  return { body, subject: subjectWords, over: m.over > 0, subjectOver: m.subjectOver > 0 };
}
