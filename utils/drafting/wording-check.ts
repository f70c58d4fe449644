// The `wording` check: what a careful reader marks as machine-made. A sentence with no verb (an
// introduction pasted as a fragment), a Title Case phrase of ordinary words pasted from a profile
// ("your work with Stakeholder Management"), a sentence cut mid-clause, doubled punctuation, and
// another channel's words (an email asking for questions "over message").
import type { Channel } from '../schema/channel';
import type { ProfileDraft } from '../schema/profile';
import { sentenceSpans, words } from './text';
import { cleanOrg, schoolPhrase, shortOrg } from './wording';

export interface WordingProblem {
  kind: 'fragment' | 'title-case' | 'cut' | 'punctuation' | 'channel';
  /** The words at fault, quoted to the mentee. */
  quote: string;
}

/** Verbs and auxiliaries: a sentence without any of these (or an -ed/-ing word) is a fragment. */
const VERBS = new Set(
  (
    'am is are was were be been being have has had do does did would could should will can may might must shall ' +
    'im youre ive youve id youd ill its thats whats theres lets ' +
    'hope saw see seen noticed know knew want wanted try helped ask asked send sent hear heard ' +
    'mean means meant make made take took went go goes moved led leads spent spend co-founded founded studied learn ' +
    'appreciate enjoyed enjoy wrote write think thought wonder get got give gave found ' +
    'ran built grew managed teach taught speak spoke met meet joined started ' +
    'came come felt feel kept become became believe'
  ).split(' '),
);

/** Words that are fine as a line of their own: greetings and sign-offs. */
const SALUTATION = /^(?:hi|hello|hey|dear|thanks|thank you|many thanks|best|best wishes|kind regards|regards|cheers|warmly|sincerely|all the best|with thanks)\b/i;

/** Ordinary words that, capitalised mid-sentence in a run, show pasted profile text. */
const ORDINARY_TITLE_WORDS = new Set(
  'management development design engineering marketing strategy planning operations leadership communication stakeholder project product business agile methodologies architecture data cloud systems user experience research digital media social web applications services software analysis testing teaching training delivery science studies administration consulting sales customer support relations human resources talent acquisition learning machine intelligence artificial public speaking'.split(' '),
);

const CHANNEL_WORDS: Record<Channel, RegExp> = {
  email: /\b(?:over message|message here|here on linkedin|connection (?:note|request)|once we(?:'re| are) connected|inmail)\b/i,
  'connection-note': /\b(?:this email|by reply|dear sir|dear madam)\b/i,
  message: /\b(?:this email|by reply|connection note)\b/i,
  inmail: /\b(?:this email|by reply|connection note)\b/i,
};

/** Proper names on the profile (organisations, schools): Title Case there is right. */
function profileNames(profile: ProfileDraft | undefined): string[] {
  if (!profile) return [];
  return [
    profile.company,
    ...profile.experience.map((e) => e.company),
    ...profile.education.map((e) => e.school),
  ]
    .flatMap((n) => [n, cleanOrg(n), shortOrg(cleanOrg(n)), schoolPhrase(n)])
    .filter(Boolean)
    .map((n) => n.toLowerCase());
}

/** Every wording problem in a draft, in order of appearance. */
export function wordingProblems(text: string, channel: Channel, profile?: ProfileDraft): WordingProblem[] {
  const out: WordingProblem[] = [];
  const names = profileNames(profile);
  for (const line of text.split('\n')) {
    for (const span of sentenceSpans(line)) {
      const sentence = span.text.trim();
      const ws = words(sentence);
      const contracted = /[A-Za-z]['’](?:m|re|ve|s|d|ll)\b/.test(sentence);
      // A short question ("Open to a 20-minute call?") is ordinary note English, not a fragment.
      if (ws.length >= 3 && !contracted && !sentence.endsWith('?') && !SALUTATION.test(sentence) && !ws.some((w) => VERBS.has(w.replace(/'/g, '')) || /(?:ed|ing)$/.test(w))) {
        out.push({ kind: 'fragment', quote: sentence });
      }
      if (/\b(?:and|or|but|the|a|an|of the|such as|including)[.!?]?$/i.test(sentence) || /(?:…|\.\.\.)$/.test(sentence)) {
        out.push({ kind: 'cut', quote: sentence });
      }
      // A run of two or more capitalised ordinary words after the sentence's first word.
      const run = /(?<=\S\s)((?:[A-Z][a-z]+\s){1,4}[A-Z][a-z]+)\b/g;
      for (const m of sentence.matchAll(run)) {
        const phrase = m[1]!;
        const parts = phrase.split(/\s+/);
        if (parts.every((p) => ORDINARY_TITLE_WORDS.has(p.toLowerCase())) && !names.some((n) => n.includes(phrase.toLowerCase()))) {
          out.push({ kind: 'title-case', quote: phrase });
        }
      }
    }
  }
  const doubled = /([.,;:!?])\s*\1(?!\1)|[.,;:]\s*[.,;:](?!\.)|\s[.,;:!?]/.exec(text.replace(/\.\.\./g, '…'));
  if (doubled) out.push({ kind: 'punctuation', quote: text.slice(Math.max(0, doubled.index - 15), doubled.index + doubled[0].length).trim() });
  const other = CHANNEL_WORDS[channel].exec(text);
  if (other) out.push({ kind: 'channel', quote: other[0] });
  return out;
}

const ADVICE: Record<WordingProblem['kind'], string> = {
  fragment: 'reads as a fragment: make it a whole sentence',
  'title-case': 'looks pasted from the profile: write it in lower case, as you would say it',
  cut: 'stops mid-clause: finish or drop it',
  punctuation: 'has doubled or stray punctuation',
  channel: "belongs to another channel: say it in this channel's own words",
};

/** The problems in words, for the check's message. */
export function describeWording(problems: readonly WordingProblem[]): string {
  return problems
    .slice(0, 3)
    .map((p) => `"${p.quote.length > 60 ? `${p.quote.slice(0, 57)}…` : p.quote}" ${ADVICE[p.kind]}`)
    .join('; ');
}
