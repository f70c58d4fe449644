import { cutOnWord, escapeRegExp, PHRASE_START, sentenceSpans, stripDangling, tidyWhitespace, words, type Span } from './text';

/** What "make it fit" did, in the order it tries things. */
export type ShortenStep =
  | 'intro'
  | 'second-fact'
  | 'ask'
  | 'fact-wording'
  | 'optional-sentences'
  | 'sentences'
  | 'hard-trim';

/**
 * What the caller knows about the draft's parts. All optional: without hints the text is still
 * shortened sensibly, just with less knowledge of which sentence is which.
 */
export interface ShortenHints {
  /** The mentee's introduction sentence: the first thing to go. */
  intro?: string;
  /** Phrases of the second and later facts, dropped next ("… at Acme and your work with Go" → "… at Acme"). */
  extraFacts?: readonly string[];
  /** Longer wordings and their shorter forms ([fact.text, fact.short]), tried after the ask is compressed. */
  rewordings?: ReadonlyArray<readonly [string, string]>;
  /** Sentences that can go whole before any sentence is cut (help wanted, courtesy lines). */
  optional?: readonly string[];
  /**
   * What must stay true of the text (e.g. it still names a fact, the goal and a bounded ask). A
   * change is kept only if this still holds, unless it already failed before the change. The last
   * resort (hard trim) ignores it.
   */
  mustKeep?: (text: string) => boolean;
  /**
   * Whether a sentence carries something the draft needs (a fact, the goal, the ask). Sentences
   * that do not ("I hope you're having a good week.") are dropped before those that do.
   */
  essential?: (sentence: string) => boolean;
}

export interface ShortenResult {
  text: string;
  /** Steps that changed the text, in order. */
  steps: ShortenStep[];
  /** Whether the result is within the limit (always true unless the limit is absurdly small). */
  fits: boolean;
}

/** Sentences that only soften ("No worries if the timing doesn't work."): safe to drop. */
const COURTESY = /^(?:no worries|no pressure|i know (?:you're|you are|your time)|i understand if|totally understand|either way|thanks? (?:so much )?for (?:reading|considering|your time))/i;

const SIGN_OFF = /^(?:thanks|thank you|many thanks|best|cheers|regards|kind regards|best regards|warm regards|warmly|all the best|sincerely|with thanks)\b[^.?!]{0,60}[,.!]?$/i;

/**
 * Shortens a draft to at most `limit` characters, in this order, stopping as soon as it fits:
 * drop the intro; drop the second fact; compress the ask and common phrasings ("Would you be open
 * to a 20-minute call?" → "Open to a 20-min call?"); drop optional, courtesy and non-essential
 * sentences; use shorter fact wordings; drop any other sentence whose loss keeps `mustKeep`, then
 * the sign-off; cut sentences on word boundaries (longest first, the ask last); and as a last resort cut the whole text on a word boundary with no
 * dangling word or punctuation. Never cuts inside a word. The greeting and sign-off are kept until
 * the last resort.
 */
export function shortenToFit(text: string, limit: number, hints: ShortenHints = {}): ShortenResult {
  let current = tidyWhitespace(text);
  const steps: ShortenStep[] = [];
  const over = () => current.length > limit;
  const keeps = (candidate: string) => !hints.mustKeep || hints.mustKeep(candidate) || !hints.mustKeep(current);
  /** Takes a candidate if it is shorter and keeps what must stay; returns whether it did. */
  const take = (step: ShortenStep, candidate: string): boolean => {
    const next = tidyWhitespace(candidate);
    if (next.length >= current.length || !keeps(next)) return false;
    current = next;
    if (steps.at(-1) !== step) steps.push(step);
    return true;
  };

  if (over() && hints.intro?.trim()) take('intro', removeSentence(current, hints.intro));

  for (const fact of [...(hints.extraFacts ?? [])].reverse()) {
    if (!over()) break;
    take('second-fact', removeFactPhrase(current, fact));
  }

  if (over()) take('ask', compressPhrasing(current));

  for (const sentence of hints.optional ?? []) {
    if (!over()) break;
    if (sentence.trim()) take('optional-sentences', removeSentence(current, sentence));
  }
  for (const span of sentenceSpans(current).filter((s) => COURTESY.test(s.text)).reverse()) {
    if (!over()) break;
    take('optional-sentences', removeSentence(current, span.text));
  }
  // A sign-off with no name in it ("Thanks!") says little in a 200-character note.
  for (const span of sentenceSpans(current).filter((s) => /^(?:thanks|thank you|many thanks)!?$/i.test(s.text)).reverse()) {
    if (!over()) break;
    take('optional-sentences', removeSentence(current, span.text));
  }
  // Any other sentence, last first, if the draft still says what it must without it: those that
  // carry nothing essential before those that do.
  const essential = hints.essential ?? (() => false);
  for (const span of bodySpans(current).reverse()) {
    if (!over()) break;
    if (!essential(span.text)) take('optional-sentences', removeSentence(current, span.text));
  }

  for (const [long, short] of hints.rewordings ?? []) {
    if (!over()) break;
    if (long && short && long !== short && current.includes(long)) take('fact-wording', current.split(long).join(short));
  }

  for (const span of bodySpans(current).reverse()) {
    if (!over()) break;
    take('optional-sentences', removeSentence(current, span.text));
  }

  // Before any sentence is cut (which changes what it says), let the sign-off go: LinkedIn shows
  // who sent the note anyway.
  for (const span of signOffSpans(current).reverse()) {
    if (!over()) break;
    take('optional-sentences', removeSentence(current, span.text));
  }

  if (over()) trimSentences();

  if (over()) {
    current = hardTrim(current, limit);
    steps.push('hard-trim');
  }
  return { text: current, steps, fits: current.length <= limit };

  function trimSentences() {
    const tried = new Set<string>();
    for (;;) {
      // Longest first, questions (the ask) last.
      const candidates = bodySpans(current)
        .filter((s) => !tried.has(s.text))
        .sort((a, b) => Number(/\?\W*$/.test(a.text)) - Number(/\?\W*$/.test(b.text)) || b.text.length - a.text.length);
      const span = candidates[0];
      if (!span || !over()) return;
      tried.add(span.text);
      const end = /([.!?…]+["')\]]*)$/.exec(span.text)?.[1] ?? '';
      const body = span.text.slice(0, span.text.length - end.length);
      const ws = body.split(/\s+/);
      let best: string | null = null;
      // Cuts before a joining word first ("… backend engineering | into management"): dropping a
      // whole phrase changes the meaning less than ending on half of one. Within each pass, fewest
      // words cut first: the first cut that fits wins; else keep the deepest cut that is allowed.
      for (const atBoundary of [true, false]) {
        for (let keep = ws.length - 1; keep >= MIN_SENTENCE_WORDS; keep--) {
          if (atBoundary && !PHRASE_START.test(ws[keep] ?? '')) continue;
          const cut = stripDangling(ws.slice(0, keep).join(' '));
          if (!cut) continue;
          const sentence = `${cut}${end || '.'}`;
          const candidate = tidyWhitespace(current.slice(0, span.start) + sentence + current.slice(span.end));
          if (candidate.length >= current.length || !keeps(candidate)) continue;
          if (best === null || candidate.length < best.length) best = candidate;
          if (candidate.length <= limit) break;
        }
        if (best !== null && best.length <= limit) break;
      }
      if (best !== null) {
        current = best;
        if (steps.at(-1) !== 'sentences') steps.push('sentences');
        tried.clear();
        tried.add(sentenceAt(best, span.start));
      }
    }
  }
}

/** A cut sentence keeps at least this many words, so it still says something. */
const MIN_SENTENCE_WORDS = 4;

function sentenceAt(text: string, start: number): string {
  return sentenceSpans(text).find((s) => s.start <= start && s.end > start)?.text ?? '';
}

/** The sign-off lines at the end ("Thanks,", "Sam" or "Thanks, Sam"). */
function signOffSpans(text: string): Span[] {
  const spans = sentenceSpans(text);
  return spans.slice(spans.length - (spans.length - bodyEnd(spans)));
}

function bodyEnd(spans: Span[]): number {
  let to = spans.length;
  while (to > 1) {
    const last = spans[to - 1]!;
    const isName = to === spans.length && words(last.text).length <= 4 && !/[.!?]$/.test(last.text);
    if (SIGN_OFF.test(last.text) || isName) to--;
    else break;
  }
  return to;
}

/** Spans that may be dropped or cut: not the greeting, not the sign-off lines. */
function bodySpans(text: string): Span[] {
  const spans = sentenceSpans(text);
  let from = 0;
  if (spans[0] && /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^.!?]{0,60}[,!]$/i.test(spans[0].text)) from = 1;
  return spans.slice(from, Math.max(from, bodyEnd(spans)));
}

/** Removes a sentence (exact text) wherever it is, with the space after it. */
function removeSentence(text: string, sentence: string): string {
  const s = sentence.trim();
  if (!s || !text.includes(s)) return text;
  return text.replace(new RegExp(`${escapeRegExp(s)}[ \\t]*`), '');
}

/**
 * Removes a fact phrase joined to another ("A and B", "A, B and C"); when it stands in a sentence
 * of its own, removes that sentence.
 */
function removeFactPhrase(text: string, phrase: string): string {
  // "… at McAfee, Inc." may end the sentence: its full stop must stay when the phrase goes.
  const p = escapeRegExp(phrase.trim().replace(/\.+$/, ''));
  if (!p) return text;
  const joined = new RegExp(`(?:,\\s*and|\\s+and|,)\\s+${p}`);
  if (joined.test(text)) return text.replace(joined, '');
  const leading = new RegExp(`${p}(?:,\\s*|\\s+and\\s+)`);
  if (leading.test(text)) return text.replace(leading, '');
  const span = sentenceSpans(text).find((s) => s.text.includes(phrase.trim()));
  return span ? removeSentence(text, span.text) : text;
}

/** Shorter wordings that say the same: the ask first, then everyday contractions. */
const COMPRESSIONS: Array<[RegExp, string]> = [
  [/\bWould you be open to\b/g, 'Open to'],
  [/\bwould you be open to\b/g, 'open to'],
  [/\s+(?:sometime )?(?:in the next (?:few|couple of) weeks|sometime soon|sometime|at your convenience|whenever suits you)(?=[?.])/gi, ''],
  [/\b(\d{1,3})-minute\b/g, '$1-min'],
  [/\b(\d{1,3}) minutes\b/g, '$1 min'],
  [/\ba couple of questions\b/gi, 'a few questions'],
  [/\s+(?:over|by|via) (?:message|email|DM)\b/gi, ''],
  [/\bNo worries at all if\b/g, 'No worries if'],
  [/\bI would\b/g, "I'd"],
  [/\bI am\b/g, "I'm"],
  [/\bI have\b/g, "I've"],
  [/\bdo not\b/g, "don't"],
  [/\bdoes not\b/g, "doesn't"],
  [/\byou are\b/g, "you're"],
  [/\bThank you\b/g, 'Thanks'],
  [/\b(?:really|truly|very|especially|just) /g, ''],
];

/** Applies the compressions above ("Would you be open to a 20-minute call?" → "Open to a 20-min call?"). */
export function compressPhrasing(text: string): string {
  return COMPRESSIONS.reduce((t, [re, to]) => t.replace(re, to), text);
}

/**
 * Cuts text to at most `limit` characters on a word boundary, with no dangling word (", and",
 * "the") or punctuation at the end, and ends it with a full stop where one fits.
 */
export function hardTrim(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = cutOnWord(text, limit, '.');
  return tidyWhitespace(cut).slice(0, limit);
}
