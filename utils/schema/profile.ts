import { z } from './zod';
import { storedTextSchema } from './common';
import { LIMITS } from '../extract/limits';

export { LIMITS };

/**
 * What a capture produces and what the review form edits: one person's profile as read from a page
 * (or typed by hand). The injected capture scripts build this shape with plain code (they must stay
 * free of zod and React) and the extension page that receives it parses it with these schemas.
 *
 * Text fields are strings, empty when the page has none: the review form edits them directly and
 * the CLI's JSON stays flat.
 */


const shortText = storedTextSchema().max(LIMITS.shortField);

/**
 * A date normalised from the one the page shows: "2020-01", or "2020" when the page gives only a
 * year; null for "Present" (still there); "" or absent when the page gives none or it could not
 * be read. Optional so that entries typed by hand, and records saved before it existed, need none.
 */
export const monthSchema = z
  .string()
  .regex(/^$|^\d{4}(-\d{2})?$/)
  .nullable()
  .optional();

export const experienceSchema = z.object({
  title: shortText,
  company: shortText,
  location: shortText,
  /** As the page shows it: "Jan 2020", "2019". */
  start: shortText,
  /** As the page shows it, "Present" for a current role, "" when not shown. */
  end: shortText,
  startMonth: monthSchema,
  endMonth: monthSchema,
  description: storedTextSchema().max(LIMITS.description),
});
export type Experience = z.infer<typeof experienceSchema>;

export const educationSchema = z.object({
  school: shortText,
  degree: shortText,
  field: shortText,
  start: shortText,
  end: shortText,
  startMonth: monthSchema,
  endMonth: monthSchema,
});
export type Education = z.infer<typeof educationSchema>;

/** A project, publication, honour or certification: its title, the line under it (publisher, issuer), its date as shown. */
export const accomplishmentSchema = z.object({
  title: shortText,
  subtitle: shortText.default(''),
  date: shortText.default(''),
  description: storedTextSchema().max(LIMITS.description).default(''),
  /** An outside link the entry names (the project's site, the credential), http(s) only. */
  url: storedTextSchema()
    .max(LIMITS.url)
    .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), 'must be an http(s) address')
    .default(''),
});
export type Accomplishment = z.infer<typeof accomplishmentSchema>;

export const languageSchema = z.object({ name: shortText, proficiency: shortText.default('') });
export type Language = z.infer<typeof languageSchema>;

/** Only web addresses are kept as links or photos: never javascript:, data:, or anything else. */
export const httpUrlSchema = storedTextSchema()
  .max(LIMITS.url)
  .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), 'must be an http(s) address');

export const profileSourceSchema = z.enum(['linkedin', 'web', 'manual']);
export type ProfileSource = z.infer<typeof profileSourceSchema>;

export const profileDraftSchema = z.object({
  name: storedTextSchema().trim().min(1, 'A name is needed').max(LIMITS.shortField),
  headline: storedTextSchema().max(LIMITS.headline),
  location: shortText,
  /** The current company, one string ("" when none is shown). */
  company: shortText,
  about: storedTextSchema().max(LIMITS.about),
  experience: z.array(experienceSchema).max(LIMITS.entries),
  education: z.array(educationSchema).max(LIMITS.entries),
  skills: z.array(storedTextSchema().max(LIMITS.skill)).max(LIMITS.skills),
  // The cards drafting uses for goals like speaking, writing or a change of field. Records saved
  // before they existed read as empty lists.
  projects: z.array(accomplishmentSchema).max(LIMITS.entries).default([]),
  publications: z.array(accomplishmentSchema).max(LIMITS.entries).default([]),
  honors: z.array(accomplishmentSchema).max(LIMITS.entries).default([]),
  certifications: z.array(accomplishmentSchema).max(LIMITS.entries).default([]),
  volunteering: z.array(experienceSchema).max(LIMITS.entries).default([]),
  languages: z.array(languageSchema).max(LIMITS.entries).default([]),
  /** Titles of the items the member features at the top of their profile. */
  featured: z.array(shortText).max(LIMITS.entries).default([]),
  /** Stored as text and loaded only when the user asks: loading it is a request to another server. */
  photoUrl: httpUrlSchema,
  /** Canonical address of the profile ("" for a profile entered by hand without one). */
  profileUrl: httpUrlSchema,
  source: profileSourceSchema,
  /** Plain-words notes from the extractor, e.g. that a cap was hit and text was cut. */
  notices: z.array(storedTextSchema().max(LIMITS.shortField)).max(20).default([]),
});
export type ProfileDraft = z.infer<typeof profileDraftSchema>;

export const emptyProfile = (source: ProfileSource = 'manual'): ProfileDraft => ({
  name: '',
  headline: '',
  location: '',
  company: '',
  about: '',
  experience: [],
  education: [],
  skills: [],
  projects: [],
  publications: [],
  honors: [],
  certifications: [],
  volunteering: [],
  languages: [],
  featured: [],
  photoUrl: '',
  profileUrl: '',
  source,
  notices: [],
});

/** The profile's own part of the page, kept beside a snapshot so a better extractor can re-read it. */
export const pageSectionSchema = z.object({
  kind: z.enum(['html', 'text']),
  // Raw markup or text of the page, not cleaned: the extractor cleans what it reads from it.
  content: z.string().max(LIMITS.pageSectionBytes),
  truncated: z.boolean(),
});
export type PageSection = z.infer<typeof pageSectionSchema>;

/** What an injected capture script hands back to the extension page that injected it. */
export const captureResultSchema = z.discriminatedUnion('found', [
  z.object({ found: z.literal(true), profile: profileDraftSchema, section: pageSectionSchema.optional() }),
  z.object({ found: z.literal(false), reason: z.string().min(1).max(500) }),
]);
export type CaptureResult = z.infer<typeof captureResultSchema>;
