// The curated table of what words mean for a mentoring goal. A goal and a profile fact relate when
// they fall in the same meaning class ("engineering management" and "Head of Platform, 12 reports"),
// not when they happen to share one common word ("moves" in "ensuring search moves from good…").
// Terms are matched on word stems, whole phrase at a time; `not` lists phrases that look like a term
// but mean something else ("project manager" is not people management).
import { normaliseText, words } from './text';

export type MeaningClass =
  | 'management'
  | 'senior-ic'
  | 'speaking'
  | 'teaching'
  | 'writing'
  | 'ux-research'
  | 'design'
  | 'data-science'
  | 'academia'
  | 'life-science'
  | 'founding'
  | 'software'
  | 'frontend'
  | 'backend'
  | 'cloud'
  | 'mobile'
  | 'product'
  | 'project'
  | 'recruiting'
  | 'sales-marketing'
  | 'community'
  | 'finance'
  | 'security';

export interface MeaningEntry {
  /** What the class is about, as it finishes "experience in …" ("engineering management"). */
  topic: string;
  terms: readonly string[];
  /** Phrases that contain a term but belong elsewhere. */
  not?: readonly string[];
}

export const MEANING_TABLE: Readonly<Record<MeaningClass, MeaningEntry>> = {
  management: {
    topic: 'leading a team',
    terms: [
      'engineering manager', 'manager', 'management', 'managing', 'managed', 'head of', 'director', 'vp', 'vice president',
      'team lead', 'team leader', 'leading a team', 'led a team', 'lead a team', 'people manager', 'direct reports',
      'lead the team', 'led the team', 'manage a team', 'managed a team', 'team of', 'hiring managers', 'grew the team', 'built a team',
      'build a team', 'cto', 'ceo', 'leadership', 'general manager', 'engineering leadership',
    ],
    not: [
      'project manager', 'project management', 'product manager', 'product management', 'account manager', 'stakeholder management',
      'workflow management', 'content management', 'case management', 'campaign management', 'risk management', 'data management',
      'management consultant', 'delivery management', 'mobility manager', 'community manager', 'incident management', 'agile project management',
      'executive management', 'board of directors', 'advisory board', 'thought leadership', 'change management', 'general management',
    ],
  },
  'senior-ic': {
    topic: 'senior technical work',
    terms: [
      'staff engineer', 'staff software engineer', 'staff web developer', 'staff developer', 'staff data engineer', 'principal engineer',
      'principal software engineer', 'principal web developer', 'principal developer', 'principal architect', 'architect', 'technical architect',
      'solutions architect', 'software architect', 'tech lead', 'technical lead', 'lead developer', 'lead engineer', 'distinguished engineer',
      'system design', 'systems design', 'architecture',
    ],
  },
  speaking: {
    topic: 'speaking',
    terms: [
      'talk', 'talks', 'speak', 'spoke', 'speaker', 'speaking', 'public speaking', 'keynote', 'conference', 'conferences', 'meetup', 'meetups', 'presented',
      'presentation', 'presentations', 'podcast', 'webinar', 'workshop', 'workshops', 'guest lectured', 'panel', 'evangelist', 'evangelize',
      'developer advocate', 'organiser', 'organizer', 'co-organiser', 'co-organizer', 'events', 'host of',
    ],
    not: ['talk to', 'small talk'],
  },
  teaching: {
    topic: 'teaching',
    terms: [
      'teacher', 'teaching', 'taught', 'teach', 'faculty', 'lecturer', 'lecture', 'professor', 'instructor', 'tutor', 'education',
      'educator', 'educational', 'course', 'courses', 'curriculum', 'bootcamp', 'boot camp', 'teaching assistant', 'classroom', 'school teacher',
      'secondary school', 'training delivery', 'trainer', 'pgce', 'certificate education',
    ],
    not: ['of course'],
  },
  writing: {
    topic: 'writing',
    terms: ['writer', 'writing', 'wrote', 'write', 'author', 'blog', 'blogger', 'blogging', 'newsletter', 'articles', 'technical writing', 'published', 'editor', 'columnist', 'rants', 'book'],
    not: ['written and produced', 'write unit', 'wrote unit', 'wrote automation', 'write code'],
  },
  'ux-research': {
    topic: 'UX research',
    terms: [
      'ux', 'ux research', 'user research', 'user researcher', 'user experience', 'usability', 'user centered design', 'user centred design',
      'human computer', 'hci', 'interaction design', 'design research', 'accessibility', 'user testing', 'customer research',
    ],
  },
  design: {
    topic: 'design',
    terms: ['designer', 'designers', 'design', 'graphic design', 'product design', 'visual design', 'ui design', 'web design', 'interaction design', 'figma', 'design systems'],
  },
  'data-science': {
    topic: 'data science',
    terms: [
      'data science', 'data scientist', 'machine learning', 'ml', 'ai', 'artificial intelligence', 'analytics', 'data analytics',
      'data analysis', 'data analyst', 'statistics', 'statistical', 'data engineer', 'data engineering', 'data architect', 'data architecture',
      'data pipelines', 'data platforms', 'data systems', 'bioinformatics', 'computational biology', 'genai', 'generative ai', 'rag', 'llm',
      'deep learning', 'data driven', 'data lakes', 'data warehousing', 'multimedia data analysis', 'ml engineer',
    ],
  },
  academia: {
    topic: 'research',
    terms: ['phd', 'doctor of philosophy', 'research scientist', 'research fellow', 'research assistant', 'research engineer', 'postdoc', 'postdoctoral', 'graduate student', 'lab', 'laboratory', 'research unit', 'scientist', 'thesis', 'academic', 'academia'],
  },
  'life-science': {
    topic: 'biology',
    terms: ['biology', 'biological', 'molecular', 'biochemistry', 'genomics', 'genetics', 'neuroscience', 'biotech', 'biotechnology', 'life sciences', 'bioinformatics', 'computational biology', 'chemistry'],
  },
  founding: {
    topic: 'founding a company',
    terms: [
      'founder', 'co founder', 'cofounder', 'founding', 'founded', 'co founded', 'cofounded', 'found your first', 'first customer', 'entrepreneur', 'entrepreneurship', 'startup', 'startups',
      'start up', 'start ups', 'founder fellow', 'first customers', 'customers', 'lean startup', 'bootstrapped', 'raised',
    ],
    not: ['startup pace'],
  },
  software: {
    topic: 'software engineering',
    terms: ['software engineer', 'software developer', 'software engineering', 'developer', 'programmer', 'programming', 'software', 'coding', 'engineer', 'web developer', 'full stack', 'full-stack'],
  },
  frontend: {
    topic: 'front-end development',
    terms: ['front end', 'frontend', 'javascript', 'typescript', 'css', 'html', 'react', 'web standards', 'user interface development', 'web development', 'web applications'],
  },
  backend: {
    topic: 'back-end engineering',
    terms: ['back end', 'backend', 'apis', 'api', 'distributed systems', 'databases', 'database', 'sql', 'microservices', 'middleware', 'high throughput'],
  },
  cloud: {
    topic: 'cloud infrastructure',
    terms: ['devops', 'aws', 'cloud', 'site reliability', 'sre', 'kubernetes', 'google cloud', 'infrastructure', 'platform engineering'],
  },
  mobile: { topic: 'mobile development', terms: ['ios', 'android', 'swift', 'kotlin', 'mobile'] },
  product: { topic: 'product management', terms: ['product manager', 'product management', 'product development', 'product marketing', 'product owner'] },
  project: {
    topic: 'project delivery',
    terms: ['project manager', 'project management', 'scrum master', 'agile', 'scrum', 'delivery management', 'program manager', 'programme manager'],
  },
  recruiting: { topic: 'recruiting', terms: ['recruiter', 'recruiting', 'recruitment', 'talent acquisition', 'hr', 'human resources', 'onboarding', 'employee engagement', 'job consultant'] },
  'sales-marketing': {
    topic: 'sales and marketing',
    terms: ['sales', 'marketing', 'business development', 'growth marketing', 'go to market', 'digital marketing', 'advertising', 'b2b'],
  },
  community: {
    topic: 'community building',
    terms: ['community', 'communities', 'meetup', 'organiser', 'organizer', 'volunteer', 'nonprofit', 'non profit', 'non profits', 'nonprofits', 'mentor', 'mentoring', 'board of directors', 'advisory board'],
  },
  finance: { topic: 'finance', terms: ['finance', 'fintech', 'financial services', 'banking', 'payments', 'investor', 'venture', 'investment'] },
  security: { topic: 'security', terms: ['security', 'cybersecurity', 'infosec', 'penetration testing', 'cryptography'] },
};

export const MEANING_CLASSES = Object.keys(MEANING_TABLE) as MeaningClass[];

/**
 * A deliberately light stem: plural and possessive endings only. The table lists the inflections it
 * means ("manage", "managed", "manager"), so "foundation" never reads as "founded".
 */
export function lightStem(word: string): string {
  const w = word.toLowerCase().replace(/'s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

function lightStems(text: string): string[] {
  return words(text.replace(/-/g, ' ')).map(lightStem);
}

interface CompiledEntry {
  id: MeaningClass;
  terms: string[][];
  not: string[][];
}

const COMPILED: CompiledEntry[] = MEANING_CLASSES.map((id) => ({
  id,
  terms: MEANING_TABLE[id].terms.map(lightStems),
  not: (MEANING_TABLE[id].not ?? []).map(lightStems),
}));

/**
 * Shapes of sentence that carry a class without a fixed phrase: "grew the platform team from 4 to
 * 18", "a team of 12", "mentored four junior engineers", "spoke at JSConf".
 */
const PATTERNS: Array<[MeaningClass, RegExp]> = [
  ['management', /\b(?:grew|built|scaled|lead|led|leads|manage|managed|manages|run|ran|runs|hired for|head)\b[^.;]{0,40}\bteams?\b/i],
  ['management', /\bteam of \d+|\b\d+\+? (?:engineers|developers|people|reports|designers)\b/i],
  ['management', /\bmentor(?:ed|ing|s)?\b[^.;]{0,30}\b(?:engineers|developers|juniors?|managers)\b/i],
  ['speaking', /\b(?:spoke|speak|speaking|presented|talks?) (?:at|on)\b/i],
];

/** Marks the word positions a phrase covers. */
function cover(stems: readonly string[], phrase: readonly string[], marks: boolean[]): boolean {
  let found = false;
  for (let i = 0; i + phrase.length <= stems.length; i++) {
    if (phrase.every((s, j) => stems[i + j] === s)) {
      for (let j = 0; j < phrase.length; j++) marks[i + j] = true;
      found = true;
    }
  }
  return found;
}

/**
 * The meaning classes a text falls in, with the words that put it there. A term inside one of the
 * class's `not` phrases does not count ("project manager" gives `project`, not `management`).
 */
export function classesOf(text: string): Map<MeaningClass, string[]> {
  const ws = words(text.replace(/-/g, ' '));
  const stems = ws.map(lightStem);
  const out = new Map<MeaningClass, string[]>();
  for (const entry of COMPILED) {
    const blocked = new Array<boolean>(stems.length).fill(false);
    for (const phrase of entry.not) cover(stems, phrase, blocked);
    const hits: string[] = [];
    for (const phrase of entry.terms) {
      for (let i = 0; i + phrase.length <= stems.length; i++) {
        if (!phrase.every((s, j) => stems[i + j] === s)) continue;
        if (blocked.slice(i, i + phrase.length).some(Boolean)) continue;
        hits.push(ws.slice(i, i + phrase.length).join(' '));
      }
    }
    if (hits.length) out.set(entry.id, [...new Set(hits)]);
  }
  for (const [id, pattern] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) out.set(id, [...new Set([...(out.get(id) ?? []), m[0].toLowerCase()])]);
  }
  return out;
}

/** Just the class ids. */
export function classSet(text: string): Set<MeaningClass> {
  return new Set(classesOf(text).keys());
}

/** The plain topic of a class ("UX research"). */
export function topicOf(id: MeaningClass): string {
  return MEANING_TABLE[id].topic;
}

/** Whether a text uses a term, whatever its class (for quick tests and the checks). */
export function hasTerm(text: string, term: string): boolean {
  const stems = lightStems(normaliseText(text));
  const phrase = lightStems(term);
  return cover(stems, phrase, new Array<boolean>(stems.length).fill(false));
}
