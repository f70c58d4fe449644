// JSON-LD (<script type="application/ld+json">): a ProfilePage's main entity or a Person standing
// on its own is the page's subject; an Article's author wrote it; a WebSite's publisher owns the
// site. Blocks arrive as objects, arrays or @graph, reference each other by @id, and are often
// wrapped in CDATA or comments (fixtures readability-toc-missing-*, readability-medium-3-*). A block
// that is malformed, too large or oddly typed is skipped, never thrown on.
import type { Education } from '../../schema/profile';
import { safeHttpUrl } from '../profile-url';
import { cleanParagraphs, cleanText } from '../text';
import { emptyEvidence, MAX_PERSONS_PER_SOURCE, type EvidenceRole, type PersonEvidence } from './types';
import { companyName, joinParts } from './values';
import type { ExtractContext } from './work';

/** A block larger than this is not metadata; skipping it keeps JSON.parse cheap. */
const MAX_BLOCK_CHARS = 1_000_000;
const MAX_BLOCKS = 50;
/** Objects walked per block: real pages have tens, a hostile one could have millions. */
const MAX_OBJECTS = 20_000;

type JsonObject = Record<string, unknown>;

const PROFILE_PAGES = new Set(['ProfilePage', 'AboutPage']);
const SUBJECT_KEYS = new Set(['mainEntity', 'about']);
const AUTHOR_KEYS = new Set(['author', 'creator']);
const OWNER_KEYS = new Set(['publisher', 'copyrightHolder', 'accountablePerson']);
/** Types whose author or creator owns the whole site rather than one text on it. */
const SITE_TYPES = new Set(['WebSite', 'Blog']);
/** Things on a page that visitors write. */
const VISITOR_TYPES = /^(Comment|Review|Answer|Question|Rating|UserComments)$/;

export interface JsonLdResult {
  persons: PersonEvidence[];
  /** Names of the site and of its publisher, whatever their type: evidence of whose site it is. */
  siteNames: string[];
  /** Page types declared (ProfilePage, AboutPage, Article...). */
  pageTypes: string[];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

/** "Person" for "Person", "schema:Person" or "https://schema.org/Person". */
function typesOf(object: JsonObject): string[] {
  return asList(own(object, '@type'))
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '').trim());
}

/** Strip what CMSs wrap JSON-LD in: CDATA sections, HTML comments. */
function unwrap(text: string): string {
  return text
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[|^<!--/, '')
    .replace(/(?:\/\/\s*)?\]\]>$|-->$/, '')
    .trim();
}

interface Reference {
  roles: EvidenceRole[];
  /** A ProfilePage or AboutPage names it as its main entity. */
  profilePage: boolean;
}

interface Found {
  object: JsonObject;
  /** How the Person was reached: "" at the top, else the property and the types of its holder. */
  key: string;
  holderTypes: string[];
}

class Graph {
  readonly byId = new Map<string, JsonObject>();
  readonly persons: Found[] = [];
  /** @id → the roles other nodes give it by reference ([] when only other properties point at it). */
  readonly references = new Map<string, Reference>();
  readonly siteNames: string[] = [];
  readonly pageTypes: string[] = [];

  resolve(value: unknown): unknown {
    if (!isObject(value)) return value;
    const id = own(value, '@id');
    if (typeof id === 'string' && Object.keys(value).length <= 2) return this.byId.get(id) ?? value;
    return value;
  }
}

function roleFor(key: string, holderTypes: string[]): EvidenceRole | null {
  if (key === '') return 'subject';
  if (SUBJECT_KEYS.has(key) && holderTypes.some((type) => PROFILE_PAGES.has(type) || type === 'WebPage')) return 'subject';
  if (AUTHOR_KEYS.has(key)) {
    if (holderTypes.some((type) => SITE_TYPES.has(type))) return 'owner';
    // A comment's or a review's author is a visitor, not the page's writer.
    return holderTypes.some((type) => VISITOR_TYPES.test(type)) ? null : 'author';
  }
  if (OWNER_KEYS.has(key)) return 'owner';
  return null;
}

function addReference(graph: Graph, id: string, key: string, holderTypes: string[]): void {
  const reference = graph.references.get(id) ?? { roles: [], profilePage: false };
  const role = roleFor(key, holderTypes);
  if (role && !reference.roles.includes(role)) reference.roles.push(role);
  if (role === 'subject' && holderTypes.some((type) => PROFILE_PAGES.has(type))) reference.profilePage = true;
  graph.references.set(id, reference);
}

/** Walks one parsed block without recursion, indexing nodes and noting every Person and how it was reached. */
function walk(root: unknown, graph: Graph, ctx: ExtractContext): void {
  const stack: { value: unknown; key: string; holderTypes: string[] }[] = [];
  for (const value of asList(root)) stack.push({ value, key: '', holderTypes: [] });
  let objects = 0;
  while (stack.length) {
    const { value, key, holderTypes } = stack.pop()!;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, key, holderTypes });
      continue;
    }
    if (!isObject(value)) continue;
    if (++objects > MAX_OBJECTS || !ctx.budget.take()) return;
    const types = typesOf(value);
    const id = own(value, '@id');
    if (typeof id === 'string' && types.length) graph.byId.set(id, value);
    if (typeof id === 'string' && !types.length && key !== '') {
      addReference(graph, id, key, holderTypes);
      continue;
    }
    if (types.includes('Person') && graph.persons.length < MAX_PERSONS_PER_SOURCE) graph.persons.push({ object: value, key, holderTypes });
    if (key === '' && types.some((type) => PROFILE_PAGES.has(type) || /Page$|Article$|Posting$/.test(type))) graph.pageTypes.push(...types);
    if (types.some((type) => SITE_TYPES.has(type)) || (OWNER_KEYS.has(key) && !types.includes('Person'))) {
      const name = text(own(value, 'name'));
      if (name) graph.siteNames.push(name);
    }
    for (const child of Object.keys(value)) {
      if (child === '@context') continue;
      // @graph members stand at the top, like separate blocks.
      const childKey = child === '@graph' ? '' : child;
      stack.push({ value: own(value, child), key: childKey, holderTypes: child === '@graph' ? [] : types });
    }
  }
}

/** A plain string from a string, a {"@value"} or the first of a list; "" for anything else. */
function text(value: unknown): string {
  for (const item of asList(value)) {
    if (typeof item === 'string') {
      const cleaned = cleanText(item);
      if (cleaned) return cleaned;
    } else if (isObject(item) && typeof own(item, '@value') === 'string') {
      return cleanText(own(item, '@value') as string);
    }
  }
  return '';
}

/** The name of a thing given as a string or as an object with a name. */
function nameOf(value: unknown, graph: Graph): string {
  for (const item of asList(value)) {
    const resolved = graph.resolve(item);
    const name = isObject(resolved) ? text(own(resolved, 'name')) : text(resolved);
    if (name) return name;
  }
  return '';
}

function placeOf(value: unknown, graph: Graph): string {
  for (const item of asList(value)) {
    const place = graph.resolve(item);
    if (!isObject(place)) {
      if (text(place)) return text(place);
      continue;
    }
    const address = graph.resolve(own(place, 'address'));
    const postal = isObject(address) ? address : place;
    const parts = joinParts([
      text(own(postal, 'addressLocality')),
      text(own(postal, 'addressRegion')),
      nameOf(own(postal, 'addressCountry'), graph),
    ]);
    const found = parts || (typeof address === 'string' ? cleanText(address) : '') || text(own(place, 'name'));
    if (found) return found;
  }
  return '';
}

function imageOf(value: unknown, graph: Graph, base: string): string {
  for (const item of asList(value)) {
    const image = graph.resolve(item);
    const candidate = isObject(image) ? text(own(image, 'url')) || text(own(image, 'contentUrl')) : text(image);
    const url = safeHttpUrl(candidate, base);
    if (url) return url;
  }
  return '';
}

function personEvidence(person: JsonObject, roles: EvidenceRole[], rank: number, graph: Graph, blockText: string, ctx: ExtractContext): PersonEvidence {
  const evidence = emptyEvidence('json-ld', roles, rank);
  evidence.name = text(own(person, 'name')) || [text(own(person, 'givenName')), text(own(person, 'familyName'))].filter(Boolean).join(' ');
  evidence.headline = nameOf(own(person, 'jobTitle'), graph);
  evidence.company = companyName(nameOf(own(person, 'worksFor'), graph));
  evidence.location = placeOf(own(person, 'homeLocation'), graph) || placeOf(own(person, 'address'), graph) || placeOf(own(person, 'workLocation'), graph);
  const description = own(person, 'description');
  evidence.about = typeof description === 'string' ? cleanParagraphs(description) : text(description);
  evidence.photoUrl = imageOf(own(person, 'image'), graph, ctx.url);
  evidence.url = safeHttpUrl(text(own(person, 'url')), ctx.url);
  evidence.education = asList(own(person, 'alumniOf'))
    .map((school): Education => ({ school: nameOf(school, graph), degree: '', field: '', start: '', end: '' }))
    .filter((entry) => entry.school);
  evidence.skills = [...asList(own(person, 'knowsAbout')), ...asList(own(person, 'skills'))].map((skill) => nameOf(skill, graph)).filter(Boolean);
  evidence.sectionText = blockText;
  return evidence;
}

function rankOf(found: Found, roles: EvidenceRole[], reference: Reference | undefined): number {
  if (!roles.includes('subject')) return 0;
  if (reference?.profilePage || found.holderTypes.some((type) => PROFILE_PAGES.has(type))) return 100;
  if (found.key !== '' || reference?.roles.includes('subject')) return 85;
  return own(found.object, 'mainEntityOfPage') !== undefined ? 90 : 70;
}

export function jsonLdPersons(ctx: ExtractContext): JsonLdResult {
  const result: JsonLdResult = { persons: [], siteNames: [], pageTypes: [] };
  const scripts = ctx.budget.slice(ctx.doc.querySelectorAll('script[type]')).filter((script) => /^\s*application\/ld\+json\s*(;|$)/i.test(script.getAttribute('type') ?? ''));
  let skipped = false;
  for (const script of scripts.slice(0, MAX_BLOCKS)) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_BLOCK_CHARS) {
      skipped = true;
      continue;
    }
    const blockText = unwrap(raw);
    let parsed: unknown;
    try {
      parsed = JSON.parse(blockText);
    } catch {
      continue;
    }
    const graph = new Graph();
    walk(parsed, graph, ctx);
    result.siteNames.push(...graph.siteNames);
    result.pageTypes.push(...graph.pageTypes);
    for (const found of graph.persons) {
      const id = own(found.object, '@id');
      const reference = typeof id === 'string' ? graph.references.get(id) : undefined;
      const direct = roleFor(found.key, found.holderTypes);
      // A top-level Person that others point at plays the parts they give it (an Article's author
      // in a Yoast @graph); one nobody points at is what the page is about.
      const roles = found.key === '' && reference ? reference.roles : direct ? [direct] : [];
      if (!roles.length) continue;
      const evidence = personEvidence(found.object, roles, rankOf(found, roles, reference), graph, blockText, ctx);
      if (evidence.name && result.persons.length < MAX_PERSONS_PER_SOURCE) result.persons.push(evidence);
    }
  }
  if (skipped || scripts.length > MAX_BLOCKS) ctx.notices.add('Some structured data on the page was too large to read and was skipped.');
  return result;
}
