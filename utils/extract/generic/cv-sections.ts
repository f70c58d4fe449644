// A CV or About page without microformats: "Experience" and "Education" headings followed by one
// sub-heading or list item per role. Read only when no structured data listed roles, and only on
// pages about the person (never on a blog post, whose headings belong to the post).
import type { Education, Experience } from '../../schema/profile';
import { LIMITS } from '../limits';
import { cleanText, lineText } from '../text';
import type { ExtractContext } from './work';

const EXPERIENCE_HEADING = /^(?:(?:work|professional|relevant|industry)\s+)?(?:experience|employment(?: history)?|work history|career(?: history)?|positions?(?: held)?)$/i;
const EDUCATION_HEADING = /^(?:education(?:al background)?|academic (?:background|history)|studies|degrees)$/i;
const HEADING = /^h[1-6]$/;
/** Headings that end the free-text part of an About or CV page: what follows is lists, not prose. */
const LIST_SECTION_HEADING =
  /^(?:(?:work|professional|relevant|industry)\s+)?(?:experience|employment(?: history)?|work history|career(?: history)?|positions?(?: held)?|education|academic (?:background|history)|skills|technical skills|publications|projects|awards|honou?rs|certifications?|languages|references|interests|talks|selected works)$/i;
/** Headings looked at; a CV has a dozen. */
const MAX_HEADINGS = 300;
/** Elements read per section before giving up on it. */
const MAX_SECTION_ELEMENTS = 500;
const SCHOOL = /\b(universit(?:y|é|à|ät|ad|eit)|college|school|institut[e]?|academy|polytechnic|hochschule|école|escuela|seminary|conservatory)\b/i;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = `(?:${MONTH}\\s+)?(?:\\d{1,2}/)?(?:19|20)\\d{2}`;
/** "Jan 2018 – Feb 2021", "2016-2017", "Mar 2021 - present". */
const RANGE = new RegExp(`(${DATE})\\s*(?:-|–|—|to|until|bis)\\s*(${DATE}|present|current|now|today|ongoing)`, 'i');
const SINGLE = new RegExp(`(${DATE})`, 'i');
const ONGOING = /^(present|current|now|today|ongoing)$/i;

function level(heading: Element): number {
  return Number(heading.localName.slice(1));
}

/** The elements after a heading up to the next heading of the same or a higher level. */
function sectionAfter(heading: Element, ctx: ExtractContext): Element[] {
  const out: Element[] = [];
  // A heading alone in a wrapper (<header><h2>Experience</h2></header>) is followed by the wrapper's siblings.
  let anchor: Element = heading;
  while (!anchor.nextElementSibling && anchor.parentElement && anchor.parentElement.children.length === 1) anchor = anchor.parentElement;
  for (let el = anchor.nextElementSibling; el && out.length < MAX_SECTION_ELEMENTS; el = el.nextElementSibling) {
    if (!ctx.budget.take()) break;
    if (HEADING.test(el.localName) && level(el) <= level(heading)) break;
    const inner = el.querySelector('h1, h2, h3, h4, h5, h6');
    if (inner && level(inner) <= level(heading)) break;
    out.push(el);
  }
  return out;
}

/** One text per entry: each sub-heading with what follows it, else each item of the section's lists. */
function entryTexts(section: Element[], heading: Element): { head: string; body: string }[] {
  const subHeadings = section.flatMap((el) => (HEADING.test(el.localName) ? [el] : [...el.querySelectorAll('h1, h2, h3, h4, h5, h6')])).filter((h) => level(h) > level(heading));
  if (subHeadings.length) {
    return subHeadings.map((sub) => {
      const body: string[] = [];
      for (let el = sub.nextElementSibling; el && !HEADING.test(el.localName) && body.length < 20; el = el.nextElementSibling) body.push(lineText(el));
      return { head: lineText(sub), body: body.join(' ') };
    });
  }
  const items = section.flatMap((el) => (el.localName === 'li' ? [el] : [...el.querySelectorAll(':scope > li, :scope > ul > li, :scope > ol > li')]));
  return items.map((item) => {
    const first = item.querySelector('strong, b, h1, h2, h3, h4, h5, h6');
    const head = lineText(first) || lineText(item);
    return { head, body: lineText(item) };
  });
}

function datesOf(text: string): { start: string; end: string } {
  const range = RANGE.exec(text);
  if (range) return { start: cleanText(range[1]), end: ONGOING.test(range[2] ?? '') ? 'Present' : cleanText(range[2]) };
  const single = SINGLE.exec(text);
  return { start: single ? cleanText(single[1]) : '', end: '' };
}

/** "Engineer at Acme", "Engineer, Acme", "Engineer — Acme (2019–2021)" → title and organisation. */
function split(head: string): [string, string] {
  const withoutDates = cleanText(head.replace(RANGE, '').replace(/\(\s*\)|[,·|–—-]\s*$/g, ''));
  const at = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(withoutDates);
  if (at) return [cleanText(at[1]), cleanText(at[2])];
  const parts = withoutDates.split(/\s*[,·|–—]\s*|\s+-\s+/).filter(Boolean);
  return [parts[0] ?? '', parts[1] ?? ''];
}

export interface CvSections {
  experience: Experience[];
  education: Education[];
}

export function readCvSections(ctx: ExtractContext): CvSections {
  const result: CvSections = { experience: [], education: [] };
  for (const heading of ctx.budget.slice(ctx.doc.querySelectorAll('h1, h2, h3, h4'), MAX_HEADINGS)) {
    const title = lineText(heading).replace(/:$/, '');
    const isExperience = EXPERIENCE_HEADING.test(title);
    if (!isExperience && !EDUCATION_HEADING.test(title)) continue;
    const entries = entryTexts(sectionAfter(heading, ctx), heading).slice(0, LIMITS.entries);
    if (isExperience && !result.experience.length) {
      result.experience = entries.map(({ head, body }) => {
        const [title, company] = split(head);
        return { title, company, location: '', ...datesOf(`${head} ${body}`), description: '' };
      });
    } else if (!isExperience && !result.education.length) {
      result.education = entries.map(({ head, body }) => {
        const [first, second] = split(head);
        const [school, degree] = SCHOOL.test(second) && !SCHOOL.test(first) ? [second, first] : [first, second];
        const dates = datesOf(`${head} ${body}`);
        // A course with one year shows when it ended: "PhD, University of Lagos, 2008".
        return { school, degree, field: '', ...(dates.end ? dates : { start: '', end: dates.start }) };
      });
    }
  }
  return result;
}

/**
 * Cut `root` (a detached copy, e.g. Readability's article) at its first "Experience", "Education",
 * "Skills"... heading: the About is the prose before the lists. Removes that heading and everything
 * after it in document order, climbing with a loop.
 */
export function cutAtListSections(root: Element): void {
  const heading = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].slice(0, MAX_HEADINGS).find((h) => LIST_SECTION_HEADING.test(lineText(h).replace(/:$/, '')));
  if (!heading) return;
  for (let node: Element | null = heading; node && node !== root; node = node.parentElement) {
    while (node.nextSibling) node.nextSibling.remove();
  }
  heading.remove();
}
