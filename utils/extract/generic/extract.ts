import type { CaptureResult } from '../../schema/profile';

// PLACEHOLDER until the generic extractor lands.
export function extractGeneric(_doc: Document, _url: string): CaptureResult {
  return { found: false, reason: 'not implemented' };
}
