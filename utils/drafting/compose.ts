import type { Channel } from '../schema/channel';
import type { Template } from '../schema/draft';
import type { Goals } from '../schema/goals';
import type { ProfileDraft } from '../schema/profile';
import { channelSpec, targetLength } from './channels';
import { cleanOrg, defaultFactIds, extractFacts, factsById, type Fact } from './facts';
import { readGoal } from './goal';
import { goalTerms } from './goal-terms';
import { admirationSentence, askSentence, firstNameOf, goalPhrase, helpSentence, shortGoalPhrase } from './phrases';
import { draftPlans } from './plan';
import { allPass, boundedAsk, checkDraft, mentionedFact, type Check, type DraftContext, type DraftText } from './quality';
import { writeBody, writeSubject } from './sentences';
import { introSentence } from './voice';
import { shortenToFit, type ShortenHints, type ShortenStep } from './shorten';
import { cutOnWord, stemSet } from './text';
import { defaultTemplateFor, findTemplate, renderTemplate, type TemplateValues } from './templates';

/** The parts of a draft the mentee controls beyond their goals. */
export interface DraftOptions {
  /** LinkedIn Premium: 300-character connection notes. */
  premium?: boolean;
  /** A template id from `templates` or the built-ins; default: the built-in for the channel. */
  templateId?: string;
  /** Ticked facts, in order. defaultDraft picks the top one or two when this is undefined. */
  factIds?: readonly string[];
  /** The mentee's own words about why them; used instead of or beside ticked facts. */
  admiration?: string;
  /** The mentee's templates (edited built-ins and their own), searched before the built-ins. */
  templates?: readonly Template[];
  /** extractFacts(profile, goals), when the caller has it already. */
  facts?: readonly Fact[];
  /** The mentee's own reason for writing to this person (kept per person); every alternative uses it. */
  reason?: string;
  /** How many engine alternatives to write (default 3). */
  count?: number;
}

/** The template id every draft the engine writes is stored under, so reply-rate stats group them. */
export const ENGINE_TEMPLATE_ID = 'engine';

/** A draft ready to show: text, subject, what it was made from, and how it checks. */
export interface ComposedDraft {
  channel: Channel;
  /** "" for channels without a subject (connection note, message). */
  subject: string;
  text: string;
  templateId: string;
  /** The facts used, in order (store as Draft.factIds). */
  factIds: string[];
  /** The mentee's own words used ("" when none; store as Draft.admiration). */
  admiration: string;
  /** The values the template was filled with. */
  values: TemplateValues;
  /** Variables left unfilled or unknown ("Fill in {company}: this profile has no company"), or null. */
  error: string | null;
  /** What "make it fit" did to reach the channel's length ([] when it fitted as written). */
  shortened: ShortenStep[];
  checks: Check[];
  /** False when there is nothing true to say about why them: `text` is "" and `link` says what to add. */
  copyable: boolean;
  /** What the alternative rests on, for the picker ("your move from … to …", "your own reason"). */
  basis: string;
}

/** Optional in the built-in templates: empty means the sentence or name is left out, not an error. */
const OPTIONAL = ['myIntro', 'help', 'myName'] as const;

/**
 * The values every template variable takes for this person, these goals and these facts/own words.
 * See VARIABLE_DOCS in templates.ts for what each holds.
 */
export function draftValues(profile: ProfileDraft, goals: Goals, facts: readonly Fact[], admiration = ''): TemplateValues {
  const current = profile.experience?.[0];
  const isCurrent = !!current && (!current.end || /present|current|now|today/i.test(current.end));
  return {
    firstName: firstNameOf(profile.name),
    fullName: profile.name.trim(),
    company: cleanOrg(profile.company) || (isCurrent ? cleanOrg(current.company) : ''),
    role: isCurrent ? current.title.trim() : '',
    admiration: admirationSentence(facts, admiration),
    goal: goalPhrase(goals.summary),
    help: helpSentence(goals),
    ask: askSentence(goals.ask),
    myName: goals.me?.name?.trim() ?? '',
    myIntro: introSentence(goals.me?.intro ? { name: '', intro: goals.me.intro } : undefined),
  };
}

/**
 * Builds a draft from exactly the parts given (no default facts): fills the template, brings it
 * within the channel's length (the hard limit, or the recommended 400 for a message) and checks it.
 */
export function composeDraft(profile: ProfileDraft, goals: Goals, channel: Channel, options: DraftOptions = {}): ComposedDraft {
  const facts = options.facts ?? extractFacts(profile, goals);
  const chosen = factsById(facts, options.factIds ?? []);
  const admiration = (options.admiration ?? '').trim();
  const values = draftValues(profile, goals, chosen, admiration);
  const template =
    (options.templateId ? findTemplate(options.templateId, options.templates ?? []) : undefined) ?? defaultTemplateFor(channel);
  const spec = channelSpec(channel, { premium: options.premium });
  // Subjects read best short: the goal's first few words, not the whole summary.
  const subjectValues = { ...values, goal: shortGoalPhrase(goals.summary) };
  const rendered = renderTemplate(template, values, { optional: OPTIONAL, missing: missingReasons(profile, chosen, admiration) });
  const subjectTemplate = spec.hasSubject ? template.subject || defaultTemplateFor(channel).subject : '';
  const subject = spec.hasSubject ? fitSubject(renderTemplate({ body: subjectTemplate, subject: '' }, subjectValues, { optional: OPTIONAL }).text, spec.subjectLimit) : '';

  const context: DraftContext = { profile, goals, channel, premium: options.premium, admiration, facts };
  const fitted = makeItFit({ text: rendered.text, subject }, context, { factIds: chosen.map((f) => f.id), soft: true, values });
  return {
    channel,
    subject,
    text: fitted.text,
    templateId: template.id,
    factIds: chosen.map((f) => f.id),
    admiration,
    values,
    error: rendered.error,
    shortened: fitted.steps,
    checks: checkDraft({ text: fitted.text, subject }, context),
    copyable: true,
    basis: chosen[0]?.text ?? (admiration ? 'your own reason' : ''),
  };
}

/**
 * The engine's drafts for a person and channel, best first (pipeline: ranked facts → plans →
 * sentences → checks). Each rests on a different relevant fact where the profile has several, and
 * every one uses the mentee's own reason when given. When nothing on the profile relates to the
 * goal and there is no own reason, the one draft returned has text "" and a failing `link` check
 * that says what to add: a long shot is not offered for copying.
 */
export function draftAlternatives(profile: ProfileDraft, goals: Goals, channel: Channel, options: DraftOptions = {}): ComposedDraft[] {
  const facts = options.facts ?? extractFacts(profile, goals);
  const reason = (options.reason ?? '').trim();
  const goal = readGoal(goals);
  const spec = channelSpec(channel, { premium: options.premium });
  const context: DraftContext = { profile, goals, channel, premium: options.premium, admiration: reason, facts };
  const count = options.count ?? 3;
  // A few spare plans, so an alternative that cannot fit a short channel gives way to one that does.
  const plans = draftPlans(facts, reason, count + 3);
  const values = draftValues(profile, goals, [], reason);
  if (plans.length === 0) {
    return [{ channel, subject: '', text: '', templateId: ENGINE_TEMPLATE_ID, factIds: [], admiration: '', values, error: null, shortened: [], checks: checkDraft({ text: '' }, context), copyable: false, basis: '' }];
  }
  const firstName = firstNameOf(profile.name);
  const drafts = plans.map((plan): ComposedDraft => {
    const text = writeBody({ plan, goal, goals, channel, firstName, limit: targetLength(spec) });
    const subject = spec.hasSubject ? fitSubject(writeSubject({ plan, goal }), spec.subjectLimit) : '';
    const used = [plan.fact, plan.extra].filter((f): f is Fact => !!f && (f === plan.fact || text.includes(f.did)));
    return {
      channel,
      subject,
      text,
      templateId: ENGINE_TEMPLATE_ID,
      factIds: used.map((f) => f.id),
      admiration: reason,
      values,
      error: null,
      shortened: [],
      checks: checkDraft({ text, subject }, context),
      copyable: true,
      basis: plan.fact ? plan.fact.text : 'your own reason',
    };
  });
  // Best first: those that pass every check keep their plan order ahead of those that do not.
  const ranked = drafts.map((d, i) => ({ d, i })).sort((x, y) => Number(allPass(y.d.checks)) - Number(allPass(x.d.checks)) || x.i - y.i);
  const seen = new Set<string>();
  return ranked.map((x) => x.d).filter((d) => !seen.has(d.text) && seen.add(d.text)).slice(0, count);
}

/** The draft a person starts with: the engine's best alternative (see draftAlternatives). */
export function defaultDraft(profile: ProfileDraft, goals: Goals, channel: Channel, options: DraftOptions = {}): ComposedDraft {
  return draftAlternatives(profile, goals, channel, { ...options, count: options.count ?? 3 })[0]!;
}

export interface FitOptions {
  /** The facts the draft was made with (to know which to drop first); default: the default facts. */
  factIds?: readonly string[];
  /** Also bring a message down to the recommended length (default true); false: hard limits only. */
  soft?: boolean;
  /** draftValues(...) if already computed. */
  values?: TemplateValues;
}

/**
 * "Make it fit": shortens a draft (the mentee's edit, an AI rewrite, a rendered template) to its
 * channel's limit, keeping the fact, the goal and the ask whenever at all possible (see
 * shortenToFit for the order). Returns the text as is when it already fits or there is no limit.
 */
export function makeItFit(draft: DraftText, context: DraftContext, options: FitOptions = {}): { text: string; subject: string; steps: ShortenStep[] } {
  const spec = channelSpec(context.channel, { premium: context.premium });
  const limit = options.soft === false ? spec.bodyLimit : targetLength(spec);
  const subject = spec.hasSubject ? fitSubject(draft.subject ?? '', spec.subjectLimit) : (draft.subject ?? '');
  if (limit === null || draft.text.length <= limit) return { text: draft.text, subject, steps: [] };
  const facts = context.facts ?? extractFacts(context.profile, context.goals);
  const chosen = factsById(facts, options.factIds ?? defaultFactIds(facts));
  const values = options.values ?? draftValues(context.profile, context.goals, chosen, context.admiration);
  const essentials = (text: string) => {
    const checks = checkDraft({ text, subject }, { ...context, facts });
    return ['fact', 'goal', 'ask', 'placeholder'].every((id) => checks.find((c) => c.id === id)?.ok);
  };
  const goalStems = new Set(goalTerms(context.goals).keys());
  const hints: ShortenHints = {
    intro: values.myIntro,
    extraFacts: chosen.slice(1).map((f) => f.text),
    rewordings: chosen.map((f) => [f.text, f.short] as const),
    optional: [values.help ?? ''],
    mustKeep: essentials,
    essential: (sentence) =>
      mentionedFact(sentence, facts, context.goals) !== null || boundedAsk(sentence) !== null || [...stemSet(sentence)].some((s) => goalStems.has(s)),
  };
  const result = shortenToFit(draft.text, limit, hints);
  return { text: result.text, subject, steps: result.steps };
}

/** Brings a subject within its limit on a word boundary. */
export function fitSubject(subject: string, limit: number | null): string {
  const s = subject.replace(/\s+/g, ' ').trim();
  return limit !== null && s.length > limit ? cutOnWord(s, limit) : s;
}

/** Why a variable is empty for this person, for the template's fill-in errors. */
function missingReasons(profile: ProfileDraft, chosen: readonly Fact[], admiration: string): TemplateValues {
  return {
    company: 'this profile has no company',
    role: 'this profile has no current role',
    admiration:
      chosen.length === 0 && !admiration
        ? 'tick a fact from their profile, or say in your own words why you are writing to them'
        : 'tick a fact from their profile',
    firstName: profile.name.trim() ? 'their name has no first name we can read' : 'this profile has no name',
  };
}
