// Whether a capture says anything new about a person already saved. "Save update" on an unchanged
// profile used to add a snapshot each time (issue #10); now the popup says "No changes since …".
import type { ProfileDraft } from '../schema/profile';

/**
 * Query parameters that sign or expire a photo address without changing the photo: LinkedIn's
 * media links carry `e` (expiry), `v` and `t` (signature); S3 and CloudFront signed links carry
 * X-Amz-*, Expires, Signature and Key-Pair-Id. A fresh capture of the same photo gets new ones.
 */
const LINKEDIN_MEDIA = /(^|\.)licdn\.com$/i;
const SIGNATURE_PARAMS = /^(x-amz-.*|expires|signature|key-pair-id)$/i;
const LINKEDIN_SIGNATURE_PARAMS = /^(e|v|t)$/;

/** The photo address without the parameters that only sign or expire it. */
export function stablePhotoUrl(url: string): string {
  if (!url) return '';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const linkedIn = LINKEDIN_MEDIA.test(parsed.hostname);
  for (const key of [...parsed.searchParams.keys()]) {
    if (SIGNATURE_PARAMS.test(key) || (linkedIn && LINKEDIN_SIGNATURE_PARAMS.test(key))) parsed.searchParams.delete(key);
  }
  return parsed.toString();
}

/** The parts of a profile that are its content: not the capture's notices, not the photo's signature. */
function content(profile: ProfileDraft): unknown {
  const { notices: _notices, photoUrl, ...rest } = profile;
  return { ...rest, photoUrl: stablePhotoUrl(photoUrl) };
}

/**
 * True when `next` (the profile as the mentee reviewed it, edits included) holds the same content as
 * `saved` (what is stored now). The page section is not part of a profile, so it never counts.
 */
export function sameProfileContent(saved: ProfileDraft, next: ProfileDraft): boolean {
  return JSON.stringify(content(saved)) === JSON.stringify(content(next));
}
