// The member's own top card: name, headline, location, current company and photo. Reading only
// inside it is what keeps the viewer's nav bar ("Me") and the "People also viewed" sidebar out.
import { safeHttpUrl } from '../profile-url';
import { allOf, firstOf, meaningful, textOf, trimSeparators, valueOf } from './dom';
import { COMPANY, HEADLINE, HIDDEN, LOCATION, NAME, PHOTO, TOP_CARD, TOP_CARD_MARKERS } from './selectors';

export interface TopCard {
  nameEl: Element | null;
  name: string;
  headline: string;
  location: string;
  company: string;
  /** The company line of 2025-26 cards, "Company · School" (read in extract.ts with the education). */
  subtitle: string;
  photo: string;
}

/** The top card, or null when the page has none (sign-in walls, unrendered pages, details pages). */
export function findTopCard(doc: Document): Element | null {
  return firstOf(doc, TOP_CARD) ?? firstOf(doc, TOP_CARD_MARKERS)?.closest('section') ?? null;
}

// "He/Him", "she/they": pronouns shown next to the name on 2025-26 cards.
const PRONOUNS = /^\p{L}{2,6}\/\p{L}{2,6}(\/\p{L}{2,6})?$/u;

/**
 * 2025-26 cards have hashed classes only, so their lines are read by order after the name: badges
 * ("· 2nd") and pronouns are skipped, the headline comes first, the company line second, and the
 * location is the line followed by a lone "·" (before "Contact info"). Counts ("500+ connections")
 * end the card's text. Links and buttons ("Contact info", company buttons, mutual connections) are
 * never one of these lines.
 */
function byOrder(card: Element, nameEl: Element): [string, string, string] {
  const texts = allOf(card, 'p', 80)
    .filter(
      (p) =>
        nameEl.compareDocumentPosition(p) & 4 /* follows */ &&
        !p.parentElement?.closest(`${HIDDEN}, a, [role="button"]`) &&
        !p.querySelector('a'),
    )
    .map((p) => textOf(p));
  const at = texts.findIndex((_, i) => texts[i + 1] === '·');
  const end = texts.findIndex((text) => /^[\d.,]+\+?\s/.test(text));
  const lines = texts
    .slice(0, at >= 0 ? at : end >= 0 ? end : texts.length)
    .filter((text) => meaningful(text) && !/^·/.test(text) && !PRONOUNS.test(text));
  return [lines[0] ?? '', lines[1] ?? '', at >= 0 ? texts[at] : ''];
}

/** A photo address: http(s) only, and never LinkedIn's grey placeholder ("ghost") images. */
export function photoUrl(value: string | null | undefined): string {
  const url = safeHttpUrl(value);
  return /static\.licdn\.com|ghost|spacer/i.test(url) ? '' : url;
}

/** The photo of an <img> (lazy-loaded ones keep it in data-*) or of a background-image <div> (2018). */
function photoOf(el: Element | null): string {
  const style = /url\(["']?([^"')]+)/.exec(el?.getAttribute('style') ?? '')?.[1];
  return el ? photoUrl(el.getAttribute('src') || el.getAttribute('data-delayed-url') || el.getAttribute('data-li-src') || style) : '';
}

export function readTopCard(card: Element): TopCard {
  const nameEl = firstOf(card, NAME);
  let headline = valueOf(card, HEADLINE);
  let location = valueOf(card, LOCATION);
  let subtitle = '';
  // Only the 2025-26 card (TOP_CARD[0]) is read by order; older cards without a headline stay empty.
  if (nameEl && !headline && !location && card.matches(TOP_CARD[0])) [headline, subtitle, location] = byOrder(card, nameEl);
  return {
    nameEl,
    name: meaningful(textOf(nameEl)),
    headline,
    location,
    company: valueOf(card, COMPANY),
    subtitle: trimSeparators(subtitle),
    photo: photoOf(firstOf(card, PHOTO)),
  };
}
