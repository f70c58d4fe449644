import type { CaptureResult } from '../../schema/profile';

// PLACEHOLDER until the LinkedIn extractor lands.
export function extractLinkedIn(_doc: Document, _url: string): CaptureResult {
  return { found: false, reason: 'not implemented' };
}
