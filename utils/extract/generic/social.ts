// Profiles on social sites people keep besides LinkedIn, read by the stable test ids and class names
// each site's own code keeps: Bluesky (data-testid profileHeader*; seen in
// generic-2025-kyle-pitzen-bluesky, invented fixture bluesky-profile.html), Mastodon (account__header
// classes of its web app; mastodon-profile.html) and X (data-testid User*; x-profile.html). The
// feed below a profile (reposts, replies) holds other people's names and texts: only the header is read.
import { lineText } from '../text';
import { emptyEvidence, type PersonEvidence } from './types';
import { proseValue, urlValue } from './values';
import type { ExtractContext } from './work';

interface SiteHeader {
  /** The site's host, so a look-alike page elsewhere is not read as one. */
  host: RegExp;
  name: string;
  handle?: string;
  bio: string;
  location?: string;
  link?: string;
}

/** Each site's header parts, newest markup first. */
const SITES: SiteHeader[] = [
  { host: /(^|\.)bsky\.app$/, name: '[data-testid="profileHeaderDisplayName"]', bio: '[data-testid="profileHeaderDescription"]' },
  {
    host: /(^|\.)(x|twitter)\.com$/,
    name: '[data-testid="UserName"] span:not(:empty)',
    bio: '[data-testid="UserDescription"]',
    location: '[data-testid="UserLocation"]',
    link: '[data-testid="UserUrl"]',
  },
  {
    // Mastodon runs on many hosts: its header classes are the signal.
    host: /./,
    name: '.account__header__tabs__name h1 > span:first-child, .account__header__tabs__name h1',
    handle: '.account__header__tabs__name small',
    bio: '.account__header__content',
    link: '.account__header__fields a[rel~="me"]',
  },
];

export function socialProfile(ctx: ExtractContext): PersonEvidence | null {
  let host = '';
  try {
    host = new URL(ctx.url).hostname;
  } catch {
    return null;
  }
  for (const site of SITES) {
    if (!site.host.test(host)) continue;
    const nameEl = ctx.doc.querySelector(site.name);
    const name = lineText(nameEl);
    if (!nameEl || !name) continue;
    const evidence = emptyEvidence('site', ['subject'], 75);
    evidence.name = name;
    evidence.nickname = site.handle ? lineText(ctx.doc.querySelector(site.handle)) : '';
    evidence.about = proseValue(ctx.doc.querySelector(site.bio));
    evidence.location = site.location ? lineText(ctx.doc.querySelector(site.location)) : '';
    evidence.url = site.link ? urlValue(ctx.doc.querySelector(site.link), ctx.url) : '';
    evidence.sectionElement = ctx.doc.querySelector(site.bio) ?? nameEl;
    return evidence;
  }
  return null;
}
