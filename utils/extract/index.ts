import type { CaptureResult } from '../schema/profile';
import { extractGeneric } from './generic/extract';
import { extractLinkedIn } from './linkedin-parse';
import { isLinkedInUrl } from './profile-url';

/**
 * Every site's extractor behind one call, for the CLI and tests. The extension does not use this
 * file: it injects one script per site so that a LinkedIn capture never carries Readability.
 */
export function extractProfile(doc: Document, url: string): CaptureResult {
  return isLinkedInUrl(url) ? extractLinkedIn(doc, url) : extractGeneric(doc, url);
}
