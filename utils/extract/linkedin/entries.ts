// Experience and education entries. Older layouts give each field its own element
// (EXPERIENCE_FIELDS); the 2022-26 layouts hash their classes, so an entry there is read as its
// lines of text: title, "Company · Full-time", "Jan 2020 - Present · 5 yrs", location.
import type { Education, Experience } from '../../schema/profile';
import { allOf, meaningful, spend, textOf, trimSeparators } from './dom';
import { ENTITY, ENTITY_DESCRIPTION, ENTITY_LINE, ENTITY_NESTED } from './selectors';

type Entry = Record<string, string>;

/**
 * An end date meaning "still there", in the languages LinkedIn shows it in (Present, Heute,
 * Aujourd’hui, Presente, o momento, heden, nu, obecnie, настоящее время, 現在, 至今, 현재…); the
 * word itself is kept as the page shows it.
 */
export const PRESENT = /present|heute|aujourd|actual|atual|oggi|heden|momento|obecnie|настоящ|現在|至今|현재|halen|sekarang|^(nu|now|nyt|nå)$/i;
// A line holding dates: a year followed by a dash, " · duration" or the line's end, or "- Present".
const DATE_LINE = /\b(19|20)\d\d\b\s*($|[–—·-])|[–—-]\s*(present|heute|aujourd|actualidad|atual|oggi|heden)/i;

/** "Jan 2020 – Present · 2 yrs" → ["Jan 2020", "Present"]; "2019" → ["2019", ""]. */
function splitRange(text: string): [string, string] {
  const [start = '', end = ''] = text.split(/\s+·\s+|\s*\(/)[0].split(/\s+[–—-]\s+|\s*[–—]\s*/);
  return [trimSeparators(start), trimSeparators(end)];
}

/** A range element: two <time> elements (2013-24 public pages, 2018) or plain text. */
function range(el: Element | null): [string, string] {
  const text = textOf(el);
  const times = el ? el.querySelectorAll('time') : [];
  if (!times.length) return splitRange(text);
  const end = times[1] ? textOf(times[1]) : (PRESENT.exec(text)?.[0] ?? '');
  return [trimSeparators(textOf(times[0])), trimSeparators(end)];
}

/** One entry from per-field selectors; `start`/`end` win over a `dates` range when present. */
function byFields(item: Element, spec: Entry): Entry {
  const out: Entry = {};
  for (const key in spec) {
    if (key === 'item' || key === 'dates' || key === 'start' || key === 'end') continue;
    out[key] = meaningful(trimSeparators(textOf(item.querySelector(spec[key]), key === 'description')));
  }
  const start = spec.start && item.querySelector(spec.start);
  [out.start, out.end] = start ? [textOf(start), textOf(spec.end ? item.querySelector(spec.end) : null)] : range(item.querySelector(spec.dates));
  return out;
}

/** The entity's own lines of text, leaving out anything nested below it (descriptions, roles). */
function linesOf(item: Element): string[] {
  const lines: string[] = [];
  for (const el of allOf(item, ENTITY_LINE)) {
    const nested = el.closest(ENTITY_DESCRIPTION) ?? el.parentElement?.closest(`${ENTITY_NESTED}, ${ENTITY_LINE}, ${ENTITY}`);
    if (nested && nested !== item && item.contains(nested)) continue;
    const text = textOf(el);
    if (text && text !== lines[lines.length - 1]) lines.push(text);
  }
  return lines;
}

/** One entry from its lines: the first is the title (or school), the date line anchors the rest. */
function byLines(item: Element, kind: 'experience' | 'education'): Entry {
  const lines = linesOf(item);
  let at = lines.findIndex((line, i) => i > 0 && DATE_LINE.test(line));
  const [start, end] = at > 0 ? splitRange(lines[at]) : ['', ''];
  if (at < 0) at = lines.length;
  const second = at > 1 ? lines[1] : '';
  const description = textOf(
    allOf(item, ENTITY_DESCRIPTION).find((el) => el.parentElement?.closest(ENTITY) === item),
    true,
  );
  if (kind === 'education') return { school: lines[0] ?? '', degree: second, start, end };
  // "Company · Full-time", "Lisbon, Portugal · Hybrid": the part after " · " is not the company/place.
  const location = (lines[at + 1] ?? '').split(' · ')[0];
  return { title: lines[0] ?? '', company: second.split(' · ')[0], start, end, location, description };
}

/**
 * Entries of a section, in page order. A company group (an entry holding entries) is not an entry
 * itself: it gives its company to the roles inside it, so "3 roles at one company" counts 3.
 */
export function readEntries(section: Element | null, kind: 'experience' | 'education', specs: Entry[]): Entry[] {
  if (!section) return [];
  const spec = specs.find((s) => section.querySelector(s.item));
  const itemSelector = spec ? spec.item : ENTITY;
  const groups = new Map<Element, string>();
  const out: Entry[] = [];
  for (const item of allOf(section, itemSelector)) {
    const entry = spec ? byFields(item, spec) : byLines(item, kind);
    if (item.querySelector(itemSelector)) {
      // A group names its company in its company field, or, read as lines, in its first line.
      groups.set(item, spec ? (entry.company ?? '') : (entry.title ?? '').split(' · ')[0]);
      continue;
    }
    const group = item.parentElement?.closest(itemSelector);
    if (group && groups.has(group)) entry.company = groups.get(group) || entry.company;
    if (!spend()) break;
    out.push(entry);
  }
  return out;
}

/** Shapes raw entries into the schema's records ('' for anything missing). */
export const toExperience = (e: Entry): Experience => ({
  title: e.title ?? '',
  company: e.company ?? '',
  location: e.location ?? '',
  start: e.start ?? '',
  end: e.end ?? '',
  description: e.description ?? '',
});

export function toEducation(e: Entry): Education {
  let { degree = '', field = '' } = e;
  // v3 and 2022-26 layouts give "Degree, Field" (sometimes ", Grade") in one line.
  const comma = degree.indexOf(', ');
  if (!field && comma > 0) [degree, field] = [degree.slice(0, comma), degree.slice(comma + 2)];
  return { school: e.school ?? '', degree, field, start: e.start ?? '', end: e.end ?? '' };
}

/**
 * Skill names: named skill elements, comma-separated hCard specialties, or else (2022-26) the
 * first line of each entity in the skills section.
 */
export function readSkills(section: Element | null, selectors: string[]): string[] {
  const found = allOf(section, selectors.join(', ')).flatMap((el) => (el.matches('p') ? textOf(el).split(/\s*,\s*/) : [textOf(el)]));
  return found.length ? found : allOf(section, ENTITY).map((el) => linesOf(el)[0] ?? '');
}
