// What the mentee's goal is about, read once from their own words (summary and help wanted; no
// extra goals field): its kind, the meaning classes it aims at, where the mentee comes from, and the
// distinctive words of a goal the table does not know, so that unseen goals still find facts.
import type { Goals } from '../schema/goals';
import { classSet, topicOf, type MeaningClass } from './meaning';
import { goalPhrase } from './phrases';
import { COMMON_WORDS, GENERIC_WORDS, isContentWord, stem, words } from './text';

export type GoalKind = 'change' | 'management' | 'senior-ic' | 'speaking' | 'founding' | 'writing' | 'skill' | 'general';

export interface GoalReading {
  kind: GoalKind;
  /** Where the mentee wants to go ("ux-research" for "switch from teaching into UX research"). */
  targets: ReadonlySet<MeaningClass>;
  /** Where they come from (the "from …" part, "after a PhD in …", their introduction). */
  from: ReadonlySet<MeaningClass>;
  /** Stems of the goal's own distinctive words (for goals the table does not cover). */
  terms: ReadonlySet<string>;
  /** Of those, the ones that may match alone: names and technical words ("Rust", "C++", "Figma"). */
  strongTerms: ReadonlySet<string>;
  /** The goal as a phrase after "to": "switch from teaching into UX research". */
  phrase: string;
  /** The goal without its trailing context ("start a career in data science", no "after a PhD in biology"), for tight channels. */
  shortPhrase: string;
  /** The goal as an -ing phrase: "switching from teaching into UX research". */
  gerund: string;
  /** What the goal is about, as a noun phrase: "UX research", or the goal's own words. */
  topic: string;
}

/** Words of a goal that never say what it is about. */
const GOAL_NOISE = new Set(
  'mentor mentorship mentoring advice help want would love looking guidance someone first time find finding better get getting become becoming grow growing role start starting career switch switching move moving transition into improve improving giving'.split(
    ' ',
  ),
);

const CHANGE = /\b(?:switch(?:ing)?|mov(?:e|ing)|transition(?:ing)?|pivot(?:ing)?|chang(?:e|ing) careers?|career change|break(?:ing)? into|get(?:ting)? into|start(?:ing)? (?:a|my|our) (?:new )?career|(?:re)?train(?:ing)? as|from .{2,60}? (?:in)?to)\b/i;
const SKILL = /\b(?:learn(?:ing)?|get(?:ting)? better at|improv(?:e|ing)|master(?:ing)?|sharpen(?:ing)?|practis(?:e|ing)|practic(?:e|ing)|build(?:ing)? (?:my )?(?:skills?|confidence))\b/i;

/** The order in which a goal's classes decide its kind when it names several. */
const KIND_OF_CLASS: Array<[MeaningClass, GoalKind]> = [
  ['management', 'management'],
  ['senior-ic', 'senior-ic'],
  ['founding', 'founding'],
  ['speaking', 'speaking'],
  ['writing', 'writing'],
];

/** Reads a goal once; every later step uses this reading. */
export function readGoal(goals: Pick<Goals, 'summary' | 'helpWanted' | 'me'>): GoalReading {
  const summary = goals.summary ?? '';
  const help = goals.helpWanted ?? '';
  const fromText = [
    /\bfrom\s+(.{2,60}?)\s+(?:in)?to\b/i.exec(summary)?.[1] ?? '',
    /\bafter\s+(?:a|an|my|the)?\s*(.{2,60}?)(?:[,.;]|$)/i.exec(summary)?.[1] ?? '',
    goals.me?.intro ?? '',
  ].join(' . ');
  const aimText = summary.replace(/\bfrom\s+.{2,60}?\s+(?=(?:in)?to\b)/i, '').replace(/\bafter\s+.*$/i, '');
  const targets = classSet(`${aimText} . ${help}`);
  // "software engineering" is what most goals in this field start from: it says where the mentee
  // is, not where they want to go, unless it is all they name.
  if (targets.size > 1) targets.delete('software');
  const from = classSet(fromText);
  for (const t of targets) from.delete(t);

  let kind: GoalKind = 'general';
  const named = KIND_OF_CLASS.find(([c]) => targets.has(c));
  if (named) kind = named[1];
  else if (CHANGE.test(summary)) kind = 'change';
  else if (SKILL.test(summary)) kind = 'skill';
  if (kind !== 'change' && CHANGE.test(summary) && from.size > 0 && !named) kind = 'change';

  // Only where the mentee is going: "a PhD in biology" is their past, not a reason to write to a physicist.
  const { terms, strongTerms } = distinctiveTerms(`${aimText} ${help}`);
  const phrase = goalPhrase(summary);
  const firstTarget = [...targets][0];
  return {
    kind,
    targets,
    from,
    terms,
    strongTerms,
    phrase,
    shortPhrase: phrase.replace(/\s+(?:after|while|because|so that|since|as|once|before|given)\s.*$/i, '').replace(/\s+from\s+.{2,60}?\s+(?=(?:in)?to\s)/i, ' ') || phrase,
    gerund: gerundPhrase(phrase),
    topic: firstTarget ? topicOf(firstTarget) : phrase,
  };
}

function distinctiveTerms(text: string): { terms: Set<string>; strongTerms: Set<string> } {
  const terms = new Set<string>();
  const strongTerms = new Set<string>();
  // Words written with a capital mid-sentence, a digit or a symbol are names or technical terms.
  const strongRaw = new Set(
    [...text.matchAll(/(?<=\S\s+)([A-Z][\w+#.-]*|[\w-]*\d[\w-]*|\w+[+#]+)/g)].map((m) => m[1]!.toLowerCase().replace(/[.]+$/, '')),
  );
  for (const w of words(text)) {
    if (!isContentWord(w) || GOAL_NOISE.has(w) || COMMON_WORDS.has(w) || GENERIC_WORDS.has(w) || w.length < 2) continue;
    const s = stem(w);
    terms.add(s);
    if (strongRaw.has(w) && w !== 'i') strongTerms.add(s);
  }
  return { terms, strongTerms };
}

/** -ing forms that do not follow the rules below. */
const IRREGULAR_ING: Record<string, string> = { be: 'being', see: 'seeing', lie: 'lying', die: 'dying', get: 'getting', set: 'setting', run: 'running', put: 'putting', plan: 'planning', stop: 'stopping', ship: 'shipping', begin: 'beginning', step: 'stepping', swim: 'swimming', win: 'winning', sit: 'sitting', cut: 'cutting', hit: 'hitting', shop: 'shopping', map: 'mapping', scale: 'scaling', level: 'levelling' };

/** "grow into a staff role" → "growing into a staff role"; "work toward…" stays a phrase. */
export function gerundPhrase(phrase: string): string {
  const [first = '', ...rest] = phrase.split(' ');
  if (!first) return '';
  let ing: string;
  if (IRREGULAR_ING[first]) ing = IRREGULAR_ING[first]!;
  else if (/ing$/.test(first)) ing = first;
  else if (/ie$/.test(first)) ing = `${first.slice(0, -2)}ying`;
  else if (/[^aeio]e$/.test(first)) ing = `${first.slice(0, -1)}ing`;
  else ing = `${first}ing`;
  return [ing, ...rest].join(' ');
}
