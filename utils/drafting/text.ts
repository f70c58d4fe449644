// Word-level helpers shared by the drafting modules: normalising, stemming, phrase matching,
// sentence spans and cuts on word boundaries. Plain string code, so the CLI, the tests and the side
// panel all agree on what "mentions" and "fits" mean.

/** Lower-case, accents folded, curly quotes straightened: the form every comparison uses. */
export function normaliseText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"');
}

/**
 * Words of a text, normalised, with possessives and contractions split off ("acme's" → "acme").
 * Letters of any script count ("北辰科技" is one word); "c++" and "c#" stay whole.
 */
export function words(value: string): string[] {
  return normaliseText(value)
    .replace(/'(s|re|ve|ll|d|m|t)\b/g, ' ')
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter(Boolean);
}

/**
 * Common English words that say nothing about a person or a goal. Kept short on purpose: a word
 * missing here only makes matching slightly looser, a word wrongly here makes it blind.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet for of to in on at by with from into onto over under about as ' +
    'is am are was were be been being do does did doing have has had having will would shall should ' +
    'can could may might must i me my mine myself you your yours yourself he him his she her hers it its ' +
    'we us our ours they them their theirs this that these those there here what which who whom whose ' +
    'when where why how all any both each few more most other some such no not only own same than too ' +
    'very just also again further then once up down out off if because while until through during before ' +
    'after above below between against per via etc like get got really much many lot lots one thing things ' +
    'hi hello hey dear thanks thank regards best cheers im ive id ill youre s t d ll m re ve'
  ).split(' '),
);

/**
 * Words too common in job titles and mentoring talk to identify a person on their own: "manager"
 * alone is not a fact about someone, "Acme" is. Used only when a key is a single word or made of
 * such words only.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    'senior junior staff principal lead leader leadership head chief engineer engineering software developer ' +
    'development manager management director founder cofounder co ceo cto cfo coo cio cmo vp svp evp president ' +
    'consultant consulting freelance freelancer self employed student intern internship graduate professional ' +
    'specialist expert team teams work working career experience business company group global international ' +
    'services solutions technology technologies tech product products design designer data marketing sales ' +
    'operations project projects program associate assistant analyst officer executive member owner partner ' +
    'advisor adviser mentor mentoring coach coaching strategy people new current former ex full part time ' +
    'remote hybrid contract university college school inc ltd llc gmbh corp limited corporation plc holdings ' +
    'communication communications problem solving teamwork management skills skill research'
  ).split(' '),
);

/**
 * Everyday words that are neither stopwords nor job-title words but still say nothing specific
 * about a person on their own: "first time", "eight years", "good week". A phrase cut from free
 * text counts as a fact key only if it has a word outside this list and GENERIC_WORDS.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'time times first last year years people way day days week weeks month months thing new old good great best better big small long ' +
    'little right high low next early late important different large able make made making help helping helped helps work works worked ' +
    'life world home part place case point number problem problems fact hand question money story lot study book job word issue side kind ' +
    'friend power hour hours game line end member name minute minutes idea body information back face others level office health person ' +
    'result results change changes morning reason moment force use using used go going know take taking see come think look want give ' +
    'find tell ask seem feel try leave call keep let begin show hear play run move live believe bring happen write provide sit stand lose ' +
    'pay meet include continue set learn learning lead understand watch follow stop create speak read allow add spend spent grow growing ' +
    'open win offer remember love consider appear buy wait serve send expect build stay reach remain suggest raise pass sell require report ' +
    'decide pull passionate enjoy care also always every well still even really two three four five six seven eight nine ten several ' +
    'various currently based focused focus sure today love loves loving drive driven mission vision passion impact value values ' +
    'everything something someone anyone everyone always never often together better day-to-day real'
  ).split(' '),
);

/** True for a word that can make a phrase specific: content, not generic, not everyday, not a number. */
export function isDistinctiveWord(word: string): boolean {
  return isContentWord(word) && !GENERIC_WORDS.has(word) && !COMMON_WORDS.has(word) && !/^\d+$/.test(word);
}

/**
 * A light suffix stripper, applied until nothing changes, enough to match "leading"/"leader"/
 * "leadership" or "manager"/"management"/"manage". Running to a fixed point keeps it symmetric:
 * "engineering" and "engineer" both end at "engin".
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  for (let pass = 0; pass < 4 && w.length > 3; pass++) {
    const before = w;
    if (w.endsWith('ies') && w.length > 5) w = `${w.slice(0, -3)}y`;
    else {
      for (const suffix of SUFFIXES) {
        if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
          w = w.slice(0, -suffix.length);
          break;
        }
      }
    }
    if (w === before) break;
  }
  return w;
}
const SUFFIXES = ['ational', 'ations', 'ation', 'ements', 'ement', 'ments', 'ment', 'ingly', 'ings', 'ing', 'ship', 'ness', 'edly', 'ers', 'er', 'ed', 'es', 'ly', 's', 'e'];

/** True for a word that carries meaning: not a stopword, not a bare number of one digit. */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word);
}

/** Stems of the content words of a text. */
export function contentStems(value: string): string[] {
  return words(value).filter(isContentWord).map(stem);
}

/** Distinct stems of the content words of a text. */
export function stemSet(value: string): Set<string> {
  return new Set(contentStems(value));
}

/** Stems of every word (stopwords included), for matching phrases in order. */
export function phraseStems(value: string): string[] {
  return words(value).map(stem);
}

/** Whether `needle` (a stem sequence) occurs contiguously in `haystack`. */
export function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Whether a text mentions a phrase, word for word up to stemming and case ("Acme's" mentions "Acme"). */
export function mentionsPhrase(text: string, phrase: string): boolean {
  return containsSequence(phraseStems(text), phraseStems(phrase));
}

/** True when every content word of a phrase is generic (see GENERIC_WORDS), or it has none. */
export function isGenericPhrase(phrase: string): boolean {
  const content = words(phrase).filter(isContentWord);
  return content.length === 0 || content.every((w) => GENERIC_WORDS.has(w) || /^\d+$/.test(w));
}

/** Short, stable slug for ids: "Distributed Systems" → "distributed-systems". */
export function slug(value: string, max = 40): string {
  const s = words(value).join('-');
  return s.length <= max ? s : s.slice(0, max).replace(/-[^-]*$/, '') || s.slice(0, max);
}

/** Collapses runs of spaces, trims each line, and keeps at most one blank line between paragraphs. */
export function tidyWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t\u00A0]+/g, ' ')
        .replace(/ ([,.!?;:])/g, '$1')
        .trim(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A span of text: [start, end) into the string it was cut from. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,\n.!?]{0,60},[ \t]*/i;

/**
 * Sentences of a draft as spans, in order. A sentence ends at . ! ? … followed by a space or the
 * end, or at a line break. A leading greeting ("Hi Dana,") is a span of its own so it can be kept
 * while the sentence after it is shortened.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+?(?:[.!?…]+["')\]]*(?=\s|$)|(?=\n)|$)/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if (match[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let start = match.index;
    let body = match[0];
    const lead = body.length - body.trimStart().length;
    start += lead;
    body = body.trim();
    if (!body) continue;
    if (spans.length === 0 || text.slice(0, start).trim() === '') {
      const greeting = GREETING.exec(body);
      if (greeting && greeting[0].trim().length < body.length) {
        const g = greeting[0].trimEnd();
        spans.push({ start, end: start + g.length, text: g });
        const restStart = start + greeting[0].length;
        spans.push({ start: restStart, end: start + body.length, text: text.slice(restStart, start + body.length) });
        continue;
      }
    }
    spans.push({ start, end: start + body.length, text: body });
  }
  return spans;
}

/** Words that must not end a cut sentence: it would read as broken off. */
const DANGLING = new Set([
  ...'a an the and or but nor so for of to in on at by with from into as than that which who whose my your our their his her its this these those is are was were be been i you we they would could should will can has have had do does did very more most just about like if while because'.split(
    ' ',
  ),
]);

/**
 * Cuts text to at most `max` characters on a word boundary, then drops trailing words that would
 * dangle ("… and", "… the") and trailing punctuation that would dangle (",", ":", "—"), then ends
 * it with `end` when one is given and it fits. Never cuts inside a word. Returns "" when not even
 * one word fits.
 */
export function cutOnWord(text: string, max: number, end = ''): string {
  const limit = Math.max(0, max - end.length);
  let cut = text.length <= limit ? text : text.slice(0, limit + 1);
  if (text.length > limit) {
    // Drop the partial last word (the character after the slice tells whether it was cut).
    const lastSpace = cut.search(/\s\S*$/);
    cut = lastSpace >= 0 ? cut.slice(0, lastSpace) : '';
  }
  cut = stripDangling(cut);
  if (!cut) return '';
  if (end && !/[.!?…]$/.test(cut)) cut += end;
  return cut.length <= max ? cut : stripDangling(cut.slice(0, max));
}

/** Removes trailing dangling words and punctuation (see cutOnWord). */
export function stripDangling(text: string): string {
  let out = text.trimEnd();
  for (;;) {
    const before = out;
    out = out.replace(/[\s,;:(\[{"'\u2014\u2013\-–—/&+]+$/u, '');
    const last = /(\S+)$/.exec(out);
    if (last && DANGLING.has(words(last[1]).join(' ')) && !/[.!?]$/.test(last[1])) {
      out = out.slice(0, last.index).trimEnd();
    }
    if (out === before) return out;
  }
}

/** Words that start a phrase which can go whole. */
export const PHRASE_START = /^(?:into|to|from|for|with|and|or|but|on|in|at|by|of|as|while|so|because|where|which|who|that|after|before|during|through|across|including|like)$/i;

/** Upper-cases the first letter. */
export function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** Ensures a sentence ends with terminal punctuation. */
export function asSentence(value: string, end = '.'): string {
  const trimmed = value.trim().replace(/[,;:\s]+$/, '');
  if (!trimmed) return '';
  return /[.!?…]["')\]]*$/.test(trimmed) ? capitalise(trimmed) : `${capitalise(trimmed)}${end}`;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
