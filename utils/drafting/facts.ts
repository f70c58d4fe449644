import type { Goals, Reason } from '../schema/goals';
import type { ProfileDraft } from '../schema/profile';
import {
  contentStems,
  cutOnWord,
  isContentWord,
  isDistinctiveWord,
  isGenericPhrase,
  mentionsPhrase,
  normaliseText,
  PHRASE_START,
  slug,
  stemSet,
  words,
} from './text';

export type FactKind = 'role' | 'company' | 'skill' | 'about' | 'education' | 'headline';

/**
 * Something specific about a person, picked from their profile, that a draft can mention.
 * Never invented: `text` is built only from the profile's own words plus connecting words
 * ("your role as … at …", "how you …", first person turned into second), and `source` is the
 * profile text it came from.
 */
export interface Fact {
  /** Stable id derived from where and what it is: "role:0", "skill:kubernetes", "about:developer-experience". */
  id: string;
  kind: FactKind;
  /**
   * A noun phrase that finishes "I'd love to hear about …", starting lower-case:
   * "your role as Engineering Manager at Acme", "your work with Kubernetes",
   * "how you grew the platform team from 3 to 25 engineers".
   */
  text: string;
  /** A shorter wording of the same fact ("your work at Acme"), used when a draft must shrink; may equal `text`. */
  short: string;
  /** The profile's own text the fact was read from. */
  source: string;
  /**
   * Distinctive phrases from the profile that show a draft mentions this fact (a company, a
   * non-generic title, a skill, a school, a phrase of the About). Never the person's name. Every
   * fact has at least one, and every key occurs in `text` (and one in `short`): a draft that
   * quotes the fact passes quality.ts's `fact` check.
   */
  keys: string[];
  /** Overlap with the mentee's goals (0 when none or no goals given); higher ranks first. */
  relevance: number;
}

// How many of each kind a profile may contribute, so a long skills list cannot crowd out the rest.
const MAX_ROLES = 5;
const MAX_DESCRIPTION_ROLES = 3;
const MAX_PER_DESCRIPTION = 2;
const MAX_ABOUT = 6;
const MAX_HEADLINE_SEGMENTS = 4;
const MAX_SKILLS = 30;
const MAX_EDUCATION = 3;
const MAX_FACTS = 40;
/** Phrases cut from free text (About, descriptions) stay short enough to sit inside one sentence. */
const MAX_FRAGMENT_WORDS = 12;

/** Words each tagged reason adds to the goal vocabulary, so "network" finds community work. */
export const REASON_WORDS: Record<Reason, string[]> = {
  'career-advancement': ['career', 'promotion', 'lead', 'leadership', 'manager', 'management', 'senior', 'growth'],
  'personal-growth': ['growth', 'coaching', 'confidence', 'communication', 'balance', 'mindset'],
  'new-skill': ['learning', 'skills', 'teaching', 'training', 'course'],
  network: ['network', 'community', 'connections', 'introductions', 'industry', 'events'],
};

/** Words of the goal that say nothing about its topic ("I want help finding a mentor for the first time"). */
const GOAL_NOISE = new Set(['mentor', 'mentorship', 'mentoring', 'advice', 'help', 'want', 'would', 'love', 'looking', 'guidance', 'someone', 'first', 'time', 'find', 'finding']);

/** Kind order among facts of equal relevance: what a person does now says most about them. */
const KIND_RANK: Record<FactKind, number> = { role: 0, about: 1, headline: 2, skill: 3, company: 4, education: 5 };

/**
 * Stems of what the mentee wants: their summary and helpWanted (weight 1) and the words of their
 * tagged reasons (weight 0.5). Used to rank facts and to score fit.
 */
export function goalTerms(goals: Pick<Goals, 'summary' | 'helpWanted' | 'reasons'> | undefined): Map<string, number> {
  const terms = new Map<string, number>();
  if (!goals) return terms;
  for (const reason of goals.reasons ?? []) {
    for (const s of contentStems(REASON_WORDS[reason].join(' '))) terms.set(s, 0.5);
  }
  const own = `${goals.summary ?? ''} ${goals.helpWanted ?? ''}`;
  for (const w of words(own)) {
    if (!isContentWord(w) || GOAL_NOISE.has(w)) continue;
    for (const s of contentStems(w)) terms.set(s, 1);
  }
  return terms;
}

/** Which goal stems a piece of profile text shares, and their summed weight. */
export function overlap(text: string, terms: Map<string, number>): { stems: string[]; weight: number } {
  const stems = [...stemSet(text)].filter((s) => terms.has(s));
  return { stems, weight: stems.reduce((sum, s) => sum + (terms.get(s) ?? 0), 0) };
}

interface Candidate extends Omit<Fact, 'relevance'> {
  /**
   * The profile words the fact's text actually uses: relevance is measured on these only, so a fact
   * never ranks high for words it does not say.
   */
  about: string;
  /** Multiplies relevance: what someone does now says more than what they did ten years ago. */
  boost: number;
  order: number;
}

/**
 * Facts picked from a profile, most relevant to the goals first. Which facts there are depends on
 * the profile only; the goals only order them (so stored ids survive a change of goals). Ties:
 * current role, About, headline, skills, company, education; then profile order. A profile with
 * nothing beyond a name, or with only generic words ("Software Engineer", no company), yields none.
 */
export function extractFacts(profile: ProfileDraft, goals?: Goals): Fact[] {
  const nameWords = new Set(words(profile.name ?? ''));
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  const seenOrgs = new Set<string>();
  const add = (candidate: Omit<Candidate, 'order' | 'boost'> & { boost?: number }) => {
    // A key the fact's own wording does not contain could never show that a draft quoting the fact
    // mentions it; keeping only those makes "a draft with this fact passes the fact check" hold.
    const keys = unique(candidate.keys.filter((k) => k && !isNameOnly(k, nameWords) && mentionsPhrase(candidate.text, k)));
    if (keys.length === 0 || seen.has(candidate.id)) return;
    const short = keys.some((k) => mentionsPhrase(candidate.short, k)) ? candidate.short : candidate.text;
    seen.add(candidate.id);
    candidates.push({ ...candidate, keys, short, boost: candidate.boost ?? 1, order: candidates.length });
  };

  // Roles, newest first as the profile lists them, and what their descriptions say was done.
  (profile.experience ?? []).slice(0, MAX_ROLES).forEach((role, i) => {
    const title = cleanTitle(role.title);
    const org = cleanOrg(role.company);
    const key = orgKey(org);
    const titleKey = title && !isGenericPhrase(title) ? title : '';
    const current = i === 0 && (!role.end || /present|current|now|today|heute|aujourd|actualidad|atual/i.test(role.end));
    const source = [title, org].filter(Boolean).join(', ');
    if (title || org) {
      const text = title && org ? `${current ? 'your role as' : 'your time as'} ${title} at ${org}` : title ? `your work as ${title}` : `your work at ${org}`;
      const short = key ? `your work at ${shortOrg(org)}` : text;
      add({ id: `role:${i}`, kind: 'role', text, short, source, keys: [...orgKeys(org), titleKey], about: `${title} ${org}`, boost: roleBoost(i, current) });
      if (key) seenOrgs.add(normaliseText(key));
    }
    if (i < MAX_DESCRIPTION_ROLES && role.description) {
      for (const fragment of fragments(role.description, nameWords).slice(0, MAX_PER_DESCRIPTION)) {
        const named = orgKeys(org).some((k) => mentionsPhrase(fragment.text, k));
        const text = org && !named ? `${fragment.text} at ${org}` : fragment.text;
        add({
          id: `role:${i}:${slug(fragment.phrase, 32)}`,
          kind: 'role',
          text,
          short: key ? `your work at ${shortOrg(org)}` : fragment.text,
          source: fragment.sentence,
          keys: [...fragment.keys, ...orgKeys(org)],
          about: fragment.phrase,
          boost: roleBoost(i, current),
        });
      }
    }
  });

  // Headline segments not already said by a role ("Engineering Manager at Acme | Building platform teams").
  splitHeadline(profile.headline ?? '')
    .slice(0, MAX_HEADLINE_SEGMENTS)
    .forEach((segment) => {
      const atMatch = /^(.{2,80}?)\s+(?:at|@)\s+(.{2,80})$/i.exec(segment);
      if (atMatch) {
        const title = cleanTitle(atMatch[1]!);
        const org = cleanOrg(atMatch[2]!);
        const key = orgKey(org);
        if (key && seenOrgs.has(normaliseText(key))) return;
        const titleKey = title && !isGenericPhrase(title) ? title : '';
        add({
          id: `headline:${slug(segment, 32)}`,
          kind: 'headline',
          text: `your role as ${title} at ${org}`,
          short: key ? `your work at ${shortOrg(org)}` : `your role as ${title} at ${org}`,
          source: segment,
          keys: [...orgKeys(org), titleKey],
          about: segment,
        });
        if (key) seenOrgs.add(normaliseText(key));
        return;
      }
      const former = /^(?:ex|former(?:ly)?(?:\s+at)?)[\s-]+(.{2,60})$/i.exec(segment);
      if (former) {
        const org = cleanOrg(former[1]!);
        add({ id: `headline:${slug(segment, 32)}`, kind: 'headline', text: `your time at ${org}`, short: `your time at ${shortOrg(org)}`, source: segment, keys: orgKeys(org), about: segment });
        return;
      }
      if (isGenericPhrase(segment) || isTitleOnly(segment)) return;
      // "I code stuff. I take photos.": first person, read like an About sentence.
      if (/^(?:I|I'm|I’m|My)\b/.test(segment)) {
        const [first] = fragments(segment, nameWords);
        if (first) add({ id: `headline:${slug(first.phrase, 32)}`, kind: 'headline', text: first.text, short: first.text, source: segment, keys: first.keys, about: first.phrase });
        return;
      }
      const cut = cutWords(segment, 10);
      // "Climate models" is sentence case: lower-case it mid-sentence. "Platform Engineering" is a
      // name-like Title Case phrase and "AI" an acronym: keep them.
      const sentenceCase = /^[A-Z][a-z]+(?:\s+[^A-Z\s]\S*)*$/.test(cut) && cut.includes(' ');
      const phrase = sentenceCase || /^[A-Z][a-z]+ing\s+[^A-Z\s]/.test(cut) ? lowerFirst(cut) : cut;
      const titleLike = TITLE_NOUNS.has(words(phrase).at(-1) ?? '');
      const text = titleLike
        ? `your work as ${sentenceCase ? `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}` : phrase}`
        : `your focus on ${phrase}`;
      add({ id: `headline:${slug(segment, 32)}`, kind: 'headline', text, short: text, source: segment, keys: phraseKeys(phrase), about: segment });
    });

  // About: its first few usable phrases. Taken in order, never by goal, so that the set of facts
  // (and the ids a draft stores) does not change when the mentee edits their goals.
  fragments(profile.about ?? '', nameWords)
    .slice(0, MAX_ABOUT)
    .forEach((f) => {
      add({ id: `about:${slug(f.phrase, 32)}`, kind: 'about', text: f.text, short: f.text, source: f.sentence, keys: f.keys, about: f.phrase });
    });

  // Skills: the named ones, not "Leadership" or "Management" (too generic to show you read the profile).
  for (const raw of (profile.skills ?? []).slice(0, MAX_SKILLS)) {
    const skill = raw.replace(/\s*[·•].*$/, '').trim();
    if (!skill || skill.length > 60 || isGenericPhrase(skill)) continue;
    add({ id: `skill:${slug(skill)}`, kind: 'skill', text: `your work with ${skill}`, short: `your work with ${skill}`, source: raw, keys: [skill], about: skill });
  }

  // The current company when no role or headline already names it.
  const company = cleanOrg(profile.company ?? '');
  const companyKey = orgKey(company);
  if (companyKey && !seenOrgs.has(normaliseText(companyKey))) {
    add({ id: `company:${slug(company)}`, kind: 'company', text: `your work at ${company}`, short: `your work at ${shortOrg(company)}`, source: profile.company, keys: orgKeys(company), about: company });
  }

  (profile.education ?? []).slice(0, MAX_EDUCATION).forEach((entry, i) => {
    const school = (entry.school ?? '').trim();
    const field = (entry.field ?? '').trim();
    const degree = (entry.degree ?? '').trim();
    const schoolKey = school && !isGenericPhrase(school) ? school : '';
    const fieldKey = field && !isGenericPhrase(field) ? field : '';
    let text: string;
    if (field && school) text = `your studies in ${field} at ${school}`;
    else if (degree && school) text = `your ${degree} at ${school}`;
    else if (school) text = `your time at ${school}`;
    else if (field) text = `your studies in ${field}`;
    else return;
    const source = [degree, field, school].filter(Boolean).join(', ');
    add({ id: `education:${i}`, kind: 'education', text, short: schoolKey ? `your time at ${school}` : text, source, keys: [schoolKey, fieldKey], about: source });
  });

  const terms = goalTerms(goals);
  return candidates
    .map((c) => ({ c, relevance: Math.round(overlap(c.about, terms).weight * c.boost * 100) / 100 }))
    .sort((a, b) => b.relevance - a.relevance || KIND_RANK[a.c.kind] - KIND_RANK[b.c.kind] || a.c.order - b.c.order)
    .slice(0, MAX_FACTS)
    .map(({ c, relevance }) => ({ id: c.id, kind: c.kind, text: c.text, short: c.short, source: c.source, keys: c.keys, relevance }));
}

/**
 * The facts a new draft starts with: the top one, plus the next one among the top few that is
 * also relevant to the goals and names something different (two facts about Acme read as padding).
 * With goals, facts whose every key merely repeats the mentee's own words are passed over.
 */
export function defaultFactIds(facts: readonly Fact[], goals?: Pick<Goals, 'summary' | 'helpWanted' | 'me'>): string[] {
  // A fact whose every key is also in the mentee's own goal ("Engineering Management" for someone
  // moving into engineering management) cannot show the draft was written for this person.
  const usable = goals ? facts.filter((f) => specificKeys(f, goals).length > 0) : facts;
  const [first, ...rest] = usable.length ? usable : facts;
  if (!first) return [];
  if (first.relevance <= 0) return [first.id];
  const second = rest.slice(0, 4).find((f) => f.relevance > 0 && !sharesKey(first, f));
  return second ? [first.id, second.id] : [first.id];
}

/** The mentee's own words (goal, help wanted, intro) as stems: a key made only of these says nothing about the mentor. */
export function menteeStems(goals: Pick<Goals, 'summary' | 'helpWanted' | 'me'>): Set<string> {
  return stemSet(`${goals.summary ?? ''} ${goals.helpWanted ?? ''} ${goals.me?.intro ?? ''}`);
}

/** The keys of a fact that do not merely repeat the mentee's own words. */
export function specificKeys(fact: Fact, goals: Pick<Goals, 'summary' | 'helpWanted' | 'me'>): string[] {
  const own = menteeStems(goals);
  return fact.keys.filter((k) => {
    const stems = [...stemSet(k)];
    return stems.length === 0 || stems.some((s) => !own.has(s));
  });
}

/** Current role ×1.25, older roles ×0.75, as the profile orders them. */
function roleBoost(index: number, current: boolean): number {
  return current ? 1.25 : index === 0 ? 1 : 0.75;
}

/** The facts with these ids, in the order the ids are given; unknown ids are skipped. */
export function factsById(facts: readonly Fact[], ids: readonly string[]): Fact[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** Whether two facts name the same thing: one's text mentions a key of the other. */
function sharesKey(a: Fact, b: Fact): boolean {
  return a.keys.some((k) => mentionsPhrase(b.text, k)) || b.keys.some((k) => mentionsPhrase(a.text, k));
}

function isNameOnly(key: string, nameWords: Set<string>): boolean {
  const content = words(key).filter(isContentWord);
  return content.length > 0 && content.every((w) => nameWords.has(w));
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = normaliseText(v).trim();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Nouns that make a headline segment read as a job title ("Keynote Speaker"), not a topic. */
const TITLE_NOUNS = new Set(
  'engineer developer manager director founder cofounder ceo cto cfo coo vp president consultant designer scientist architect analyst researcher professor lecturer teacher writer author speaker advisor adviser coach mentor lead head officer partner investor entrepreneur recruiter strategist producer editor journalist programmer administrator specialist owner intern student advocate evangelist enthusiast champion volunteer organizer organiser maintainer contributor creator host podcaster blogger photographer artist'.split(
    ' ',
  ),
);

/** Words that only say what kind of job a title is ("Web Developer", "Computer Engineer"). */
const TITLE_QUALIFIERS = new Set('web computer full stack frontend front end backend back mobile systems system technical it digital cloud application applications'.split(' '));

/** "Researcher", "Web Developer", "Computer Engineer": a title with nothing to identify the person by. */
function isTitleOnly(segment: string): boolean {
  const content = words(segment).filter(isContentWord);
  return content.length > 0 && content.every((w) => TITLE_NOUNS.has(w) || TITLE_QUALIFIERS.has(w) || isGenericPhrase(w));
}

/** Company names as written, minus LinkedIn's "· Full-time" and similar tails; "" for non-companies. */
export function cleanOrg(value: string): string {
  const org = (value ?? '')
    .split(/\s+[·•|]\s+/)[0]!
    .replace(/\s*\((?:full|part)[- ]time\)\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^(?:self[- ]employed|freelance(?:r)?|independent(?: consultant)?|stealth(?: mode)?(?: startup| company)?|confidential|various|n\/?a|none|retired|unemployed|open to work|looking for .*|seeking .*)$/i.test(org)) {
    return '';
  }
  return org;
}

/**
 * The everyday short form of a company name: "UC San Diego, Institute of Engineering in Medicine"
 * → "UC San Diego"; "Fondazione Bruno Kessler (FBK-irst)" → "Fondazione Bruno Kessler".
 */
export function shortOrg(org: string): string {
  const short = org.split(/,\s+/)[0]!.replace(/\s*\([^)]*\)/g, '').trim();
  return short && !isGenericPhrase(short) ? short : org;
}

/** Keys for a company: its name and its short form when that differs. */
export function orgKeys(org: string): string[] {
  return unique([orgKey(org), orgKey(shortOrg(org))]);
}

/** The part of a company name that identifies it: "Acme, Inc." → "Acme"; "" when generic. */
export function orgKey(org: string): string {
  const key = org.replace(/[,\s]+(?:inc|ltd|llc|llp|gmbh|corp|co|plc|ag|sa|s\.a|bv|nv|pty|limited|corporation|company)\.?$/i, '').trim();
  return key && !isGenericPhrase(key) ? key : '';
}

function cleanTitle(value: string): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function splitHeadline(headline: string): string[] {
  return headline
    .split(/\s*(?:\||•|·|‣|●|▪|►|—|–|\/\/|\s-\s|;|\n)\s*/)
    .map((s) => stripDecorations(s).trim())
    .filter((s) => s.length >= 2 && s.length <= 120);
}

/** Emoji anywhere; bullets or other symbols before the first letter ("● Taught…"); trailing punctuation. */
function stripDecorations(value: string): string {
  return value
    .replace(/\p{Extended_Pictographic}|\uFE0F/gu, '')
    .replace(/^[^\p{L}\p{N}"'(]+/u, '')
    .replace(/[.;:,\s]+$/u, '');
}

function cutWords(value: string, max: number): string {
  const parts = value.trim().split(/\s+/);
  return parts.length <= max ? value.trim() : cutOnWord(parts.slice(0, max).join(' '), 1_000);
}

function lowerFirst(value: string): string {
  // Keep acronyms and names ("AI", "McKinsey") as they are; lower-case ordinary capitalised words.
  return /^[A-Z][a-z]+\b/.test(value) ? value.charAt(0).toLowerCase() + value.slice(1) : value;
}

/**
 * Keys for a phrase cut from free text: the phrase itself when short, and each pair of adjacent
 * words with at least one distinctive word ("developer experience", "platform team"; not
 * "first time").
 */
function phraseKeys(phrase: string): string[] {
  const keys: string[] = [];
  if (words(phrase).length <= 4 && words(phrase).some(isDistinctiveWord)) keys.push(phrase);
  // Pairs keep the profile's spelling ("Fernleaf engineering"), for messages that quote them. A
  // token that is not one word ("1:1s") breaks the chain rather than joining its neighbours.
  const tokens = phrase
    .split(/[\s\-–—/]+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#]+$/gu, '').replace(/['’]s$/i, ''))
    .map((t) => (words(t).length === 1 ? t : null));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [ta, tb] = [tokens[i], tokens[i + 1]];
    if (!ta || !tb) continue;
    const [a, b] = [words(ta)[0]!, words(tb)[0]!];
    if (isContentWord(a) && isContentWord(b) && (isDistinctiveWord(a) || isDistinctiveWord(b))) keys.push(`${ta} ${tb}`);
  }
  return keys;
}

/** Words after which "about / on / in" introduces a topic the person cares about or works on. */
const TOPIC =
  /\b(?:passionate|excited|curious|enthusiastic|obsessed|care|cares|caring|write|writes|writing|wrote|talk|talks|talking|speak|speaks|speaking|blog|blogs|blogging|think|thinking)\s+about\s+|\b(?:interested|interest|interests|specializ\w*|specialis\w*|expertise|expert|research|researching|focus|focused|focusing|work|works|working|worked)\s+(?:in|on)\s+/gi;

/** "-ed" words that describe rather than report something done. */
const ADJECTIVES_IN_ED = new Set(
  'experienced seasoned dedicated motivated talented skilled accomplished driven focused qualified certified interested based located committed detailed advanced varied'.split(' '),
);

/** Verbs a résumé line starts with ("Led", "Built", "Grew"); other "-ed" words count as well. */
const ACTION_VERBS = new Set(
  'led lead built build grew grow ran run managed manage launched launch founded cofounded created create designed design shipped ship scaled scale developed develop drove drive owned own hired hire mentored mentor coached coach helped help established started architected delivered improved reduced increased oversaw oversee spearheaded transformed wrote write taught teach advised advise organized organised introduced migrated rebuilt redesigned supported partnered set'.split(
    ' ',
  ),
);

const FIRST_PERSON: Array<[RegExp, string]> = [
  [/\bI'm\b/g, "you're"],
  [/\bI am\b/g, 'you are'],
  [/\bI've\b/g, "you've"],
  [/\bI have\b/g, 'you have'],
  [/\bI was\b/g, 'you were'],
  [/\bI'd\b/g, "you'd"],
  [/\bI'll\b/g, "you'll"],
  [/\bI\b/g, 'you'],
  [/\bmyself\b/gi, 'yourself'],
  [/\bmine\b/gi, 'yours'],
  [/\bmy\b/gi, 'your'],
  [/\bme\b/g, 'you'],
];

function toSecondPerson(value: string): string {
  return FIRST_PERSON.reduce((text, [re, to]) => text.replace(re, to), value.replace(/[\u2018\u2019]/g, "'"));
}

interface Fragment {
  /** Where it sits in the text (sentence order). */
  index: number;
  /** The sentence it was cut from, as written. */
  sentence: string;
  /** The profile's words used (after pronoun swap), for the id and relevance. */
  phrase: string;
  /** The phrase framed to finish "I'd love to hear about …". */
  text: string;
  keys: string[];
}

/** Sentences of free text that read as something the person did or cares about, framed as phrases. */
function fragments(text: string, nameWords: ReadonlySet<string>): Fragment[] {
  const out: Fragment[] = [];
  sentencesOf(text).forEach((sentence, index) => {
    const fragment = fragmentOf(sentence, nameWords);
    if (fragment) out.push({ index, sentence, ...fragment });
  });
  return out;
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => stripDecorations(s).replace(/\s+/g, ' ').trim())
    .filter((s) => s.split(' ').length >= 3);
}

function fragmentOf(sentence: string, nameWords: ReadonlySet<string>): { phrase: string; text: string; keys: string[] } | null {
  let clean = stripDecorations(sentence.replace(/[.!?…]+$/, '').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim());
  // "Before moving into management, I spent eight years…": the main clause says what they did.
  const mainClause = /^(?:before|after|since|having|as|for|over|in|at|today|now|currently|previously)\b[^.]{0,80}?(?:,\s*|\s)(?=I(?:'m|'ve|'d|\s))/i.exec(clean);
  if (mainClause && mainClause[0].split(/\s+/).length <= 10) clean = clean.slice(mainClause[0].length);
  const firstWord = words(clean)[0] ?? '';
  let phrase = '';
  let text = '';
  if (/^I(?:'m|'ve|'d|\s)/.test(clean)) {
    // "I lead a team of 40 engineers" → "how you lead a team of 40 engineers".
    phrase = cutFragment(clauseOf(toSecondPerson(clean)));
    // "I'm a web developer and systems administrator" says who they are, not something they did.
    const identity = /^you(?:'re| are) ((?:a|an) .+)$/i.exec(phrase);
    if (identity) phrase = identity[1]!;
    text = identity ? `your work as ${phrase}` : `how ${phrase}`;
  } else if (ACTION_VERBS.has(firstWord) || (/ed$/.test(firstWord) && firstWord.length > 4 && !ADJECTIVES_IN_ED.has(firstWord) && !/^\S+\s+[A-Z]/.test(clean))) {
    // "Migrated billing to Go" is something they did; "Experienced Software Engineer…" is not.
    phrase = cutFragment(clauseOf(toSecondPerson(lowerFirst(clean))));
    text = `how you ${phrase}`;
  } else if (/^[A-Z][a-z]+ing\s+[^A-Z\s]/.test(clean) && !isGenericPhrase(clean.split(' ')[0]!)) {
    // "Leading the platform team at Acme" → "your work leading the platform team at Acme". The
    // second word in lower case: "Leading the team" is an action, "Daring Fireball" a name.
    phrase = cutFragment(clauseOf(toSecondPerson(lowerFirst(clean))));
    text = `your work ${phrase}`;
  } else {
    // "Passionate about developer experience" → "your interest in developer experience". Only
    // after words that name an interest: "in December 2008" or "on a daily basis" are no topic.
    // Try each in turn: "10+ years in fintech, focusing on payments infrastructure" has one word
    // after "in" but a usable phrase after "on".
    for (const topic of clean.matchAll(TOPIC)) {
      const candidate = cutFragment(clauseOf(toSecondPerson(clean.slice(topic.index + topic[0].length))));
      if (words(candidate).filter(isContentWord).length >= 2) {
        phrase = candidate;
        break;
      }
    }
    if (!phrase) return null;
    text = `your interest in ${phrase}`;
  }
  phrase = phrase.trim();
  const content = words(phrase).filter(isContentWord);
  if (content.length < 2) return null;
  // "…written and produced by Jonas Berg": about them in the third person, odd to say back.
  if (words(phrase).some((w) => w.length >= 3 && nameWords.has(w))) return null;
  const keys = phraseKeys(phrase).filter((k) => words(k).length >= 2);
  if (keys.length === 0) return null;
  return { phrase, text: text.trim(), keys };
}

/**
 * A phrase of at most MAX_FRAGMENT_WORDS words, cut before a joining word ("and", "at", "while")
 * where there is one in reach, so it ends on a whole thought rather than mid-list.
 */
function cutFragment(value: string): string {
  const ws = value.trim().split(/\s+/);
  if (ws.length <= MAX_FRAGMENT_WORDS) return value.trim();
  for (let i = MAX_FRAGMENT_WORDS; i >= 4; i--) {
    if (PHRASE_START.test(ws[i]!)) return cutOnWord(ws.slice(0, i).join(' '), 10_000);
  }
  return cutWords(value, MAX_FRAGMENT_WORDS);
}

/** The first clause of a sentence: up to a comma, semicolon, colon, dash or bracket. */
function clauseOf(value: string): string {
  return value.split(/\s*[,;:()]\s*|\s+[—–-]\s+/)[0]!.trim();
}
