// What the injected LinkedIn script hands to the extension page: the member's identity (checked
// against the address in the page, as only the page can) and a compact, language-neutral list of
// the profile's cards as lines of text. Headings, dates and the kind of each card are worked out on
// the extension page side (utils/extract/linkedin-parse), where the language tables live, so the
// injected script stays small. Plain types only: the injected code must not carry zod; the
// receiving side parses this shape with utils/schema/linkedin-reading.ts.

/** One entry of a card, as the page shows it: its own lines (title first), its description, its links. */
export interface RawEntry {
  lines: string[];
  description: string;
  /** Its first few links (the company or school page, the project's or credential's own address). */
  links: string[];
  /** Index (in the same card) of the company group that holds this entry, or -1. */
  group: number;
}

/** One card (section) of the profile. */
export interface RawCard {
  /**
   * What names the card in the markup, never words: a 2025-26 componentkey ("…EducationTopLevelSection"),
   * a 2022-24 anchor id ("honors_and_awards"), a guest data-section, or the kind the extractor's own
   * section selectors found ("experience", "education", "skills").
   */
  key: string;
  /** The card's heading as shown, in the interface language ("Education", "Formação acadêmica"). */
  heading: string;
  /** Entries read as lines (2022-26 layouts and every card without per-field markup). */
  entries: RawEntry[];
  /** Entries of older layouts whose fields each have their own element (title, company, start, end…). */
  fields: Record<string, string>[];
  /** The labels of the card's links to its full list ("Show all 12 experiences"). */
  more: string[];
}

export interface LinkedInPage {
  name: string;
  headline: string;
  location: string;
  /** The current company as the top card names it, when it names it on its own. */
  company: string;
  /** The 2025-26 company line, "Company · School". */
  subtitle: string;
  about: string;
  photoUrl: string;
  /** The canonical address, checked against the page's own links. */
  profileUrl: string;
  /** The section of a /details/<section>/ page ("experience"), or "". */
  details: string;
  cards: RawCard[];
  /** The page was too large to read completely. */
  cut: boolean;
}

export type LinkedInReading = { found: false; reason: string } | { found: true; page: LinkedInPage };
