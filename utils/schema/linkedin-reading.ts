import { z } from './zod';
import { LIMITS } from '../extract/limits';
import type { LinkedInReading } from '../extract/linkedin/reading';

// The injected LinkedIn script's answer (utils/extract/linkedin/reading.ts), parsed on the extension
// page before utils/extract/linkedin-parse reads it: it crosses from a page we do not control.

const line = z.string().max(LIMITS.description);
const rawEntrySchema = z.object({
  lines: z.array(line).max(20),
  description: z.string().max(LIMITS.description * 2),
  links: z.array(z.string().max(LIMITS.url * 2)).max(3),
  group: z.number().int().min(-1),
});
const rawCardSchema = z.object({
  key: z.string().max(LIMITS.shortField),
  heading: z.string().max(LIMITS.shortField * 2),
  entries: z.array(rawEntrySchema).max(LIMITS.entries * 4),
  fields: z.array(z.record(z.string(), line)).max(LIMITS.entries * 4),
  more: z.array(z.string().max(LIMITS.shortField * 2)).max(20),
});
const text = z.string().max(LIMITS.about * 2);

export const linkedInReadingSchema: z.ZodType<LinkedInReading> = z.discriminatedUnion('found', [
  z.object({ found: z.literal(false), reason: z.string().min(1).max(500) }),
  z.object({
    found: z.literal(true),
    page: z.object({
      name: text,
      headline: text,
      location: text,
      company: text,
      subtitle: text,
      about: text,
      photoUrl: z.string().max(LIMITS.url * 2),
      profileUrl: z.string().max(LIMITS.url * 2),
      details: z.string().max(100),
      cards: z.array(rawCardSchema).max(100),
      cut: z.boolean(),
    }),
  }),
]);
