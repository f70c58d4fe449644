import type { Channel } from '../schema/channel';
import type { Template } from '../schema/draft';
import type { Goals } from '../schema/goals';
import type { ProfileDraft } from '../schema/profile';
import { channelSpec, targetLength } from './channels';
import { cleanOrg, defaultFactIds, extractFacts, factsById, goalTerms, type Fact } from './facts';
import { admirationSentence, askSentence, firstNameOf, goalPhrase, helpSentence, introSentence, shortGoalPhrase } from './phrases';
import { allPass, boundedAsk, checkDraft, mentionedFact, type Check, type DraftContext, type DraftText } from './quality';
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
}

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
    myIntro: introSentence(goals.me?.intro),
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
  };
}

/**
 * The draft a person starts with: the top one or two facts most relevant to the goals (unless
 * `factIds` is given), the channel's built-in template (unless `templateId` is given), within the
 * channel's length. For any profile with at least one fact it passes every check.
 */
export function defaultDraft(profile: ProfileDraft, goals: Goals, channel: Channel, options: DraftOptions = {}): ComposedDraft {
  const facts = options.facts ?? extractFacts(profile, goals);
  const factIds = options.factIds ?? (options.admiration?.trim() ? [] : defaultFactIds(facts, goals));
  const draft = composeDraft(profile, goals, channel, { ...options, facts, factIds });
  if (options.factIds || options.admiration?.trim() || (allPass(draft.checks) && !cutSentences(draft))) return draft;
  // The top facts did not fit whole (a 200-character note and a long title): the first of the
  // next few facts that fits without cutting a sentence reads better than a cut one.
  const alternatives = facts.slice(0, MAX_ALTERNATIVES).filter((f) => f.id !== factIds[0] || factIds.length > 1);
  for (const fact of alternatives) {
    const single = composeDraft(profile, goals, channel, { ...options, facts, factIds: [fact.id] });
    if (allPass(single.checks) && !cutSentences(single)) return single;
  }
  return draft;
}

/** How many of the top facts defaultDraft tries when the first choice does not fit whole. */
const MAX_ALTERNATIVES = 5;

function cutSentences(draft: ComposedDraft): boolean {
  return draft.shortened.includes('sentences') || draft.shortened.includes('hard-trim');
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
  const chosen = factsById(facts, options.factIds ?? defaultFactIds(facts, context.goals));
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
