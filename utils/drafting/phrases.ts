import type { Ask, Goals } from '../schema/goals';
import type { Fact } from './facts';
import { asSentence, cutOnWord } from './text';

// Turning the mentee's own words (goal, help wanted, ask, intro) and picked facts into phrases and
// sentences whose grammar holds whatever was typed. These are the values of the template variables.

const HONORIFICS = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'rev', 'hon', 'eng', 'ing']);

/**
 * The first name to greet someone by: "Dr. Dana Whitfield, PhD" → "Dana", "J. Robert Smith" →
 * "Robert". Emoji, bracketed nicknames' brackets and post-nominals are dropped. "" when no name.
 */
export function firstNameOf(name: string): string {
  const clean = (name ?? '')
    .replace(/\p{Extended_Pictographic}|\uFE0F/gu, '')
    .split(',')[0]!
    .replace(/[()"“”]/g, ' ')
    .trim();
  const parts = clean.split(/\s+/).filter(Boolean);
  const useful = parts.filter((p) => !HONORIFICS.has(p.toLowerCase().replace(/\.$/, '')));
  const first = useful.find((p) => !/^\p{L}\.$/u.test(p)) ?? useful[0] ?? '';
  return first.replace(/[.,;:]+$/, '');
}

/** Base forms of the -ing words a goal often starts with ("Moving into management"). */
const GERUNDS: Record<string, string> = {
  moving: 'move', transitioning: 'transition', growing: 'grow', becoming: 'become', getting: 'get', learning: 'learn',
  switching: 'switch', building: 'build', finding: 'find', starting: 'start', changing: 'change', improving: 'improve',
  developing: 'develop', breaking: 'break', stepping: 'step', leading: 'lead', making: 'make', landing: 'land',
  pivoting: 'pivot', advancing: 'advance', exploring: 'explore', preparing: 'prepare', gaining: 'gain', taking: 'take',
  going: 'go', launching: 'launch', understanding: 'understand', returning: 'return', shifting: 'shift', strengthening: 'strengthen',
};

/** Verbs a goal may start with, so "become a staff engineer" stays as written after "to". */
const GOAL_VERBS = new Set([
  ...Object.values(GERUNDS),
  ...'be grow learn get move transition switch build find start change improve develop break step lead make land pivot advance explore prepare gain take go launch understand return shift strengthen manage master earn sharpen deepen broaden expand navigate figure decide choose plan hire raise write speak scale level join publish ship mentor teach run found sell design create work become reach lift boost'.split(' '),
]);

/**
 * The mentee's goal as a phrase that follows "to": "I want to move into management." → "move into
 * management"; "Moving into management" → "move into management"; "Engineering management" →
 * "work on engineering management"; "A career in UX" → "work toward a career in UX".
 * Uses the first sentence of the summary only.
 */
export function goalPhrase(summary: string): string {
  let phrase = (summary ?? '').trim().split(/(?<=[.!?])\s+|\n/)[0]!.trim().replace(/[.!?;:,\s]+$/, '');
  for (let i = 0; i < 3; i++) {
    phrase = phrase.replace(
      /^(?:i(?:'d|’d| would) (?:like|love) to|i (?:want|need|hope|plan|aim|wish) to|i(?:'m|’m| am) (?:hoping|looking|trying|aiming|planning|working) to|my (?:main )?goal is to|my (?:main )?goal is|goal:|to)\s+/i,
      '',
    );
  }
  if (!phrase) return '';
  const [firstRaw = '', ...rest] = phrase.split(/\s+/);
  const first = firstRaw.toLowerCase();
  const tail = rest.join(' ');
  if (GERUNDS[first]) return [GERUNDS[first], tail].filter(Boolean).join(' ');
  if (GOAL_VERBS.has(first)) return [first, tail].filter(Boolean).join(' ');
  if (/ing$/.test(first) && first.length > 5) return `work on ${lowerFirst(phrase)}`;
  return `work toward ${lowerFirst(phrase)}`;
}

/** The goal phrase cut short enough for a subject line, on a word boundary. */
export function shortGoalPhrase(summary: string, max = 70): string {
  const phrase = goalPhrase(summary);
  return phrase.length <= max ? phrase : cutOnWord(phrase, max);
}

/**
 * "How you could help" as a sentence from helpWanted: "advice on leading a team" → "I'd especially
 * value advice on leading a team."; a sentence the mentee wrote in the first person is kept as is.
 * "" when they left it empty (the templates treat it as optional).
 */
export function helpSentence(goals: Pick<Goals, 'helpWanted'>): string {
  let help = (goals.helpWanted ?? '').trim();
  if (!help) return '';
  if (/^(?:i|i'm|i’m|i've|i’d|i'd|my)\b/i.test(help) && !/^i(?:'m|’m| am) looking for\b/i.test(help) && !/^i(?:'d|’d| would) like\b/i.test(help)) {
    return asSentence(help);
  }
  help = help.replace(/^(?:i(?:'m|’m| am) looking for|looking for|i(?:'d|’d| would) like|i (?:want|need))\s+/i, '').replace(/[.!?;:,\s]+$/, '');
  const first = (help.split(/\s+/)[0] ?? '').toLowerCase();
  if (GERUNDS[first] || (/ing$/.test(first) && first.length > 5 && !/^(?:mentoring|coaching|training|networking)$/.test(first))) {
    return `I'd especially value advice on ${lowerFirst(help)}.`;
  }
  if (GOAL_VERBS.has(first) && first !== 'mentor') return `I'd especially value your help to ${lowerFirst(help)}.`;
  return `I'd especially value ${lowerFirst(help)}.`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) || /^8|^11|^18/.test(word) ? 'an' : 'a';
}

/**
 * The ask as a phrase: "a 20-minute call", "a monthly 30-minute meeting", "a short call every other
 * week", "a couple of questions over message". Always bounded: a length, or "short", or a count.
 */
export function askPhrase(ask: Ask): string {
  const minutes = ask.minutes;
  let noun: string;
  let size: string;
  switch (ask.format) {
    case 'call':
      noun = 'call';
      size = minutes ? `${minutes}-minute` : 'short';
      break;
    case 'meeting':
      noun = 'meeting';
      size = minutes ? `${minutes}-minute` : 'short';
      break;
    case 'message':
      return withFrequency('a couple of questions over message', ask.frequency);
    case 'email':
      return withFrequency('a couple of questions by email', ask.frequency);
  }
  const frequency = (ask.frequency ?? '').trim();
  if (/^[a-z-]+ly$/i.test(frequency) && !/^(?:only|early|likely)$/i.test(frequency)) {
    // "monthly" reads best before the noun: "a monthly 20-minute call".
    if (size === 'short') return `a short ${frequency.toLowerCase()} ${noun}`;
    return `${article(frequency)} ${frequency.toLowerCase()} ${size} ${noun}`;
  }
  return withFrequency(`${article(size)} ${size} ${noun}`, frequency);
}

function withFrequency(phrase: string, frequency: string | undefined): string {
  const f = (frequency ?? '').trim().replace(/[.!?]+$/, '');
  if (!f || /^(?:once|one[- ]off|one time|just once|a single time)$/i.test(f)) return phrase;
  if (/^[a-z-]+ly$/i.test(f)) return `${phrase}, ${f.toLowerCase()}`;
  return `${phrase} ${lowerFirst(f)}`;
}

/** The ask as the question the templates use: "Would you be open to a 20-minute call?" */
export function askSentence(ask: Ask): string {
  return `Would you be open to ${askPhrase(ask)}?`;
}

/**
 * The mentee's one-line introduction as a sentence: "a backend engineer at Globex" → "I'm a backend
 * engineer at Globex."; anything else as they wrote it, capitalised and ended. "" when empty.
 */
export function introSentence(intro: string | undefined): string {
  const text = (intro ?? '').trim();
  if (!text) return '';
  if (/^(?:a|an)\s/i.test(text)) return asSentence(`I'm ${lowerFirst(text)}`);
  return asSentence(text);
}

/** Joins phrases: "a", "a and b", "a, b and c". */
export function joinPhrases(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases[0] ?? '';
  return `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`;
}

/** Own words that already read as a sentence ("I loved your talk…", "Your post on … helped me."). */
function isSentenceLike(text: string): boolean {
  // Lower-case "your talk on …" is a phrase to frame; "Your talk on … changed how I plan" is a sentence.
  return (
    /[.!?]["')]*$/.test(text) ||
    /^(?:Your|You|You're|You’re)\b/.test(text) ||
    /^(?:i|i'm|i’m|i've|i’ve|i'd|i’d|since|after|when|reading|seeing|having|thanks|thank)\b/i.test(text)
  );
}

/**
 * "Why them" as a sentence: from the ticked facts ("I'd love to hear about your role as … and your
 * work with Kubernetes."), from the mentee's own words, or both. "" when there is neither.
 */
export function admirationSentence(facts: readonly Pick<Fact, 'text'>[], ownWords = ''): string {
  const own = ownWords.trim();
  // "… at Acme Inc." already ends in a full stop; the sentence must not add a second.
  const factPhrase = joinPhrases(facts.map((f) => f.text)).replace(/\.+$/, '');
  if (!own) return factPhrase ? `I'd love to hear about ${factPhrase}.` : '';
  if (isSentenceLike(own)) {
    const sentence = asSentence(own);
    return factPhrase ? `${sentence} I'd love to hear about ${factPhrase}.` : sentence;
  }
  const ownPhrase = own.replace(/[.,;:\s]+$/, '');
  return `I'd love to hear about ${joinPhrases([ownPhrase, ...(factPhrase ? [factPhrase] : [])])}.`;
}

/** Lower-cases an ordinary capitalised first word, leaving names and acronyms ("AI", "UX", "McKinsey"). */
export function lowerFirst(value: string): string {
  return /^[A-Z][a-z]*(?:\b|$)/.test(value) && !/^I\b/.test(value) ? value.charAt(0).toLowerCase() + value.slice(1) : value;
}
