// Profile text as a person would say it back: company names without legal suffixes or LinkedIn's
// "· Full-time", job titles and skills in natural case ("an engineering manager", "stakeholder
// management", but "CEO", "JavaScript"), schools with "the" where English wants it, tenure only from
// dates the page gives, and free text only as whole first-person clauses turned to "you".
import { isGenericPhrase, words } from './text';

/** Company names as written, minus LinkedIn's "· Full-time", legal suffixes and asides; "" for non-companies. */
export function cleanOrg(value: string): string {
  let org = (value ?? '')
    .split(/\s+[·•|]\s+/)[0]!
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/,\s+(?:an?|the)\s+[^,]+\s+company$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (let i = 0; i < 2; i++) {
    org = org.replace(/[,\s]+(?:inc|ltd|llc|llp|gmbh|corp|co|plc|ag|s\.?a|b\.?v|n\.?v|pty|limited|corporation|c\.?i\.?c|s\.?r\.?l|k\.?k|oy|ab|as)\.?$/i, '').trim();
  }
  org = org.replace(/[.,;:\s-]+$/, '');
  if (/^(?:self[- ]employed|freelance(?:r)?|independent(?: consultant)?|stealth(?: mode)?(?: startup| company)?|confidential|various|n\/?a|none|retired|unemployed|open to work|looking for .*|seeking .*)$/i.test(org)) {
    return '';
  }
  return isGenericPhrase(org) ? '' : org;
}

/** The everyday short form: "UC San Diego, Institute of Engineering in Medicine" → "UC San Diego". */
export function shortOrg(org: string): string {
  const short = org.split(/,\s+/)[0]!.trim();
  return short && !isGenericPhrase(short) ? short : org;
}

/** A word as it reads mid-sentence: ordinary Title Case words lower-cased; names, acronyms and mixed case kept. */
function naturalWord(word: string): string {
  if (!/^[A-Z][a-z'’]*(?:-[A-Za-z][a-z]*)*$/.test(word)) return word;
  return word.split('-').every((part) => isOrdinary(part.toLowerCase())) ? word.toLowerCase() : word;
}

/** An ordinary English word rather than a name: listed, or with an ending names rarely have. */
function isOrdinary(word: string): boolean {
  return ORDINARY.has(word) || (word.length > 6 && /(?:ing|tion|sion|ment|ship|ness|ity|ics|ance|ence|ogy|ism|ist|ure|ive|ary)$/.test(word));
}

/** Lower-cases ordinary Title Case words in a phrase ("Tech Education Team Lead"), leaving names and acronyms. */
export function naturalCase(phrase: string): string {
  return phrase
    .split(/(\s+)/)
    .map((w) => naturalWord(w))
    .join('');
}

/**
 * A skill as it reads in a sentence: "Stakeholder Management" → "stakeholder management",
 * "JavaScript", "Node.js" and "AWS" as written. Single capitalised words that are names of tools
 * ("Python", "Ruby") keep their capital: lower-casing is only for ordinary words.
 */
export function naturalSkill(raw: string): string {
  const skill = raw
    .replace(/\s*[·•].*$/, '')
    .replace(/\s+endorsed by.*$/i, '')
    .replace(/\s*\d+\s+endorsements?$/i, '')
    .replace(/\.{2,}$|…$/, '')
    .trim();
  if (!skill || /\.\.\.|…/.test(skill)) return '';
  const ws = skill.split(/\s+/);
  // "Thought Leadership", "Vulnerability Assessment": a pasted Title Case phrase of ordinary words.
  const titleCase = ws.length >= 2 && ws.every((w) => /^[A-Z][a-z]+$/.test(w) || /^(?:and|of|in|for|the|&)$/.test(w)) && !ws.some((w) => BRANDS.has(w.toLowerCase()));
  if (titleCase) return skill.toLowerCase();
  // "Amazon Web Services (AWS)", "Ruby on Rails": a name, kept as written.
  if (ws.some((w) => /^[A-Z][a-z]+$/.test(w) && !isOrdinary(w.toLowerCase()))) return skill;
  return ws.map(naturalWord).join(' ');
}

/** Names that start a Title Case skill ("Microsoft Excel", "Google Cloud"): not to be lower-cased. */
const BRANDS = new Set('microsoft google amazon apple adobe oracle salesforce ruby rails node react angular vue python java excel word powerpoint office azure linux unix windows android swift kotlin scala go rust django flask spring laravel sap jira figma sketch tableau hadoop spark kafka docker kubernetes terraform'.split(' '));

/** Ordinary English words found in skill and field names; a capitalised word not here may be a name. */
const ORDINARY = new Set(
  (
    'management development design testing teaching analysis engineering marketing strategy strategic planning operations leadership ' +
    'communication communications web applications application services methodologies methodology architecture data cloud systems system ' +
    'user experience research media social digital product project business agile lean startup stakeholder training delivery mobile ' +
    'technology technologies software hardware computer computing science sciences studies biology molecular physics chemistry economics ' +
    'mathematics statistics arts entertainment graphic graphics interface interfaces front-end back-end frontend backend end front back ' +
    'corporate executive non-profits nonprofits non-profit nonprofit scripting shell programming learning machine deep intelligence artificial ' +
    'usability accessibility semantic markup standards public speaking writing editing relations human resources recruiting recruitment ' +
    'talent acquisition sales customer support success service information electronics electrical mechanical civil environmental ' +
    'international financial finance accounting health care healthcare education educational psychology philosophy history literature ' +
    'language languages music film theatre television radio broadcasting journalism law policy political government economics infrastructure ' +
    'distributed databases database warehousing analytics visualization visualisation modelling modeling test driven continuous integration ' +
    'security network networking networks performance tuning quality assurance process improvement people team teams building community ' +
    'advanced basic admin administration solutions integration mashup digital preservation multimedia workflow refactoring pattern patterns ' +
    'crash course creativity fundamentals collaborative certificate post graduate bachelor master doctor of and in for the with to a on ' +
    'engineer engineers developer developers manager managers director directors lead leader head senior junior staff principal chief officer ' +
    'founder co founding organiser organizer member board advisory architect analyst consultant designer scientist researcher intern student ' +
    'programmer administrator translator faculty cheerleader mentor coach specialist associate assistant coordinator executive president ' +
    'vice general tech technical full stack site reliability advisor undergraduate satellite fellow job expert professional partner owner ' +
    'teacher lecturer professor recruiter writer author editor host speaker evangelist advocate scrum department mobility apps ' +
    'enthusiast guru platform platforms solution certified internet group unit chairman chairwoman chair supervisor counselor counsellor ' +
    'trainer thinking model innovation motivation market requirements gathering numerical athletic assessment compliance start ups'
  ).split(' '),
);

/** A field of study in natural case, without grade lines ("Computer Systems, Pass" → "computer systems"). */
export function naturalField(raw: string): string {
  const field = (raw ?? '')
    .replace(/\s*[,;(]\s*(?:pass|merit|distinction|honou?rs?|first|2:1|2:2|gpa|grade|ects|cum laude|magna|summa|level \d).*$/i, '')
    .replace(/\bects grade.*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return naturalSkill(field);
}

/** "University of Leeds" → "the University of Leeds"; "Stanford University" as is. */
export function schoolPhrase(raw: string): string {
  const school = (raw ?? '').replace(/\s*\([^)]*\)/g, '').split(/,\s+/)[0]!.replace(/\s+/g, ' ').trim();
  if (!school) return '';
  if (/^the\s/i.test(school)) return `the ${school.slice(4)}`;
  return /^(?:university|institute|college|school|academy|polytechnic|conservatoire)\s+of\b/i.test(school) ? `the ${school}` : school;
}

/** Words that make a phrase a job title ("Keynote Speaker", "CEO"). */
const TITLE_NOUNS = new Set(
  'engineer developer manager director founder cofounder co-founder ceo cto cfo coo cio cpo vp president consultant designer scientist architect analyst researcher professor lecturer teacher writer author speaker advisor adviser coach mentor lead head officer partner investor entrepreneur recruiter strategist producer editor journalist programmer administrator specialist owner intern student advocate evangelist organiser organizer maintainer host trainer translator supervisor counselor chair chairman member fellow master'.split(' '),
);

/** Titles that take no article after "as" and "of" rather than "at" before the organisation. */
const UNIQUE_TITLE = /^(?:ceo|cto|cfo|coo|cio|cpo|chief|head|vp|vice president|president|chair|director|founder|co-founder|cofounder|general manager|managing director)\b/i;
const OF_TITLE = /^(?:(?:co-?)?founder|(?:co-?)?organi[sz]er|member|chair|president|head|director|host|co-?host|maintainer|editor)\b/i;

/**
 * A job title as it reads mid-sentence: "Co-Founder, CEO" → "co-founder and CEO", "Member, Board
 * of Directors" → "member of the board of directors", "Architect/Lead Developer" → "architect and
 * lead developer", "Sr. Web Designer" → "senior web designer".
 */
export function naturalTitle(raw: string): string {
  let t = (raw ?? '').split(/\s+[|•·]\s+|\s*\/\/\s*/)[0]!.replace(/\s+/g, ' ').trim();
  if (!t) return '';
  t = t.replace(/\bSr\.?(?=\s)/g, 'Senior').replace(/\bJr\.?(?=\s)/g, 'Junior').replace(/\bengg\b/gi, 'Engineer').replace(/\bCo Founder\b/gi, 'Co-Founder');
  t = t.replace(/^(S?VP|EVP|Vice President)\s*,?\s+(?!of\b)(\w+)$/i, '$1 of $2');
  const member = /^(member|chair)\s*,\s*(.+)$/i.exec(t);
  // "Engineering Manager, Platform": the part after the comma names a team, not a second title.
  const team = /^([^,]+),\s*([^,]+)$/.exec(t);
  if (team && !member && !words(team[2]!).some((w) => TITLE_NOUNS.has(w))) t = team[1]!;
  if (member) t = `${member[1]} of the ${member[2]}`;
  else t = t.replace(/\s*(?:,|&|\/|\s-\s|\s\+\s)\s*/g, ' and ');
  t = t.replace(/\band and\b/g, 'and');
  // "A and B and C" reads as a list: "A, B and C".
  const parts = t.split(' and ');
  if (parts.length > 2) t = `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return naturalCase(t);
}

export function article(phrase: string): string {
  const first = phrase.trim().split(/\s+/)[0] ?? '';
  if (/^(?:[AEFHILMNORSX]|UX|SRE|MBA|NLP)$/.test(first) || /^(?:[AEFHILMNORSX][A-Z]+)$/.test(first)) return `an ${phrase}`;
  if (/^(?:uni|use|user|euro|one)/i.test(first)) return `a ${phrase}`;
  if (/^(?:hour|honest|hono)/i.test(first)) return `an ${phrase}`;
  return /^[aeiou]/i.test(first) ? `an ${phrase}` : `a ${phrase}`;
}

/** The title after "as": "as CEO", "as a senior web developer". */
export function asTitle(title: string): string {
  return UNIQUE_TITLE.test(title) ? title : article(title);
}

/** The word before the organisation: "co-organiser of Ladies Who Code", "engineer at Acme". */
export function orgPreposition(title: string): 'of' | 'at' {
  return OF_TITLE.test(title) ? 'of' : 'at';
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

export interface PageDate {
  year: number;
  /** 0–11, or null when the page gives the year only. */
  month: number | null;
  /** As the page writes it ("December 2008", "2019"). */
  text: string;
}

/** A date as the page shows it, or null when it holds no year ("Present", ""). */
export function parseDate(value: string): PageDate | null {
  const text = (value ?? '').trim();
  const year = /\b(19|20)\d{2}\b/.exec(text);
  if (!year) return null;
  const month = MONTHS.findIndex((m) => new RegExp(`\\b${m}`, 'i').test(text));
  return { year: Number(year[0]), month: month >= 0 ? month : null, text };
}

export function isPresent(end: string): boolean {
  return !end.trim() || /present|current|now|today|heute|aujourd|actualidad|atual/i.test(end);
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/**
 * How long a finished role lasted, in whole years, from the page's own start and end dates ("four
 * years"), or null when under two years or a date is missing. Current roles get "since …" from
 * the start date instead: the page's "now" is not ours.
 */
export function yearsBetween(start: string, end: string): string | null {
  const a = parseDate(start);
  const b = parseDate(end);
  if (!a || !b) return null;
  const months = (b.year - a.year) * 12 + ((b.month ?? 0) - (a.month ?? 0));
  const years = Math.floor(months / 12);
  if (years < 2 || years > 40) return null;
  return years <= 20 ? `${NUMBER_WORDS[years]} years` : `${years} years`;
}

/** First person to second person in a whole clause. */
const FIRST_PERSON: Array<[RegExp, string]> = [
  [/\bI'm\b/gi, 'you are'],
  [/\bI am\b/g, 'you are'],
  [/\bI've\b/gi, 'you have'],
  [/\bI have\b/g, 'you have'],
  [/\bI was\b/g, 'you were'],
  [/\bI'd\b/gi, 'you would'],
  [/\bI\b/g, 'you'],
  [/\bmyself\b/gi, 'yourself'],
  [/\bmy\b/gi, 'your'],
  [/\bme\b/g, 'you'],
  [/\bwe\b/gi, 'your team'],
  [/\bour\b/gi, "your team's"],
];

/** Past-tense verbs a résumé line starts with ("Scaled the team…"), said back as "you scaled…". */
const RESUME_VERB = /^(?:led|built|grew|ran|managed|launched|founded|co-founded|cofounded|created|designed|shipped|scaled|developed|drove|owned|mentored|coached|established|started|architected|delivered|improved|reduced|increased|oversaw|spearheaded|transformed|wrote|taught|advised|organi[sz]ed|introduced|migrated|rebuilt|redesigned|hosted|spoke|presented|published|moved|joined|trained|hired|guest lectured)\b/i;

/**
 * A sentence of free text as a clause after "you" ("lead 120 engineers across payments and
 * identity"), or null when it is not one whole, plain clause: too long, cut off, a list, a
 * question, in the third person, or not about something they do or did.
 */
export function clauseAfterYou(sentence: string, nameWords: ReadonlySet<string>): string | null {
  let s = sentence.replace(/[\u2018\u2019]/g, "'").replace(/[\uFFFC\uFFFD\u200B-\u200D]/g, '').replace(/\p{Extended_Pictographic}|\uFE0F/gu, '').replace(/\s+/g, ' ').trim();
  if (!/[.!]$/.test(s) && !/^[A-Z]/.test(s)) return null;
  s = s.replace(/[.!]+$/, '').replace(/^(?:currently|today|now|right now|these days),?\s+/i, '');
  // "Before moving into management, I spent eight years…": the main clause says what they did.
  const lead = /^(?:before|after|since|having|as|for|over|in|at|previously)\b[^.]{0,80}?(?:,\s*|\s)(?=I(?:'m|'ve|'d|\s))/i.exec(s);
  if (lead && lead[0].split(/\s+/).length <= 10) s = s.slice(lead[0].length);
  if (/[:;?()[\]{}"•|…]|\.\.|https?:|www\.|\be\.g\b|\betc\b/i.test(s)) return null;
  // "My focus is distributed systems, data pipelines…": the first topic of the list.
  const focus = /^My (?:main )?(?:focus|expertise|work|research|passion) (?:is|lies) (?:on |in )?(.+)$/i.exec(s);
  if (focus) {
    const topic = focus[1]!.split(/,\s*/)[0]!;
    return topic.split(' ').length >= 2 ? naturalCase(`focus on ${topic}`) : null;
  }
  const count = s.split(' ').length;
  const commas = (s.match(/,/g) ?? []).length;
  if (count < 4 || count > 20 || commas > 1 || (commas === 1 && count > 12)) return null;
  if (words(s).some((w) => w.length >= 3 && nameWords.has(w))) return null;
  let clause: string;
  // "I lead…", "I maintain…", "I've spent…": what they do. "I think…", "I hope…": an opinion, not a fact.
  if (/^I(?:'m|'ve| [a-z]+)\b/.test(s) && !/^I (?:think|believe|feel|hope|guess|wish|want|would|will|can|could|should|may|might|must|also|really|just)\b/.test(s)) {
    clause = FIRST_PERSON.reduce((t, [re, to]) => t.replace(re, to), s).replace(/^you\s+/, '');
    if (/^(?:love|care|focus|specialise|specialize)\b/.test(clause) && !/\b(?:on|in|about)\b/.test(clause)) return null;
  } else if (RESUME_VERB.test(s) && !/\b(?:I|my|me)\b/.test(s)) {
    clause = s.charAt(0).toLowerCase() + s.slice(1);
    clause = FIRST_PERSON.reduce((t, [re, to]) => t.replace(re, to), clause);
  } else {
    return null;
  }
  if (/\b(?:and|or|but|with|of|to|the|a|an|in|on|for|at|by|from)$/i.test(clause)) return null;
  return naturalCase(clause);
}

/** Sentences of free text: split on sentence ends and line breaks, bullets removed. */
export function sentencesOf(text: string): string[] {
  return (text ?? '')
    .split(/(?<=[.!?])\s+|\n+|\s+[•·]\s+/)
    .map((s) => s.replace(/^[^\p{L}\p{N}"']+/u, '').trim())
    .filter(Boolean);
}
