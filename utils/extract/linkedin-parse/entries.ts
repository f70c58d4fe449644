// Experience, education and the other cards' entries, from the lines the injected script read.
// An entry is read by the shape of its lines, not their words: the first line is the title (or
// school), the line holding dates anchors the rest ("Company · Full-time" before it, the place after).
import type { Accomplishment, Education, Experience, Language } from '../../schema/profile';
import type { RawCard, RawEntry } from '../linkedin/reading';
import { DATE_LINE, PRESENT, splitRange, toMonth } from './dates';

type Entry = Record<string, string>;

/** Dates of a per-field entry: its own start/end, else the shown range split; "Present" kept as shown. */
function fieldDates(e: Entry): [string, string] {
  if (e.start) return [e.start, e.end || (PRESENT.exec(e.dates ?? '')?.[0] ?? '')];
  return splitRange(e.dates ?? '');
}

/** The entry's date line (never its first line), as [index, start, end]; index -1 when none. */
function dateLine(lines: string[]): [number, string, string] {
  const at = lines.findIndex((line, i) => i > 0 && DATE_LINE.test(line));
  return at > 0 ? [at, ...splitRange(lines[at])] : [-1, '', ''];
}

export const toExperience = (e: Entry): Experience => {
  const [start, end] = fieldDates(e);
  return {
    title: e.title ?? '',
    company: e.company ?? '',
    location: e.location ?? '',
    start,
    end,
    startMonth: toMonth(start) ?? '',
    endMonth: end || start ? toMonth(end || '') : '',
    description: e.description ?? '',
  };
};

export function toEducation(e: Entry): Education {
  let { degree = '', field = '' } = e;
  // v3 and 2022-26 layouts give "Degree, Field" (sometimes ", Grade") in one line.
  const comma = degree.indexOf(', ');
  if (!field && comma > 0) [degree, field] = [degree.slice(0, comma), degree.slice(comma + 2)];
  const [start, end] = fieldDates(e);
  return { school: e.school ?? '', degree, field, start, end, startMonth: toMonth(start) ?? '', endMonth: end ? toMonth(end) : '' };
}

/** An experience entry from its lines: title, "Company · Full-time", dates, "Place · Hybrid". */
function experienceOf(entry: RawEntry): Entry {
  const { lines } = entry;
  let [at, start, end] = dateLine(lines);
  if (at < 0) at = lines.length;
  const second = at > 1 ? lines[1] : '';
  // "Company · Full-time", "Lisbon, Portugal · Hybrid": the part after " · " is not the company/place.
  return { title: lines[0] ?? '', company: second.split(' · ')[0], start, end, location: (lines[at + 1] ?? '').split(' · ')[0], description: entry.description };
}

function educationOf(entry: RawEntry): Entry {
  const { lines } = entry;
  const [at, start, end] = dateLine(lines);
  return { school: lines[0] ?? '', degree: at === 1 ? '' : (lines[1] ?? ''), start, end };
}

/**
 * The entries of an experience card, in page order. A company group (an entry holding entries) is
 * not an entry itself: it gives its company to the roles inside it, so "3 roles at one company" counts 3.
 */
export function experienceEntries(card: RawCard): Experience[] {
  if (card.fields.length) return card.fields.map(toExperience);
  const groups = new Set(card.entries.map((e) => e.group).filter((g) => g >= 0));
  return card.entries.flatMap((entry, i) => {
    if (groups.has(i) || !entry.lines.length) return [];
    const out = experienceOf(entry);
    const group = card.entries[entry.group];
    // A group names its company in its first line ("Ocean Watch", or "Ocean Watch · 5 yrs").
    if (group) out.company = group.lines[0]?.split(' · ')[0] || out.company;
    return [toExperience(out)];
  });
}

export function educationEntries(card: RawCard): Education[] {
  if (card.fields.length) return card.fields.map(toEducation);
  return card.entries.filter((e) => e.lines.length).map((e) => toEducation(educationOf(e)));
}

/** A link the entry points to outside LinkedIn (LinkedIn wraps them in /redir/redirect/?url=…). */
function outsideLink(link: string): string {
  try {
    const url = new URL(link);
    const target = /linkedin\.com$/.test(url.hostname) && url.pathname.startsWith('/redir/') ? url.searchParams.get('url') ?? '' : link;
    return /^https?:\/\//i.test(target) && !/(^|\.)linkedin\.com\//i.test(new URL(target).hostname + '/') ? target : '';
  } catch {
    return '';
  }
}

export function accomplishments(card: RawCard): Accomplishment[] {
  return card.entries
    .filter((e) => e.lines.length)
    .map((e) => {
      const [at] = dateLine(e.lines);
      // "Issued by Santa Clara University · May 2020": the part with the year is the date.
      const parts = at > 0 ? e.lines[at].split(/\s+·\s+/) : [];
      const date = parts.find((part) => DATE_LINE.test(part) || /\b(19|20)\d\d\b/.test(part)) ?? '';
      const beside = parts.filter((part) => part !== date).join(' · ');
      return {
        title: e.lines[0],
        subtitle: (at === 1 ? '' : (e.lines[1] ?? '')) || beside,
        date,
        description: e.description,
        url: e.links.map(outsideLink).find(Boolean) ?? '',
      };
    });
}

export const languageEntries = (card: RawCard): Language[] =>
  card.entries.filter((e) => e.lines.length).map((e) => ({ name: e.lines[0], proficiency: e.lines[1] ?? '' }));

/** Featured items by their titles (the "Media"/"Link"/"Post" labels are controls, left out in the page). */
export const featuredTitles = (card: RawCard): string[] => card.entries.map((e) => e.lines[0] ?? '').filter(Boolean);
