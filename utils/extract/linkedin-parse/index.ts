// The whole LinkedIn extractor in one process, for the CLI, the tests and the benchmark: the
// injected half (utils/extract/linkedin) reads the page, the extension-page half parses the reading.
// In the extension the two halves run apart: the reading crosses from the tab as
// utils/schema/linkedin-reading.ts (see utils/capture/capture-tab.ts).
import type { CaptureResult } from '../../schema/profile';
import { readLinkedInPage } from '../linkedin/extract';
import { pageSection } from '../linkedin/section';
import { parseLinkedIn } from './parse';

export { parseLinkedIn };

/** The profile on a LinkedIn page, or why there is none. */
export function extractLinkedIn(doc: Document, url: string): CaptureResult {
  return parseLinkedIn(readLinkedInPage(doc, url).reading);
}

/** extractLinkedIn and the page section together, as one capture that is saved gives them. */
export function extractLinkedInWithSection(doc: Document, url: string): CaptureResult {
  const { reading, pieces } = readLinkedInPage(doc, url);
  const result = parseLinkedIn(reading);
  const section = result.found ? pageSection(pieces) : undefined;
  return result.found && section ? { ...result, section } : result;
}
