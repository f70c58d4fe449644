// Plain constants shared by the injected capture scripts (which must not import zod) and the schemas.

/** Caps on what extraction keeps. A bound by count, never by clock (see tests/unit/hostile). */
export const LIMITS = {
  shortField: 300,
  headline: 600,
  about: 20_000,
  description: 5_000,
  entries: 100,
  skills: 200,
  skill: 120,
  url: 2_048,
  /** Elements an extractor may look at before it stops and says so. */
  nodesVisited: 200_000,
  /** The profile's own section kept with a snapshot for re-parsing later. */
  pageSectionBytes: 256 * 1024,
} as const;
