import { linkedInSlug } from '../extract/profile-url';

/** A fresh random id with a short prefix saying what it is ("p" person, "ev" event…). */
export function newId(prefix: string): string {
  return `${prefix}:${crypto.randomUUID()}`;
}

/**
 * LinkedIn members get `li:<slug>`, the same on every device and after an import, so a backup
 * from another browser matches them; everyone else gets a random id of their own.
 */
export function personIdFor(profileUrl: string | undefined): string {
  const slug = profileUrl ? linkedInSlug(profileUrl) : null;
  return slug ? `li:${slug}`.slice(0, 120) : newId('p');
}
