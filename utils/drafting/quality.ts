import type { Channel } from '../schema/channel';
import type { Goals } from '../schema/goals';
import type { ProfileDraft } from '../schema/profile';
import { channelSpec, measure } from './channels';
import { extractFacts, isRelevant, type Fact } from './facts';
import { goalTerms, specificKeys } from './goal-terms';
import { readGoal } from './goal';
import { describeWording, wordingProblems } from './wording-check';
import { askPhrase, goalPhrase } from './phrases';
import { escapeRegExp, GENERIC_WORDS, isContentWord, mentionsPhrase, phraseStems, sentenceSpans, stem, stemSet, words } from './text';

/** What a draft is checked against. */
export interface DraftContext {
  /** The person written to, as saved (the mentee may have corrected it). */
  profile: ProfileDraft;
  goals: Goals;
  channel: Channel;
  /** LinkedIn Premium: 300-character connection notes instead of 200. */
  premium?: boolean;
  /** The mentee's own words about why them (Draft.admiration); they count as a fact when specific. */
  admiration?: string;
  /** extractFacts(profile, goals), when the caller has it already. */
  facts?: readonly Fact[];
}

export const CHECK_IDS = ['fact', 'goal', 'ask', 'limit', 'placeholder', 'not-generic', 'link', 'wording'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface Check {
  id: CheckId;
  ok: boolean;
  /** Plain words: what passed, or how to fix it. */
  message: string;
}

export interface DraftText {
  text: string;
  /** InMail and email only. */
  subject?: string;
}

/**
 * Checks a draft, returning exactly CHECK_IDS in that order:
 * - `fact`: names something specific from this person's profile (company, non-generic title,
 *   skill, school, a phrase of the About — never just their name), or the mentee's own specific words;
 * - `goal`: names the mentee's goal (shares words with the summary / help wanted that are not
 *   simply the mentor's own title);
 * - `ask`: makes a bounded ask (a time like "20 minutes" or "15-min", or "one question", "a short call");
 * - `limit`: fits the channel (the subject too; InMail and email need one);
 * - `placeholder`: no `{variable}` or `[placeholder]` left;
 * - `not-generic`: praise, if any, is tied to something specific;
 * - `link`: says why this person for this goal: names a fact that relates to the goal, or the
 *   mentee's own reason; when the profile has nothing related it says what to add;
 * - `wording`: no fragment, pasted Title Case, cut clause, doubled punctuation or other channel's words.
 */
export function checkDraft(draft: DraftText, context: DraftContext): Check[] {
  const facts = context.facts ?? extractFacts(context.profile, context.goals);
  const full = [draft.subject ?? '', draft.text].join('\n');
  return [
    checkFact(full, facts, context),
    checkGoal(full, facts, context.goals),
    checkAsk(draft.text, context.goals),
    checkLimit(draft, context),
    checkPlaceholder(draft),
    checkNotGeneric(draft.text, facts, context),
    checkLink(full, facts, context),
    checkWording(draft, context),
  ];
}

/** True when every check passes. */
export function allPass(checks: readonly Check[]): boolean {
  return checks.every((c) => c.ok);
}

/**
 * The first fact key the text mentions, or null. With goals, keys made only of the mentee's own
 * words are skipped: "backend engineer" on the mentor's profile is no sign of a fact in a draft by
 * someone moving out of backend engineering.
 */
export function mentionedFact(text: string, facts: readonly Fact[], goals?: Goals): { fact: Fact; key: string } | null {
  for (const fact of facts) {
    for (const key of goals ? specificKeys(fact, goals) : fact.keys) if (mentionsPhrase(text, key)) return { fact, key };
  }
  return null;
}

/**
 * Praise that says nothing by itself. "love to" is not here: "I'd love to hear about…" is how the
 * built-in templates ask, not flattery.
 */
const PRAISE =
  /\b(?:amazing|inspiring|inspirational|inspired|impressive|impressed|incredible|awesome|fantastic|outstanding|remarkable|stellar|brilliant|wonderful|phenomenal|exceptional|extraordinary|tremendous|legendary|admire|admiration|big fan|huge fan|great (?:career|work|profile|journey|background|experience|achievements?|accomplishments?|success)|love your (?:profile|work|career|journey|background|content|posts?))\b/i;

const PRAISE_WORDS = new Set(
  'amazing inspiring inspirational inspired impressive impressed incredible awesome fantastic outstanding remarkable stellar brilliant wonderful phenomenal exceptional extraordinary tremendous legendary admire admiration fan great love career journey profile background achievements achievement accomplishments accomplishment success path story'.split(
    ' ',
  ),
);

/**
 * Whether the mentee's own words are specific (some word that is neither praise nor generic) and
 * present in the text (at least half of their content words).
 */
export function ownWordsUsed(text: string, own: string | undefined): boolean {
  const ownWords = words(own ?? '').filter((w) => isContentWord(w) && !PRAISE_WORDS.has(w));
  const distinctive = ownWords.filter((w) => !GENERIC_WORDS.has(w) && w.length >= 3);
  if (distinctive.length === 0) return false;
  const present = stemSet(text);
  const ownStems = [...new Set(ownWords.map(stem))];
  const found = ownStems.filter((s) => present.has(s)).length;
  return distinctive.some((w) => present.has(stem(w))) && found * 2 >= ownStems.length;
}

function checkFact(text: string, facts: readonly Fact[], context: DraftContext): Check {
  const hit = mentionedFact(text, facts, context.goals);
  if (hit) return { id: 'fact', ok: true, message: `Mentions "${hit.key}" from their profile.` };
  if (ownWordsUsed(text, context.admiration)) return { id: 'fact', ok: true, message: 'Says in your own words why you are writing to them.' };
  if (facts.length === 0) {
    return {
      id: 'fact',
      ok: false,
      message:
        'Their profile shows nothing specific beyond a name. Add a line in your own words about why you are writing to them: a talk, a post or a project of theirs.',
    };
  }
  return { id: 'fact', ok: false, message: `Mention something specific from their profile, for example ${facts[0]!.text}.` };
}

function checkGoal(text: string, facts: readonly Fact[], goals: Goals): Check {
  const goalStems = new Set<string>();
  for (const [s, weight] of goalTerms(goals)) if (weight >= 1) goalStems.add(s);
  const example = `"I'm hoping to ${goalPhrase(goals.summary)}."`;
  if (goalStems.size === 0) return { id: 'goal', ok: true, message: 'Your goal has no words to look for; make sure the draft says it.' };
  // The goal must be named outside the facts quoted: "your role as Engineering Manager" shares
  // words with "move into engineering management" without saying what the mentee wants.
  const present = new Set(wordsOutsideFacts(text, facts).filter(isContentWord).map(stem));
  const found = [...goalStems].filter((s) => present.has(s));
  if (found.length >= Math.min(2, goalStems.size)) return { id: 'goal', ok: true, message: 'Says what you are hoping for.' };
  return { id: 'goal', ok: false, message: `Say what you are hoping for, in the words of your goal, for example ${example}` };
}

/** The words of a text with every fact's wording and every mentioned fact key taken out. */
function wordsOutsideFacts(text: string, facts: readonly Fact[]): string[] {
  let rest = text;
  for (const fact of facts) {
    for (const phrase of [fact.text, fact.short]) if (phrase) rest = rest.replace(new RegExp(escapeRegExp(phrase), 'gi'), ' ');
  }
  const ws = words(rest);
  const stems = ws.map(stem);
  const drop = new Array<boolean>(ws.length).fill(false);
  for (const key of facts.flatMap((f) => f.keys)) {
    const k = phraseStems(key);
    if (k.length === 0) continue;
    for (let i = 0; i + k.length <= stems.length; i++) {
      if (k.every((s, j) => stems[i + j] === s)) for (let j = 0; j < k.length; j++) drop[i + j] = true;
    }
  }
  return ws.filter((_, i) => !drop[i]);
}

const TIME_BOUND =
  /\b(?:\d{1,3}\s?-?\s?(?:min|mins|minute|minutes)\b|\d{1,2}\s?-?\s?(?:hour|hours|hr|hrs)\b|(?:half|quarter) (?:of )?an hour|half-hour|an hour\b|one hour\b|a few minutes|few minutes|a couple of minutes|(?:five|ten|fifteen|twenty|thirty|forty-five)[- ]minutes?)/i;
const COUNT_BOUND =
  /\b(?:(?:one|1|a single|two|2|three|3|a couple of|couple of|a few|few)\s+(?:quick\s+|short\s+|brief\s+|specific\s+)?questions?|a question or two|(?:short|quick|brief)\s+(?:video\s+|phone\s+|zoom\s+|intro\s+|virtual\s+|informational\s+)?(?:call|chat|conversation|meeting|question|coffee|exchange)|coffee chat|virtual coffee|quick question)\b/i;

/** The bounded part of an ask found in a text ("20-minute", "a short call"), or null. */
export function boundedAsk(text: string): string | null {
  return TIME_BOUND.exec(text)?.[0] ?? COUNT_BOUND.exec(text)?.[0] ?? null;
}

function checkAsk(text: string, goals: Goals): Check {
  const found = boundedAsk(text);
  if (found) return { id: 'ask', ok: true, message: `Makes a small, bounded ask ("${found}").` };
  return {
    id: 'ask',
    ok: false,
    message: `Ask for something small with a clear bound, for example "Would you be open to ${askPhrase(goals.ask)}?"`,
  };
}

function checkLimit(draft: DraftText, context: DraftContext): Check {
  const spec = channelSpec(context.channel, { premium: context.premium });
  const m = measure(spec, draft.text, draft.subject ?? '');
  const name = CHANNEL_NOUNS[context.channel];
  if (m.over > 0) {
    const premiumHint = context.channel === 'connection-note' && !context.premium ? ' (300 with Premium)' : '';
    return {
      id: 'limit',
      ok: false,
      message: `${m.over} character${m.over === 1 ? '' : 's'} over the ${spec.bodyLimit}-character limit for ${name}${premiumHint}. Use "Make it fit" or cut a sentence.`,
    };
  }
  if (spec.hasSubject && !(draft.subject ?? '').trim()) {
    return { id: 'limit', ok: false, message: `Add a subject line: ${context.channel === 'inmail' ? 'an InMail needs one' : 'an email without one is easy to skip'}.` };
  }
  if (m.subjectOver > 0) {
    return { id: 'limit', ok: false, message: `The subject is ${m.subjectOver} character${m.subjectOver === 1 ? '' : 's'} over its ${spec.subjectLimit}-character limit: shorten it.` };
  }
  if (m.overRecommended > 0) {
    return {
      id: 'limit',
      ok: true,
      message: `Fits, but at ${m.length} characters it is longer than the ${spec.recommended} we suggest for ${name}; shorter first messages get more replies.`,
    };
  }
  if (spec.bodyLimit !== null) return { id: 'limit', ok: true, message: `Fits: ${m.length} of ${spec.bodyLimit} characters.` };
  if (spec.recommended !== null) return { id: 'limit', ok: true, message: `Fits: ${m.length} of the ${spec.recommended} characters we suggest for ${name}.` };
  return { id: 'limit', ok: true, message: `${m.length} characters; ${name} has no length limit.` };
}

const CHANNEL_NOUNS: Record<Channel, string> = {
  'connection-note': 'a connection note',
  message: 'a LinkedIn message',
  inmail: 'an InMail',
  email: 'an email',
};

const CURLY = /\{[^{}\n]{0,40}\}/g;
// "[Name]", "[your company]"; not a Markdown link "[text](url)".
const BRACKET = /\[[^[\]\n]{1,40}\](?!\()/g;

function checkPlaceholder(draft: DraftText): Check {
  const all = `${draft.subject ?? ''}\n${draft.text}`;
  const found = [...new Set([...(all.match(CURLY) ?? []), ...(all.match(BRACKET) ?? [])])];
  if (found.length === 0) return { id: 'placeholder', ok: true, message: 'No placeholders left.' };
  return { id: 'placeholder', ok: false, message: `Replace ${found.join(', ')} with real words.` };
}

function checkNotGeneric(text: string, facts: readonly Fact[], context: DraftContext): Check {
  // A placeholder such as {admiration} is the placeholder check's business, not praise.
  const prose = text.replace(CURLY, ' ').replace(BRACKET, ' ');
  const praise = sentenceSpans(prose).filter((s) => PRAISE.test(s.text));
  if (praise.length === 0) return { id: 'not-generic', ok: true, message: 'No empty praise.' };
  const specific = praise.some((s) => mentionedFact(s.text, facts, context.goals) !== null || ownWordsUsed(s.text, context.admiration));
  if (specific) return { id: 'not-generic', ok: true, message: 'Praise is tied to something specific.' };
  const example = facts[0] ? `for example ${facts[0].text}` : 'a talk, a post or a project of theirs';
  const phrase = PRAISE.exec(praise[0]!.text)?.[0] ?? 'general praise';
  return {
    id: 'not-generic',
    ok: false,
    message: `"${phrase}" is praise anyone could get. Say what specifically draws you to them instead, ${example}.`,
  };
}

function checkLink(text: string, facts: readonly Fact[], context: DraftContext): Check {
  if (ownWordsUsed(text, context.admiration)) return { id: 'link', ok: true, message: 'Says in your own words why you are writing to them.' };
  const relevant = facts.filter(isRelevant);
  const hit = mentionedFact(text, relevant, context.goals);
  if (hit) return { id: 'link', ok: true, message: `Ties ${hit.fact.text} to your goal.` };
  const first = context.profile.name.trim().split(/\s+/)[0] || 'them';
  const topic = readGoal(context.goals).topic;
  if (relevant.length === 0) {
    return {
      id: 'link',
      ok: false,
      message: `Nothing on ${first}'s profile relates to ${topic}. Add, in your own words, why you are writing to ${first} (a talk, a post, something they did) under "Why them, in your words".`,
    };
  }
  return { id: 'link', ok: false, message: `Say how ${first} could help with your goal, for example through ${relevant[0]!.text}.` };
}

function checkWording(draft: DraftText, context: DraftContext): Check {
  const problems = wordingProblems([draft.subject ?? '', draft.text].filter(Boolean).join('\n'), context.channel, context.profile);
  if (problems.length === 0) return { id: 'wording', ok: true, message: 'Reads as whole, plain sentences.' };
  return { id: 'wording', ok: false, message: `${describeWording(problems)}.` };
}
