// schema.org microdata (itemscope/itemprop): a Person item at the top of the page is its subject
// (GitHub's profile column: fixtures github-profile-2012-*), one under itemprop=author wrote it
// (a blog's byline: fixtures readability-001-*). Persons under other properties (employee, knows,
// mentions...) are other people and are ignored.
import type { Education } from '../../schema/profile';
import { COMMENTS } from './regions';
import { emptyEvidence, MAX_PERSONS_PER_SOURCE, type EvidenceRole, type PersonEvidence } from './types';
import { companyName, joinParts, proseValue, textValue, tokens, urlValue } from './values';
import type { ExtractContext } from './work';

const PERSON_TYPE = /^https?:\/\/schema\.org\/person\/?$/i;
const VISITOR_TYPE = /^https?:\/\/schema\.org\/(comment|review|answer|question|usercomments)\/?$/i;
const PAGE_TYPE = /^https?:\/\/schema\.org\/(profilepage|aboutpage|webpage)\/?$/i;
/** Property elements read per item; a real item has a few dozen. */
const MAX_PROPS_PER_ITEM = 2_000;

type Props = Map<string, Element[]>;

function itemTypes(el: Element): string[] {
  return (el.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean);
}

/** The item a property element belongs to: the nearest itemscope above it. */
function ownerItem(prop: Element): Element | null {
  return prop.parentElement?.closest('[itemscope]') ?? null;
}

function itemProps(item: Element, ctx: ExtractContext): Props {
  const props: Props = new Map();
  for (const prop of ctx.budget.slice(item.querySelectorAll('[itemprop]'), MAX_PROPS_PER_ITEM)) {
    if (ownerItem(prop) !== item) continue;
    for (const name of tokens(prop, 'itemprop')) {
      const list = props.get(name) ?? [];
      list.push(prop);
      props.set(name, list);
    }
  }
  return props;
}

function first(props: Props, name: string): Element | undefined {
  return props.get(name.toLowerCase())?.[0];
}

/** The text of a property; a nested item (an Organization) gives its own name. */
function propText(prop: Element | undefined, ctx: ExtractContext): string {
  if (!prop) return '';
  if (prop.hasAttribute('itemscope')) {
    const nested = itemProps(prop, ctx);
    const name = textValue(first(nested, 'name'));
    if (name) return name;
  }
  return textValue(prop);
}

function propLocation(prop: Element | undefined, ctx: ExtractContext): string {
  if (!prop) return '';
  if (!prop.hasAttribute('itemscope')) return textValue(prop);
  const place = itemProps(prop, ctx);
  const address = first(place, 'address');
  const postal = address?.hasAttribute('itemscope') ? itemProps(address, ctx) : place;
  const parts = ['addressLocality', 'addressRegion', 'addressCountry'].map((key) => propText(first(postal, key), ctx));
  return joinParts(parts) || textValue(first(place, 'name')) || textValue(prop);
}

function roleOf(item: Element): EvidenceRole | null {
  const props = tokens(item, 'itemprop');
  if (props.length === 0) return 'subject';
  if (props.includes('author') || props.includes('creator')) {
    // A comment's or a review's author is a visitor, not the page's writer.
    const work = item.parentElement?.closest('[itemscope]');
    return work && itemTypes(work).some((type) => VISITOR_TYPE.test(type)) ? null : 'author';
  }
  if (props.includes('mainentity') || props.includes('about')) {
    const page = item.parentElement?.closest('[itemscope]');
    if (page && itemTypes(page).some((type) => PAGE_TYPE.test(type))) return 'subject';
  }
  return null;
}

export function microdataPersons(ctx: ExtractContext): PersonEvidence[] {
  const out: PersonEvidence[] = [];
  for (const item of ctx.budget.slice(ctx.doc.querySelectorAll('[itemscope][itemtype]'))) {
    if (out.length >= MAX_PERSONS_PER_SOURCE) break;
    if (!itemTypes(item).some((type) => PERSON_TYPE.test(type)) || item.closest(COMMENTS)) continue;
    const role = roleOf(item);
    if (!role) continue;
    const props = itemProps(item, ctx);
    const evidence = emptyEvidence('microdata', [role], role === 'subject' ? 65 : 0);
    evidence.name =
      textValue(first(props, 'name')) ||
      [textValue(first(props, 'givenName')), textValue(first(props, 'familyName'))].filter(Boolean).join(' ');
    evidence.nickname = textValue(first(props, 'additionalName'));
    evidence.headline = textValue(first(props, 'jobTitle'));
    evidence.company = companyName(propText(first(props, 'worksFor'), ctx));
    evidence.location = propLocation(first(props, 'homeLocation') ?? first(props, 'address') ?? first(props, 'workLocation'), ctx);
    evidence.about = proseValue(first(props, 'description'));
    evidence.photoUrl = urlValue(first(props, 'image'), ctx.url);
    evidence.url = urlValue(first(props, 'url'), ctx.url);
    evidence.education = (props.get('alumniof') ?? [])
      .map((prop): Education => ({ school: propText(prop, ctx), degree: '', field: '', start: '', end: '' }))
      .filter((entry) => entry.school);
    evidence.skills = (props.get('knowsabout') ?? []).map((prop) => propText(prop, ctx)).filter(Boolean);
    evidence.sectionElement = item;
    out.push(evidence);
  }
  return out;
}
