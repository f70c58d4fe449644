// GitHub's user profile column, read by the class names it has kept since 2014 (vcard-fullname,
// vcard-username, user-profile-bio, vcard-details). Microdata and h-card classes cover most of it,
// but not every layout carries them (the bio had no p-note before 2017), and the signed-in viewer's
// name and avatar in the page header must never be taken (fixtures github-profile-2012-*).
import { lineText } from '../text';
import { emptyEvidence, type PersonEvidence } from './types';
import { companyName, proseValue, urlValue } from './values';
import type { ExtractContext } from './work';

const FULL_NAME = '.vcard-fullname';
const USERNAME = '.vcard-username';
const BIO = '.user-profile-bio';
const WORKS_FOR = '[itemprop="worksFor"], .p-org';
const LOCATION = '[itemprop="homeLocation"], .p-label';
const WEBSITE = '[itemprop="url"] a[href], a.url[href]';
const AVATAR = 'a[itemprop="image"], img.avatar-user, img.avatar';
/** Levels to climb from the name to the column that also holds the details. */
const MAX_CLIMB = 8;

/** The profile column: the nearest ancestor of the name that also holds the bio or the details list. */
function profileColumn(name: Element): Element {
  let column: Element = name;
  for (let i = 0; i < MAX_CLIMB && column.parentElement; i++) {
    column = column.parentElement;
    if (column.querySelector('.vcard-details, .user-profile-bio')) return column;
  }
  return column;
}

export function githubProfile(ctx: ExtractContext): PersonEvidence | null {
  const names = ctx.doc.querySelectorAll(`${FULL_NAME}, ${USERNAME}`);
  const anchor = names[0];
  if (!anchor) return null;
  const column = profileColumn(anchor);
  const evidence = emptyEvidence('site', ['subject'], 75);
  evidence.name = lineText(column.querySelector(FULL_NAME));
  evidence.nickname = lineText(column.querySelector(USERNAME));
  if (!evidence.name && !evidence.nickname) return null;
  evidence.about = proseValue(column.querySelector(BIO));
  evidence.company = companyName(lineText(column.querySelector(WORKS_FOR)));
  evidence.location = lineText(column.querySelector(LOCATION));
  evidence.url = urlValue(column.querySelector(WEBSITE), ctx.url);
  evidence.photoUrl = urlValue(column.querySelector(AVATAR), ctx.url);
  evidence.sectionElement = column;
  return evidence;
}
