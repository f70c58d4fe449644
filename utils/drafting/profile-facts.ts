// Step 1 of the pipeline: the things a draft may say about a person, read once from their profile
// and phrased as a person would say them. Which facts exist depends on the profile only (stored
// draft fact ids survive a change of goals); rank.ts orders them for a goal.
import type { ProfileDraft } from '../schema/profile';
import { classSet, type MeaningClass } from './meaning';
import { isDistinctiveWord, isGenericPhrase, mentionsPhrase, normaliseText, slug, words } from './text';
import {
  article,
  asTitle,
  clauseAfterYou,
  cleanOrg,
  isPresent,
  naturalField,
  naturalSkill,
  naturalTitle,
  orgPreposition,
  parseDate,
  schoolPhrase,
  sentencesOf,
  shortOrg,
  yearsBetween,
} from './wording';

export type FactKind = 'move' | 'role' | 'about' | 'headline' | 'skill' | 'education' | 'company';

/** Something true about a person, from their profile, in two wordings a sentence can use. */
export interface ProfileFact {
  /** Stable id from where it is on the profile: "role:0", "move:1-0", "about:lead-120-engineers". */
  id: string;
  kind: FactKind;
  /** A noun phrase: "your move from teacher to UX researcher at Acme", "your work with Rust". */
  text: string;
  /** A shorter noun phrase for tight channels (may equal `text`). */
  short: string;
  /** What follows "you" in a sentence: "went from teacher to UX researcher at Acme". */
  did: string;
  /** A shorter `did` for tight channels: no tenure, no second organisation. */
  didShort: string;
  /** The shortest `did` that still names something distinctive (a move without organisations). */
  didTiny?: string;
  /** The profile text it was read from. */
  source: string;
  /** Distinctive phrases that show a draft mentions this fact (never the person's name). */
  keys: string[];
  /** Meaning classes of what the fact says (for a move: of the role moved into). */
  classes: MeaningClass[];
  /** For a move: the classes of the role moved from. */
  fromClasses: MeaningClass[];
  /** 0 for the newest thing on the profile, growing with age: newer evidence ranks a little higher. */
  age: number;
}

const MAX_ROLES = 6;
const MAX_CLAUSES_PER_ROLE = 2;
const MAX_ABOUT = 6;
const MAX_SKILLS = 30;
const MAX_EDUCATION = 3;
/** A founder's title; "Founder Fellow" or "Founders Associate" is a programme, not a company they founded. */
const FOUNDER = /\b(?:co-?\s?founder|founder|cofounder)\b(?!\s*(?:fellow|in residence|associate|office|program|programme|relations|advisor|mentor|coach))/i;

interface RoleView {
  index: number;
  title: string;
  org: string;
  orgShort: string;
  current: boolean;
  start: ReturnType<typeof parseDate>;
  end: ReturnType<typeof parseDate>;
  startText: string;
  endText: string;
  classes: Set<MeaningClass>;
  founder: boolean;
}

function roleViews(profile: ProfileDraft): RoleView[] {
  return (profile.experience ?? []).slice(0, MAX_ROLES).flatMap((r, index) => {
    const title = naturalTitle(r.title);
    const org = cleanOrg(r.company);
    if (!title && !org) return [];
    return [
      {
        index,
        title,
        org,
        orgShort: org ? shortOrg(org) : '',
        current: isPresent(r.end) && (parseDate(r.start) !== null || index === 0),
        start: parseDate(r.start),
        end: parseDate(r.end),
        startText: r.start.trim(),
        endText: r.end.trim(),
        classes: classSet(r.title),
        founder: FOUNDER.test(title),
      },
    ];
  });
}

function titleAtOrg(role: Pick<RoleView, 'title' | 'orgShort'>): string {
  if (!role.orgShort) return role.title;
  if (!role.title) return role.orgShort;
  return `${role.title} ${orgPreposition(role.title)} ${role.orgShort}`;
}

function roleFact(role: RoleView): ProfileFact {
  const where = titleAtOrg(role);
  const keys = [role.org, role.orgShort, isGenericPhrase(role.title) ? '' : role.title];
  let did: string;
  let text: string;
  if (role.founder && role.orgShort) {
    const verb = /\bco-?\s?founder|cofounder/i.test(role.title) ? 'co-founded' : 'founded';
    did = `${verb} ${role.orgShort}`;
    text = `${verb === 'founded' ? 'founding' : 'co-founding'} ${role.orgShort}`;
  } else if (role.current && role.start) {
    did = `have been ${asTitle(where)} since ${role.start.text}`;
    text = `your role as ${where}`;
  } else if (role.current) {
    did = `are ${asTitle(where)}`;
    text = `your role as ${where}`;
  } else {
    const years = yearsBetween(role.startText, role.endText);
    did = years ? `spent ${years} as ${asTitle(where)}` : `were ${asTitle(where)}`;
    text = years ? `your ${years} as ${where}` : `your time as ${where}`;
  }
  if (!role.title) {
    did = role.current ? `work at ${role.orgShort}` : `worked at ${role.orgShort}`;
    text = `your work at ${role.orgShort}`;
  }
  return {
    id: `role:${role.index}`,
    kind: 'role',
    text,
    short: role.orgShort && role.title ? `your work at ${role.orgShort}` : text,
    did: did.replace(/\s+/g, ' ').trim(),
    didShort: role.founder || !role.title ? did : `${role.current ? 'are' : 'were'} ${asTitle(where)}`,
    source: [role.title, role.org].filter(Boolean).join(', '),
    keys: keys.filter(Boolean),
    classes: [...role.classes],
    fromClasses: [],
    age: role.index,
  };
}

/**
 * Career moves, told in the order they happened: a role that ended before the next began, with a
 * change of title or field. Overlapping roles (boards, side projects) never make a move.
 */
function moveFacts(roles: RoleView[]): ProfileFact[] {
  const dated = roles.filter((r) => r.start).sort((a, b) => a.start!.year * 12 + (a.start!.month ?? 0) - (b.start!.year * 12 + (b.start!.month ?? 0)));
  const out: ProfileFact[] = [];
  for (let i = 0; i + 1 < dated.length; i++) {
    const before = dated[i]!;
    const after = dated[i + 1]!;
    if (!before.end || !after.start || before.end.year > after.start.year || after.start.year - before.end.year > 2) continue;
    if (!before.title || !after.title || normaliseText(before.title) === normaliseText(after.title)) continue;
    const gained = [...after.classes].filter((c) => !before.classes.has(c));
    if (gained.length === 0) continue;
    const sameOrg = before.orgShort && normaliseText(before.orgShort) === normaliseText(after.orgShort);
    const to = after.founder && after.orgShort ? `${/^co/i.test(after.title) ? 'co-founding' : 'founding'} ${after.orgShort}` : titleAtOrg(after);
    const from = sameOrg ? before.title : titleAtOrg(before);
    out.push({
      id: `move:${before.index}-${after.index}`,
      kind: 'move',
      text: `your move from ${from} to ${to}`,
      short: `your move from ${before.title} to ${after.founder ? to : after.title}`,
      did: `went from ${from} to ${to}`,
      didShort: `went from ${before.title} to ${to}`,
      didTiny: `went from ${before.title} to ${after.founder && after.orgShort ? to : after.title}`,
      source: `${before.title}, ${before.org} → ${after.title}, ${after.org}`,
      keys: [after.orgShort, before.orgShort, ...[after.title, before.title].filter((t) => !isGenericPhrase(t))].filter(Boolean),
      classes: gained,
      fromClasses: [...before.classes],
      age: after.index,
    });
  }
  return out;
}

function clauseFacts(text: string, idPrefix: string, kind: FactKind, age: number, nameWords: ReadonlySet<string>, org: string, max: number): ProfileFact[] {
  const out: ProfileFact[] = [];
  for (const sentence of sentencesOf(text)) {
    if (out.length >= max) break;
    const clause = clauseAfterYou(sentence, nameWords);
    if (!clause) continue;
    const keys = pairKeys(clause);
    if (keys.length === 0) continue;
    const atOrg = org && !normaliseText(clause).includes(normaliseText(org)) && kind === 'role' ? ` at ${org}` : '';
    out.push({
      id: `${idPrefix}:${slug(clause, 32)}`,
      kind,
      text: `how you ${clause}${atOrg}`,
      short: `how you ${clause}${atOrg}`,
      did: `${clause}${atOrg}`,
      didShort: clause,
      didTiny: headOfClause(clause, keys),
      source: sentence,
      keys,
      classes: [...classSet(clause)],
      fromClasses: [],
      age,
    });
  }
  return out;
}

/**
 * The clause up to its first trailing qualifier ("guest lectured multiple classes" from "… of a 300+
 * student course"): still true, still naming a key, for the tightest notes. Undefined when no shorter.
 */
function headOfClause(clause: string, keys: readonly string[]): string | undefined {
  const ws = clause.split(' ');
  for (let i = 3; i < ws.length - 1; i++) {
    // Only qualifiers and second conjuncts whose loss keeps the clause true ("…classes of a 300+ student course").
    if (!/^(?:of|at|in|across|from|using|and)$/.test(ws[i]!)) continue;
    const head = ws.slice(0, i).join(' ');
    if (keys.some((k) => mentionsPhrase(head, k))) return head;
  }
  return undefined;
}

/** Adjacent word pairs with a distinctive word: what shows a draft quotes a clause. */
function pairKeys(clause: string): string[] {
  const ws = clause.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}+#'-]/gu, ''));
  const keys: string[] = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    const [a, b] = [words(ws[i]!)[0], words(ws[i + 1]!)[0]];
    if (a && b && (isDistinctiveWord(a) || isDistinctiveWord(b))) keys.push(`${ws[i]} ${ws[i + 1]}`);
  }
  return keys;
}

function headlineFacts(profile: ProfileDraft, roles: RoleView[]): ProfileFact[] {
  const known = new Set(roles.map((r) => normaliseText(r.orgShort)));
  const segments = (profile.headline ?? '').split(/\s*(?:\||•|·|—|–|\/\/|\s-\s|;|\n)\s*/).map((s) => s.trim()).filter((s) => s.length >= 2);
  const out: ProfileFact[] = [];
  segments.slice(0, 4).forEach((segment, i) => {
    const at = /^(.{2,80}?)\s+(?:at|@)\s+(.{2,80})$/i.exec(segment);
    if (!at) return;
    const title = naturalTitle(at[1]!);
    const org = cleanOrg(at[2]!.split(/,\s+/)[0]!);
    if (!org || known.has(normaliseText(shortOrg(org)))) return;
    const view: RoleView = { index: i, title, org, orgShort: shortOrg(org), current: true, start: null, end: null, startText: '', endText: '', classes: classSet(at[1]!), founder: FOUNDER.test(title) };
    out.push({ ...roleFact(view), id: `headline:${slug(segment, 32)}`, kind: 'headline', source: segment, age: 0 });
  });
  return out;
}

function skillFacts(profile: ProfileDraft): ProfileFact[] {
  return (profile.skills ?? []).slice(0, MAX_SKILLS).flatMap((raw) => {
    const skill = naturalSkill(raw);
    if (!skill || skill.length > 50 || isGenericPhrase(skill)) return [];
    return [{ id: `skill:${slug(skill)}`, kind: 'skill' as const, text: `your experience with ${skill}`, short: skill, did: `list ${skill} among your skills`, didShort: `list ${skill} among your skills`, source: raw, keys: [skill], classes: [...classSet(raw)], fromClasses: [], age: 3 }];
  });
}

function educationFacts(profile: ProfileDraft): ProfileFact[] {
  return (profile.education ?? []).slice(0, MAX_EDUCATION).flatMap((e, i) => {
    const school = schoolPhrase(e.school);
    const field = naturalField(e.field);
    if (!school || !field || field.length > 60) return [];
    const phd = /\b(?:phd|ph\.d|doctor)/i.test(e.degree);
    const did = phd ? `did a PhD in ${field} at ${school}` : `studied ${field} at ${school}`;
    return [{
      id: `education:${i}`,
      kind: 'education' as const,
      text: phd ? `your PhD in ${field} at ${school}` : `your studies in ${field} at ${school}`,
      short: `your studies in ${field}`,
      did,
      didShort: phd ? `did a PhD in ${field}` : `studied ${field}`,
      source: [e.degree, e.field, e.school].filter(Boolean).join(', '),
      keys: [school.replace(/^the /, ''), isGenericPhrase(field) ? '' : field].filter(Boolean),
      classes: [...classSet(`${e.degree} ${e.field}`)],
      fromClasses: [],
      age: 4 + i,
    }];
  });
}

/** Every fact the profile supports, before ranking. A name-only profile has none. */
export function profileFacts(profile: ProfileDraft): ProfileFact[] {
  const nameWords = new Set(words(profile.name ?? ''));
  const roles = roleViews(profile);
  const facts: ProfileFact[] = [];
  facts.push(...moveFacts(roles));
  for (const role of roles) {
    facts.push(roleFact(role));
    const description = profile.experience[role.index]?.description ?? '';
    if (role.index < 4 && description) facts.push(...clauseFacts(description, `role:${role.index}`, 'role', role.index, nameWords, role.orgShort, MAX_CLAUSES_PER_ROLE));
  }
  facts.push(...headlineFacts(profile, roles));
  facts.push(...clauseFacts(profile.about ?? '', 'about', 'about', 1, nameWords, '', MAX_ABOUT));
  facts.push(...skillFacts(profile));
  facts.push(...educationFacts(profile));
  const company = cleanOrg(profile.company ?? '');
  if (company && !facts.some((f) => f.keys.some((k) => normaliseText(k) === normaliseText(shortOrg(company))))) {
    const org = shortOrg(company);
    facts.push({ id: `company:${slug(org)}`, kind: 'company', text: `your work at ${org}`, short: `your work at ${org}`, did: `work at ${org}`, didShort: `work at ${org}`, source: profile.company, keys: [org], classes: [], fromClasses: [], age: 0 });
  }
  const seen = new Set<string>();
  return facts.filter((f) => {
    if (seen.has(f.id) || f.keys.length === 0) return false;
    seen.add(f.id);
    f.keys = [...new Set(f.keys.filter((k) => words(k).some((w) => !nameWords.has(w))))];
    return f.keys.length > 0;
  });
}
