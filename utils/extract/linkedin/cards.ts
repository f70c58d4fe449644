// The profile's cards read as lines of text, in page order, without interpreting a word of them:
// which card is which, where the dates are and what is interface text is decided on the extension
// page side (utils/extract/linkedin-parse). Older layouts that give each field its own element
// (EXPERIENCE_FIELDS, EDUCATION_FIELDS) are read field by field here, as only the page can.
import type { RawCard, RawEntry } from './reading';
import { allOf, firstOf, meaningful, spend, textOf, trimSeparators } from './dom';
import { CARD_BREAK, CARD_HEADING, CARD_LINE, CARD_SKIP, DETAILS_LINK, ENTITY, ENTITY_DESCRIPTION, ENTITY_LINE, ENTITY_NESTED, HIDDEN } from './selectors';

type Entry = Record<string, string>;
/** Lines kept per entry: a title, a subtitle, dates, a place and a few more are all any card shows. */
const MAX_LINES = 8;

/** One entry from per-field selectors; `dates` is the range as shown, `start`/`end` single dates. */
function byFields(item: Element, spec: Entry): Entry {
  const out: Entry = {};
  for (const key in spec) {
    if (key === 'item' || key === 'start' || key === 'end' || key === 'dates') continue;
    out[key] = meaningful(trimSeparators(textOf(item.querySelector(spec[key]), key === 'description')));
  }
  const start = spec.start && item.querySelector(spec.start);
  const range = item.querySelector(spec.dates);
  const times = range ? range.querySelectorAll('time') : [];
  if (start) [out.start, out.end] = [textOf(start), textOf(spec.end ? item.querySelector(spec.end) : null)];
  // Two <time> elements (2013-24 public pages, 2018) give the range; otherwise the text holds it.
  else if (times.length) [out.start, out.end, out.dates] = [textOf(times[0]), textOf(times[1]), textOf(range)];
  else out.dates = textOf(range);
  return out;
}

/**
 * Per-field entries in page order. An entry that contains other entries is a company group, not an
 * entry itself: it gives its company to the roles inside it, so "3 roles at one company" counts 3.
 */
function byFieldItems(card: Element, spec: Entry): Entry[] {
  const groups = new Map<Element, string>();
  const out: Entry[] = [];
  for (const item of allOf(card, spec.item)) {
    const entry = byFields(item, spec);
    if (item.querySelector(spec.item)) {
      groups.set(item, entry.company ?? '');
      continue;
    }
    const group = item.parentElement?.closest(spec.item);
    if (group && groups.has(group)) entry.company = groups.get(group) || entry.company;
    out.push(entry);
  }
  return out;
}

/** The entity's own lines of text, leaving out anything nested below it (descriptions, roles). */
function linesOf(item: Element): string[] {
  const lines: string[] = [];
  for (const el of allOf(item, ENTITY_LINE)) {
    const nested = el.closest(ENTITY_DESCRIPTION) ?? el.parentElement?.closest(`${ENTITY_NESTED}, ${ENTITY_LINE}, ${ENTITY}`);
    if (nested && nested !== item && item.contains(nested)) continue;
    const text = textOf(el);
    if (text && text !== lines[lines.length - 1] && lines.length < MAX_LINES) lines.push(text);
  }
  return lines;
}

/** Links kept per entry. */
const MAX_LINKS = 3;
/** The entry's own links, not the member's /details/ pages. */
const linksOf = (item: Element): string[] =>
  allOf(item, 'a[href]:not([href*="/details/"])', MAX_LINKS).map((a) => a.getAttribute('href') ?? '');

/** Entities (2022-24 pvs entries, 2025-26 experience items); a company group holds its roles. */
function byEntities(card: Element, items: Element[]): RawEntry[] {
  return items.map((item) => {
    const group = item.parentElement?.closest(ENTITY);
    const description = allOf(item, ENTITY_DESCRIPTION).find((el) => el.parentElement?.closest(ENTITY) === item);
    return {
      lines: linesOf(item),
      description: textOf(description, true),
      links: linksOf(item),
      group: group && card.contains(group) ? items.indexOf(group) : -1,
    };
  });
}

/**
 * 2025-26 cards without entities (education, projects, languages, certifications, featured…): their
 * entries are runs of <p> lines separated by <hr> or list items. Links to the member's /details/
 * pages (endorsements, "Show all") and role="button" labels are controls, not lines.
 */
function byBreaks(card: Element): RawEntry[] {
  const entries: RawEntry[] = [];
  let current: RawEntry | null = null;
  const heading = firstOf(card, CARD_HEADING);
  const walker = card.ownerDocument.createTreeWalker(card, 1, {
    acceptNode: (node) => ((node as Element).matches(`${HIDDEN}, ${CARD_SKIP}`) || node === heading ? 2 : 1),
  });
  for (let node = walker.nextNode() as Element | null; node && spend(); node = walker.nextNode() as Element | null) {
    if (node.matches(CARD_BREAK)) {
      current = null;
      continue;
    }
    // A link after the entry's first line is its own ("Show project", "Show credential").
    if (current && node.matches('a[href]') && current.links.length < MAX_LINKS) current.links.push(node.getAttribute('href') ?? '');
    const description = node.matches(ENTITY_DESCRIPTION);
    if (!description && (!node.matches(CARD_LINE) || node.querySelector(ENTITY_DESCRIPTION))) continue;
    const text = textOf(node, description);
    if (!text || entries.length >= 100) continue;
    if (!current) entries.push((current = { lines: [], description: '', links: [], group: -1 }));
    if (description) current.description ||= text;
    else if (current.lines.length < MAX_LINES) current.lines.push(text);
    const link = node.closest('a[href]')?.getAttribute('href');
    if (link && !current.links.includes(link) && current.links.length < MAX_LINKS) current.links.push(link);
    // The line's inner elements are part of its text already.
    for (let last = node.lastElementChild; last; last = last.lastElementChild) walker.currentNode = last;
  }
  return entries;
}

/** The labels of a card's links to its whole list. */
function moreOf(card: Element): string[] {
  return (
    // Only links to a whole list (/details/skills/), not to one item (/details/skills/urn:…).
    allOf(card, DETAILS_LINK, 20)
      .filter((a) => /\/details\/[\w-]+\/?(\?|#|$)/.test(a.getAttribute('href') ?? ''))
      // The label states the count where the text does not ("Show all" / "Show all 12 experiences").
      .map((a) => [textOf(a), a.getAttribute('aria-label') ?? ''].sort((x, y) => +/\d/.test(y) - +/\d/.test(x))[0] || '')
      .filter(Boolean)
  );
}

/** A card of the profile, read as lines; `specs` are the per-field layouts of its kind, if any. */
export function readCard(card: Element, key: string, specs: Entry[] = []): RawCard {
  const spec = specs.find((s) => card.querySelector(s.item));
  const items = spec ? [] : allOf(card, ENTITY);
  return {
    key,
    heading: textOf(firstOf(card, CARD_HEADING)),
    entries: spec ? [] : items.length ? byEntities(card, items) : byBreaks(card),
    fields: spec ? byFieldItems(card, spec) : [],
    more: moreOf(card),
  };
}

/**
 * Entries that are one element each (skill names): the element's first paragraph (2025-26 skills hold
 * their endorsements in later ones) or its text; a paragraph of its own is a comma-separated list
 * (hCard specialties).
 */
export function readList(card: Element, key: string, selector: string): RawCard {
  const names = allOf(card, selector).flatMap((el) => (el.matches('p') ? textOf(el).split(/\s*,\s*/) : [textOf(el.querySelector('p') ?? el)]));
  const entries = names.filter(Boolean).map((name) => ({ lines: [name], description: '', links: [], group: -1 }));
  return { key, heading: textOf(firstOf(card, CARD_HEADING)), entries, fields: [], more: moreOf(card) };
}
