// Where a profile photo may be loaded from, and the Content-Security-Policy that enforces it
// (issue #9, item 7). A photo loads only after "Show photo" is clicked in this browser; even then,
// only from the image hosts of the sites Mentor Scout reads profiles from. A photo address on any
// other host (a backup can carry any address) is offered as a link that opens in a tab, never
// loaded by an extension page: the policy below makes a mistake in that rule fail closed.

/** The image hosts of the sites whose profiles Mentor Scout reads, by site. Exact hosts, https only. */
export const PROFILE_PHOTO_HOSTS = [
  // LinkedIn: profile photos (media.licdn.com; media-exp*.licdn.com on 2018-22 pages), ghost images.
  'media.licdn.com',
  'media-exp1.licdn.com',
  'media-exp2.licdn.com',
  'media-exp3.licdn.com',
  'static.licdn.com',
  // GitHub avatars (the numbered hosts on pages before 2019), and Gravatar, which GitHub and many
  // personal sites (WordPress) use for the same picture.
  'avatars.githubusercontent.com',
  'avatars0.githubusercontent.com',
  'avatars1.githubusercontent.com',
  'avatars2.githubusercontent.com',
  'avatars3.githubusercontent.com',
  'secure.gravatar.com',
  'www.gravatar.com',
  // Bluesky's image CDN.
  'cdn.bsky.app',
  // X (Twitter) profile images.
  'pbs.twimg.com',
] as const;

const ALLOWED = new Set<string>(PROFILE_PHOTO_HOSTS);

/** True when `url` is an https address on one of PROFILE_PHOTO_HOSTS (no other port, no credentials). */
export function isProfilePhotoHost(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.port === '' && !parsed.username && !parsed.password && ALLOWED.has(parsed.hostname.toLowerCase());
}

/**
 * The extension pages' Content-Security-Policy: the browsers' own defaults for scripts and objects,
 * and images only from the extension itself, data:/blob: and the photo hosts above.
 */
export function extensionPagesCsp(): string {
  const photoSources = PROFILE_PHOTO_HOSTS.map((host) => `https://${host}`).join(' ');
  return `script-src 'self'; object-src 'self'; img-src 'self' data: blob: ${photoSources}`;
}
