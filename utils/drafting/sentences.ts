// Step 4 of the pipeline: a plan in sentences for one channel. Every draft has the same parts in
// the order a reader expects (hello; who I am; why you, tied to what I hope for; the help; the ask in
// the channel's terms; thanks), each in a few wordings. The richest combination that fits the
// channel wins, so a connection note is written short rather than cut down from an email.
import type { Channel } from '../schema/channel';
import type { Goals } from '../schema/goals';
import type { GoalKind, GoalReading } from './goal';
import type { DraftPlan } from './plan';
import type { Fact } from './rank';
import { asSentence, capitalise } from './text';
import { askSentences, greeting, helpSentences, introSentence, signOffs } from './voice';

export interface WriteInput {
  plan: DraftPlan;
  goal: GoalReading;
  goals: Goals;
  channel: Channel;
  firstName: string;
  /** The hard or suggested length to stay within; null for none. */
  limit: number | null;
}

const BECOMING: ReadonlySet<GoalKind> = new Set(['change', 'management', 'senior-ic', 'founding']);

/** "you have been…" → "you've been…": how people write. */
function you(did: string): string {
  return `you ${did}`.replace(/^you have been\b/, "you've been").replace(/^you are\b/, "you're").replace(/^you have (?=\w+ed\b)/, "you've ");
}

/**
 * How the fact matters to the mentee, in their words (never a claim about the person). Each tie
 * reads both before a full stop and before "as I <goal>".
 */
function ties(fact: Fact, goal: GoalReading): string[] {
  if (fact.link === 'move' && fact.direction === 'out') {
    const from = fact.matched[0] ?? 'my field';
    return [`a move out of ${from} much like the one I'm making`, `a step away from ${from} like the one I'm taking`, `a change from ${from} much like mine`];
  }
  if (fact.link === 'move') {
    const options = BECOMING.has(goal.kind)
      ? ["the kind of move I'm hoping to make", "just the step I'm trying to take", "a move I'd like to make myself", 'exactly the path I want to follow']
      : ["a change much like the one I'm making", "a path close to the one I'm on", "a move I can learn a lot from"];
    // "…the kind of move I'm hoping to make as I move into…" says "move" twice.
    const goalVerb = goal.phrase.split(' ')[0] ?? '';
    const fresh = options.filter((t) => !t.includes(goalVerb));
    return fresh.length >= 2 ? fresh : options;
  }
  if (fact.link === 'words') return ["which is close to what I'm working on", "which is near to what I want to learn", "which overlaps with what I'm doing"];
  if (BECOMING.has(goal.kind)) {
    if (fact.kind === 'role' || fact.kind === 'headline') return ["the kind of experience I'm hoping to learn from", "experience that speaks directly to my goal", "which is exactly the experience I'd love to learn from"];
    return goal.kind === 'change'
      ? ["which is exactly the field I'm moving into", "which is what I'm working towards", "the area I most want to grow into"]
      : ["which is what I'm working towards", 'the area I most want to grow in', "which is exactly where I'm heading"];
  }
  return ["which is exactly what I'm working on", "the area I most want to improve in", "which is what I'm trying to get better at"];
}

/**
 * The sentences that say why this person, tied to the goal, in one angle's wording. `merged`
 * says fact, tie and goal in one sentence ("I saw you went from X to Y, just the step I'm trying
 * to take as I grow into a staff role."), for tight channels; otherwise the goal has its own.
 */
/** The briefest ties, for a connection note that is still too long. */
function tinyTie(fact: Fact, angle: number): string {
  const pick = (options: string[]) => options[angle % options.length]!;
  if (fact.link === 'move') return fact.direction === 'out' ? pick(["much like the change I'm making", 'a change like mine']) : pick(['the move I want to make', 'the step I want to take', 'my own next step']);
  if (fact.kind === 'role' || fact.kind === 'headline') return pick(["experience I'd love to learn from", "experience I'd value hearing about"]);
  return pick(["just what I'm working on", "close to what I'm learning"]);
}

function whySentences(input: WriteInput, merged: boolean, shortGoal = false, tiny = false, factless = false): string[] {
  const { plan } = input;
  const goal = { ...input.goal, phrase: shortGoal ? input.goal.shortPhrase : input.goal.phrase };
  const out: string[] = [];
  const a = plan.angle % 3;
  if (plan.reason) out.push(merged ? ownReasonShort(plan.reason) : ownReasonSentence(plan.reason));
  // The mentee's own reason is never dropped; in a note too short for both, the fact gives way.
  const fact = factless && plan.reason ? null : plan.fact;
  const goalLead = ["I'm hoping to", "I'm trying to", 'My goal is to'][a]!;
  if (!fact) {
    out.push(`${goalLead} ${goal.phrase}.`);
    return out;
  }
  const options = ties(fact, goal);
  const tie = tiny ? tinyTie(fact, a) : options[a % options.length]!;
  if (merged) {
    const opener = plan.reason ? ['I also saw', 'I also noticed', 'And I saw'][a]! : tiny ? ['I saw', 'I noticed', 'I saw'][a]! : ['I saw', 'I noticed', "I'm writing because"][a]!;
    const did = tiny ? (fact.didTiny ?? fact.didShort) : fact.didShort;
    out.push(`${opener} ${you(did)}, ${tie} as I ${goal.phrase}.`);
  } else if (a === 1 && !plan.reason) {
    out.push(`${goalLead} ${goal.phrase}, and I noticed that ${you(fact.did)}, ${tie}.`);
  } else {
    const opener = plan.reason ? ['I also saw that', 'I noticed too that', 'I also saw that'][a]! : ['I saw that', 'I noticed that', "I'm writing because"][a]!;
    out.push(`${opener} ${you(fact.did)}, ${tie}.`, `${goalLead} ${goal.phrase}.`);
  }
  return out.map(tidySentence);
}

/** "which" clauses need a comma before them, bare noun-phrase ties a dash-free comma: one rule for both. */
function tidySentence(sentence: string): string {
  return sentence.replace(/\s+/g, ' ').replace(/,\s*,/g, ',').replace(/\.\./g, '.');
}

/** Whether the mentee's words already make a clause ("a colleague told me…"), not a noun phrase ("your talk on…"). */
function isClause(own: string): boolean {
  return /[A-Za-z]['’](?:m|re|ve|d|ll)\b/.test(own) || /\b(?:told|said|saw|heard|read|recommended|mentioned|suggested|pointed|is|was|are|were|has|have|had|gave|give|gives|spoke|wrote|helped|met|loved|enjoyed|changed|made|found|learned|learnt|noticed|follow|followed|admire|use|used)\b/i.test(own);
}

/** The own reason in the fewest words that still make a sentence (for notes). */
function ownReasonShort(reason: string): string {
  const own = reason.trim();
  return isClause(own) ? asSentence(capitalise(own)) : ownReasonSentence(own);
}

/** The mentee's own reason as a sentence: as they wrote it when it is one, else "I'm writing because of …". */
export function ownReasonSentence(reason: string): string {
  const own = reason.trim().replace(/[.!?\s]+$/, '');
  if (/^(?:I|I'm|I’m|I've|I’ve|I'd|I’d|Since|After|When|Thanks|Thank)\b/.test(own) || (/^(?:your?|you're)\b/i.test(own) && isClause(own))) return asSentence(capitalise(own));
  const lower = /^[A-Z][a-z]/.test(own) && !/^[A-Z][a-z]+[A-Z]/.test(own) ? own.charAt(0).toLowerCase() + own.slice(1) : own;
  return asSentence(`I'm writing because ${isClause(own) ? '' : 'of '}${lower}`);
}

function joinParts(channel: Channel, parts: { greet: string; body: string[]; close: string[]; signOff: string }): string {
  const body = parts.body.filter(Boolean).join(' ');
  const close = parts.close.filter(Boolean).join(' ');
  if (channel === 'connection-note') return [parts.greet, body, close, parts.signOff].filter(Boolean).join(' ');
  if (channel === 'email') return [parts.greet, body, close, parts.signOff].filter(Boolean).join('\n\n');
  return [parts.greet, [body, close].filter(Boolean).join(' '), parts.signOff].filter(Boolean).join('\n\n');
}

/**
 * The plan written for the channel: the first wording, in order of preference, that fits the
 * channel's length. Preference drops the sign-off, then the introduction, then the help sentence,
 * then shorter fact wordings and asks; what no channel ever drops is why-you, the goal and the ask.
 */
export function writeBody(input: WriteInput): string {
  const { goals, channel, plan } = input;
  const a = plan.angle;
  const intro = introSentence(goals.me);
  const helps = helpSentences(goals);
  const help = helps.length ? helps[a % helps.length]! : '';
  const asks = askSentences(goals.ask, channel);
  const signs = signOffs(goals.me?.name ?? '', channel);
  const greet = greeting(input.firstName);
  const candidates: string[] = [];
  const shapes = channel === 'connection-note'
    ? [[true, false, false, false], [true, true, false, false], [true, true, true, false], [true, true, true, true]]
    : [[false, false, false, false], [true, false, false, false]];
  for (const [merged, shortGoal, tiny, factless] of shapes as Array<[boolean, boolean, boolean, boolean]>) {
    // A note says the goal once, in its shorter form (and the briefest tie) when the full one does not fit.
    const why = whySentences(input, merged, shortGoal, tiny, factless);
    for (const ask of asks) {
      const options: Array<{ intro: boolean; help: boolean; sign: number }> = [
        { intro: true, help: true, sign: 0 },
        { intro: true, help: true, sign: 1 },
        { intro: true, help: true, sign: -1 },
        { intro: false, help: true, sign: 0 },
        { intro: false, help: true, sign: 1 },
        { intro: false, help: true, sign: -1 },
        { intro: true, help: false, sign: 0 },
        { intro: true, help: false, sign: -1 },
        { intro: false, help: false, sign: 0 },
        { intro: false, help: false, sign: -1 },
      ];
      for (const o of options) {
        candidates.push(
          joinParts(channel, {
            greet,
            body: [o.intro ? intro : '', ...why],
            close: [o.help ? help : '', ask],
            signOff: o.sign >= 0 ? (signs[o.sign] ?? '') : '',
          }),
        );
      }
    }
  }
  const limit = input.limit;
  return candidates.find((c) => limit === null || c.length <= limit) ?? candidates.reduce((a, b) => (b.length < a.length ? b : a));
}

/** A subject line in the angle's wording: short, about the goal, never a bare fact. */
export function writeSubject(input: Pick<WriteInput, 'goal' | 'plan'>): string {
  const g = input.goal.gerund;
  const options = [`Advice on ${g}`, `A question about ${g}`, `${capitalise(g)}: could I ask you?`];
  return options[input.plan.angle % options.length]!;
}
