// Microformats, classic and microformats2: h-card / vcard for a person, h-resume / hresume for a CV
// (fixtures any23-hresume-*), the author card of an h-entry / hentry. Property lookup follows the
// parsing rule that a property belongs to the nearest microformat root above it, so a colleague's
// card nested in a CV entry never lends its name to the CV's owner.
import type { Education, Experience } from '../../schema/profile';
import { canonicalProfileUrl } from '../profile-url';
import { cleanText, lineText } from '../text';
import { LIMITS } from '../limits';
import { looksLikePersonName } from './names';
import { COMMENTS } from './regions';
import { emptyEvidence, MAX_PERSONS_PER_SOURCE, type EvidenceRole, type PersonEvidence } from './types';
import { companyName, joinParts, proseValue, textValue, urlValue } from './values';
import type { ExtractContext } from './work';

/** Classes that open a microformat of their own: properties inside belong to it, not to outer roots. */
const ROOT_CLASSES = [
  'vcard', 'h-card', 'vevent', 'h-event', 'hentry', 'h-entry', 'hresume', 'h-resume', 'hreview', 'h-review', 'hproduct', 'h-product',
  'hrecipe', 'h-recipe', 'h-cite', 'h-adr',
];
const CARD = ['h-card', 'vcard'];
const RESUME = ['h-resume', 'hresume'];
const ENTRY = ['h-entry', 'hentry'];
/** Classes that make a card the author of the entry (or page) around it. */
const AUTHOR_CLASSES = ['p-author', 'author'];

const P = {
  name: ['p-name', 'fn'],
  given: ['p-given-name', 'given-name'],
  additional: ['p-additional-name', 'additional-name'],
  family: ['p-family-name', 'family-name'],
  nickname: ['p-nickname', 'nickname'],
  jobTitle: ['p-job-title', 'title', 'p-role', 'role'],
  org: ['p-org', 'org', 'p-organization-name', 'organization-name'],
  adr: ['p-adr', 'h-adr', 'adr'],
  locality: ['p-locality', 'locality'],
  region: ['p-region', 'region'],
  country: ['p-country-name', 'country-name'],
  label: ['p-label', 'label'],
  note: ['p-note', 'e-note', 'note'],
  photo: ['u-photo', 'photo'],
  url: ['u-url', 'url'],
  uid: ['u-uid', 'uid'],
  summary: ['p-summary', 'e-summary', 'summary'],
  skill: ['p-skill', 'skill'],
  contact: ['p-contact', 'contact'],
  experience: ['p-experience', 'experience'],
  education: ['p-education', 'education'],
  start: ['dt-start', 'dtstart'],
  end: ['dt-end', 'dtend'],
  location: ['p-location', 'location'],
  description: ['e-description', 'p-description', 'description'],
  degree: ['p-degree', 'degree'],
  field: ['p-field', 'field'],
};
/** Words a CV writes instead of an end date for a role that continues. */
const ONGOING = /\b(current|currently|present|now|today|ongoing|aujourd['’]hui|heute|actualidad|presente)\b/i;
/** Properties looked at per root; a real card has a few dozen. */
const MAX_PROPS = 2_000;
/** A bold lead longer than this is a paragraph, not a headline. */
const MAX_LEAD = 150;

const hasAny = (el: Element, classes: readonly string[]) => classes.some((name) => el.classList.contains(name));
const selectorOf = (classes: readonly string[]) => classes.map((name) => `.${name}`).join(',');

/** The nearest microformat root above `el`, walking up within the work budget. */
function ownerRoot(el: Element, ctx: ExtractContext): Element | null {
  for (let parent = el.parentElement; parent; parent = parent.parentElement) {
    if (!ctx.budget.take()) return null;
    if (hasAny(parent, ROOT_CLASSES)) return parent;
  }
  return null;
}

/** Properties of `root` with one of `classes`, in document order. */
function props(root: Element, classes: readonly string[], ctx: ExtractContext): Element[] {
  return ctx.budget.slice(root.querySelectorAll(selectorOf(classes)), MAX_PROPS).filter((el) => ownerRoot(el, ctx) === root);
}

function prop(root: Element, classes: readonly string[], ctx: ExtractContext): Element | undefined {
  // Checked one by one: most cards answer with their first candidate.
  const list = root.querySelectorAll(selectorOf(classes));
  for (let i = 0; i < Math.min(list.length, MAX_PROPS); i++) {
    const el = list[i] as Element;
    if (!ctx.budget.take()) return undefined;
    if (ownerRoot(el, ctx) === root) return el;
  }
  return undefined;
}

/** Anywhere inside `root`, nested roots included (for the parts of an entry or an address). */
function descendant(root: Element, classes: readonly string[]): Element | undefined {
  return root.querySelector(selectorOf(classes)) ?? undefined;
}

/** The name of a card: p-name / fn, the n parts, or (microformats2) the implied name. */
function cardName(card: Element, ctx: ExtractContext): string {
  const explicit = textValue(prop(card, P.name, ctx));
  if (explicit) return explicit;
  const parts = [P.given, P.additional, P.family].map((classes) => textValue(prop(card, classes, ctx)));
  if (parts.some(Boolean)) return parts.filter(Boolean).join(' ');
  if (!card.classList.contains('h-card')) return '';
  if (card.localName === 'img' || card.localName === 'area') return textValue(card);
  if (card.querySelector('[class*="p-"], [class*="u-"], [class*="e-"], [class*="dt-"]')) return '';
  const text = lineText(card);
  return text.length <= 100 ? text : '';
}

/** A card that names an organisation ("fn org" on one element) rather than a person. */
function isOrganisationCard(card: Element, ctx: ExtractContext): boolean {
  const name = prop(card, P.name, ctx);
  return !!name && hasAny(name, P.org);
}

function orgValue(el: Element | undefined, ctx: ExtractContext): string {
  if (!el) return '';
  if (hasAny(el, CARD)) return cardName(el, ctx);
  const inner = descendant(el, ['p-organization-name', 'organization-name']);
  return textValue(inner ?? el);
}

function cardLocation(card: Element, ctx: ExtractContext): string {
  const adr = prop(card, P.adr, ctx);
  const part = (classes: readonly string[]) => textValue(adr ? descendant(adr, classes) : prop(card, classes, ctx));
  const composed = joinParts([part(P.locality), part(P.region), part(P.country)]);
  return composed || textValue(prop(card, P.label, ctx)) || textValue(adr);
}

function cardEvidence(card: Element, roles: EvidenceRole[], rank: number, ctx: ExtractContext): PersonEvidence {
  const evidence = emptyEvidence('microformats', roles, rank);
  evidence.name = cardName(card, ctx);
  evidence.nickname = textValue(prop(card, P.nickname, ctx));
  evidence.headline = textValue(prop(card, P.jobTitle, ctx));
  evidence.company = companyName(orgValue(prop(card, P.org, ctx), ctx));
  evidence.location = cardLocation(card, ctx);
  evidence.about = proseValue(prop(card, P.note, ctx));
  evidence.photoUrl = urlValue(prop(card, P.photo, ctx), ctx.url);
  evidence.url = urlValue(prop(card, P.url, ctx), ctx.url);
  evidence.sectionElement = card;
  return evidence;
}

/** A card whose own address (u-url / u-uid) is this page: the page's representative card. */
function representsPage(card: Element, ctx: ExtractContext): boolean {
  const page = canonicalProfileUrl(ctx.url);
  if (!page) return false;
  return [...props(card, P.url, ctx), ...props(card, P.uid, ctx)].some((el) => canonicalProfileUrl(urlValue(el, ctx.url)) === page);
}

/** The shown end of an entry, "Present" when it says it continues, "" when it shows none. */
function entryEnd(entry: Element, start: Element | undefined): string {
  const end = textValue(descendant(entry, P.end));
  if (end) return ONGOING.test(end) ? 'Present' : end;
  // The dates usually share one small element: "<abbr class=dtstart>Jun 2007</abbr> - current".
  const around = start?.parentElement ? lineText(start.parentElement) : '';
  return around.length <= 120 && ONGOING.test(around) ? 'Present' : '';
}

/** CV entries: a role or a course is a root (h-event, vevent) or holds a title, an org or dates. */
function entries(resume: Element, classes: readonly string[], ctx: ExtractContext): Element[] {
  const shape = selectorOf([...P.jobTitle, ...P.org, ...P.name, ...P.start]);
  return props(resume, classes, ctx).filter((el) => hasAny(el, ['h-event', 'vevent', ...CARD]) || el.querySelector(shape));
}

/** The entry's own p-name (an h-event's name is the role or the course, a nested card's is the org). */
function entryName(entry: Element, ctx: ExtractContext): string {
  return textValue(prop(entry, P.name, ctx));
}

function entryOrg(entry: Element, ctx: ExtractContext): string {
  const org = descendant(entry, P.org);
  if (org) return orgValue(org, ctx);
  const card = entry.querySelector(selectorOf(CARD));
  return card && card !== entry ? cardName(card, ctx) : '';
}

/** An entry's place; a card given as its location is usually the employer, so only its address counts. */
function entryLocation(entry: Element, ctx: ExtractContext): string {
  const place = descendant(entry, [...P.location, ...P.adr]);
  if (!place) return '';
  return hasAny(place, CARD) ? cardLocation(place, ctx) : textValue(place);
}

function entryDescription(entry: Element): string {
  const description =
    descendant(entry, P.description) ??
    [...entry.querySelectorAll(selectorOf(P.summary))].find((el) => !hasAny(el, [...P.org, ...P.jobTitle, ...P.name]));
  return proseValue(description, LIMITS.description);
}

function experienceOf(entry: Element, ctx: ExtractContext): Experience {
  const start = descendant(entry, P.start);
  return {
    title: textValue(descendant(entry, P.jobTitle)) || entryName(entry, ctx),
    company: companyName(entryOrg(entry, ctx)),
    location: entryLocation(entry, ctx),
    start: textValue(start),
    end: entryEnd(entry, start),
    description: entryDescription(entry),
  };
}

function educationOf(entry: Element, ctx: ExtractContext): Education {
  const start = descendant(entry, P.start);
  return {
    school: entryOrg(entry, ctx) || textValue(descendant(entry, P.location)),
    degree: textValue(descendant(entry, [...P.degree, ...P.jobTitle])) || entryName(entry, ctx),
    field: textValue(descendant(entry, P.field)),
    start: textValue(start),
    end: entryEnd(entry, start),
  };
}

/** A bold lead at the very start of a summary ("<strong>Senior Analyst.</strong> Experienced in..."). */
function boldLead(summary: Element | undefined): string {
  if (!summary) return '';
  const walker = summary.ownerDocument.createTreeWalker(summary, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!cleanText(node.nodeValue)) continue;
    for (let el = node.parentElement; el && el !== summary; el = el.parentElement) {
      if (el.localName === 'strong' || el.localName === 'b') {
        const lead = lineText(el);
        return lead.length >= 3 && lead.length <= MAX_LEAD ? lead : '';
      }
    }
    return '';
  }
  return '';
}

function isInsideEntry(el: Element, resume: Element): boolean {
  const entry = el.parentElement?.closest(selectorOf([...P.experience, ...P.education, 'vevent', 'h-event']));
  return !!entry && resume.contains(entry);
}

function resumeOwnName(value: string): string {
  const name = cleanText(value.replace(/['’]s\b/g, '').replace(/\b(r[ée]sum[ée]|cv|curriculum vitae)\b/gi, ''));
  return looksLikePersonName(name) ? name : '';
}

function resumeEvidence(resume: Element, ctx: ExtractContext): PersonEvidence | null {
  const cards = ctx.budget.slice(resume.querySelectorAll(selectorOf(CARD)), MAX_PROPS).filter((card) => !isInsideEntry(card, resume));
  const contact = cards.find((card) => hasAny(card, P.contact)) ?? cards[0];
  const evidence = contact ? cardEvidence(contact, ['subject'], 90, ctx) : emptyEvidence('microformats', ['subject'], 90);
  // Without a contact card, a résumé's own name is often the person's: "Joe Bloggs resume".
  evidence.name ||= resumeOwnName(textValue(prop(resume, P.name, ctx)));
  if (!evidence.name) return null;
  const summary = prop(resume, P.summary, ctx);
  const about = proseValue(summary);
  if (about) evidence.about = about;
  evidence.headline ||= boldLead(summary);
  evidence.experience = entries(resume, P.experience, ctx).map((entry) => experienceOf(entry, ctx));
  evidence.education = entries(resume, P.education, ctx).map((entry) => educationOf(entry, ctx));
  evidence.skills = props(resume, P.skill, ctx).map(textValue).filter((skill) => skill && skill.length <= LIMITS.skill);
  evidence.company ||= evidence.experience.find((role) => role.end === 'Present' && role.company)?.company ?? '';
  evidence.sectionElement = resume;
  return evidence;
}

/** Every person the page's microformats describe, with the part they play. */
export function microformatPersons(ctx: ExtractContext): PersonEvidence[] {
  const out: PersonEvidence[] = [];
  for (const resume of ctx.budget.slice(ctx.doc.querySelectorAll(selectorOf(RESUME)), 10)) {
    const evidence = resumeEvidence(resume, ctx);
    if (evidence) out.push(evidence);
  }
  for (const card of ctx.budget.slice(ctx.doc.querySelectorAll(selectorOf(CARD)))) {
    if (out.length >= MAX_PERSONS_PER_SOURCE) break;
    // Comment authors' cards (WordPress: .comment-author.vcard) are visitors, not the page's people.
    if (card.closest(selectorOf(RESUME)) || card.closest(COMMENTS) || isOrganisationCard(card, ctx)) continue;
    const author = hasAny(card, AUTHOR_CLASSES);
    const parent = ownerRoot(card, ctx);
    let evidence: PersonEvidence;
    if (parent) {
      // Inside an entry only its author card speaks for the page; other nested cards are mentions.
      if (!author || !hasAny(parent, ENTRY)) continue;
      evidence = cardEvidence(card, ['author'], 0, ctx);
    } else if (author) {
      evidence = cardEvidence(card, ['author'], 0, ctx);
    } else {
      evidence = cardEvidence(card, ['subject'], representsPage(card, ctx) ? 80 : 60, ctx);
    }
    if (evidence.name || evidence.nickname) out.push(evidence);
  }
  return out;
}
