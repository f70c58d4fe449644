// The profile's address: the page's own canonical address (<link rel=canonical>, og:url) when it
// points to the same site, else the address the page was read at; always through
// canonicalProfileUrl, so the same page saved twice is the same person.
import { canonicalProfileUrl, sameSite } from '../profile-url';

/** The address the page gives for itself when it is on the same site, else the address it was read at. */
export function pageAddress(doc: Document, url: string): string {
  const stated = [doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href'), doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content')];
  for (const candidate of stated) {
    if (!candidate) continue;
    let absolute = '';
    try {
      absolute = new URL(candidate.trim(), url).toString();
    } catch {
      continue;
    }
    if (sameSite(absolute, url)) return canonicalProfileUrl(absolute) ?? '';
  }
  return canonicalProfileUrl(url) ?? '';
}
