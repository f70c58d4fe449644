// Structured data the page carries besides its markup: JSON-LD (2023-24 guest pages) and the JSON
// that 2016 dust.js pages embed in <code> comments, which is the only copy of the profile when the
// page was saved before it rendered. Parsing failures are expected (other <code> blocks, other
// schemas) and simply yield nothing.
import { cleanParagraphs, cleanText } from '../text';
import { allOf } from './dom';
import { EMBEDDED_JSON, JSON_LD } from './selectors';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** What structured data says about the member; every field is optional. */
export interface DataProfile {
  name?: string;
  headline?: string;
  location?: string;
  company?: string;
  about?: string;
  photo?: string;
  url?: string;
  /** Entries as per-field records (title, company, start…), read like older layouts' markup. */
  experience?: Record<string, string>[];
  education?: Record<string, string>[];
  skills?: string[];
}

const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? cleanText(String(value)) : '');
const para = (value: unknown): string => (typeof value === 'string' ? cleanParagraphs(value) : '');
const list = (value: unknown): Json[] => (Array.isArray(value) ? value : value ? [value] : []);

/** The JSON-LD `Person` of the page, if it has one. */
export function fromJsonLd(doc: Document): DataProfile | null {
  for (const script of allOf(doc, JSON_LD, 20)) {
    try {
      const data: Json = JSON.parse(script.textContent ?? '');
      const person = [data, ...list(data?.['@graph'])].find((node) => node?.['@type'] === 'Person');
      if (!person) continue;
      const image = list(person.image)[0];
      return {
        name: str(person.name),
        location: str(person.address?.addressLocality),
        company: str(list(person.worksFor)[0]?.name),
        about: para(person.description),
        photo: str(image?.contentUrl ?? image),
        url: str(person.url),
      };
    } catch {
      // Not JSON: ignore this block.
    }
  }
  return null;
}

const year = (date: Json): string => str(date?.year);

/** The 2016 dust.js page's embedded profile (TopCard, Summary, Experience, Education, Skills). */
export function fromEmbeddedJson(doc: Document): DataProfile | null {
  const content: Json = {};
  for (const code of allOf(doc, EMBEDDED_JSON, 50)) {
    for (const node of code.childNodes) {
      if (node.nodeType !== 8 /* comment */) continue;
      try {
        // Their JSON writes minus signs as bare \u002d escapes, which JSON.parse refuses.
        Object.assign(content, JSON.parse((node as Comment).data.replace(/\\u002d/g, '-')).content);
      } catch {
        // Not the profile's JSON.
      }
    }
  }
  const top = content.TopCard;
  if (!top?.fmt__full_name) return null;
  const info = content.BasicInfo?.basic_info ?? top.basic_info ?? {};
  return {
    name: str(top.fmt__full_name),
    headline: str(info.memberHeadline ?? top.basic_info?.memberHeadline),
    location: str(info.location_highlight),
    company: str(list(top.positionsMpr?.topCurrent)[0]?.companyName),
    about: para(content.Summary?.summary?.formData?.rawSummary),
    photo: str(top.picture?.snap_bar_image),
    url: str(top.public_url?.canonicalUrl),
    experience: list(content.Experience?.positionsMpr?.positions).map((p: Json) => ({
      title: str(p.title),
      company: str(p.companyName),
      location: str(p.fmt_location),
      start: str(p.startdate_my),
      end: str(p.enddate_my) || str(p.present),
      description: para(p.formData?.currentLocaleSummary),
    })),
    education: list(content.Education?.educationsMpr?.educations).map((e: Json) => ({
      school: str(e.schoolName),
      degree: str(e.degree),
      field: str(e.fieldOfStudy),
      start: year(e.startDate),
      end: year(e.endDate),
    })),
    skills: list(content.Skills?.skillsMpr?.skills).map((s: Json) => str(s.name)).filter(Boolean),
  };
}
