// Every CSS selector and page signal the LinkedIn extractor relies on, named, newest layout first.
// Each group's comment says what it finds, in which era, and which saved page under
// tests/fixtures/linkedin proves it (tests/unit/extract-linkedin-conventions.test.ts checks that the
// named fixtures exist). Where the real corpus (../shared/fixtures) has the same layout it is named
// as "seen in". Stable handles come first: ids, data-*/aria-*/componentkey attributes, landmarks;
// old class names only where an era offers nothing else.

/**
 * The profile's own top card (name, headline, location, photo), never the viewer's nav bar.
 * 2025-26 server-driven layout: componentkey ending "Topcard" (auth-2026-hashed.html; seen in
 * li-auth-2026-*); 2022 Ember .pv-top-card (auth-2022.html); 2018 .pv-top-card-section
 * (auth-2018-ember.html); 2023-24 guest .top-card-layout (guest-2024.html); Dec 2015 v3 #topcard
 * (public-2015-v3.html); 2015 v2 #top-card (public-2015-v2.html); 2008-13 hCard .masthead
 * (public-2010-hresume.html, public-2013-pub.html). 2019-20 Ember kept .pv-top-card
 * (auth-2020-ember.html).
 */
export const TOP_CARD = [
  '[componentkey$="Topcard"]',
  '.pv-top-card',
  '.pv-top-card-section',
  '.top-card-layout',
  '#topcard',
  '#top-card',
  '.masthead',
];

/**
 * Elements only the 2022-24 logged-in top card holds; its top card is the <section> around them
 * because from 2024 its own classes are hashed. Proof: auth-2024.html (contact-info link id,
 * right-panel list), auth-2022.html.
 */
export const TOP_CARD_MARKERS = ['#top-card-text-details-contact-info', '.pv-text-details__right-panel', '[class*="pv-top-card-profile-picture__image"]'];

/**
 * The member's name inside the top card: an <h1> in most eras (the first wins: 2018 pages carry a
 * second <h1> prompt further down, auth-2018-ember.html); 2019-20 Ember the first item of the name
 * list, ahead of the headline's <h2> (auth-2020-ember.html); 2025-26 the card's <h2>, as it has no
 * <h1> (auth-2026-hashed.html).
 */
export const NAME = ['h1', '.pv-top-card--list > .t-24', 'h2'];

/**
 * Name and headline on /details/<section>/ sub-pages, which have no top card and no <h1>: the sticky
 * mini-header (details-experience.html, details-education.html; seen in li-auth-2022-*-details-*).
 */
export const STICKY_NAME = '.pv-profile-sticky-header-v2__container .artdeco-entity-lockup__title, .pv-profile-sticky-header .artdeco-entity-lockup__title';
/** Proof: details-experience.html, details-education.html. */
export const STICKY_HEADLINE = '.pv-profile-sticky-header-v2__container .artdeco-entity-lockup__subtitle, .pv-profile-sticky-header .artdeco-entity-lockup__subtitle';

/**
 * Headline inside the top card. 2018 (auth-2018-ember.html), 2024 guest (guest-2024.html), 2022-24
 * logged-in .text-body-medium (auth-2022.html, auth-2024.html), v3 and hCard .headline.title
 * (public-2015-v3.html, public-2010-hresume.html), 2013 .headline-title (public-2013-pub.html),
 * v2 #headline (public-2015-v2.html), 2019-20 <h2> (auth-2020-ember.html).
 */
export const HEADLINE = [
  '.pv-top-card-section__headline',
  '.top-card-layout__headline',
  '.text-body-medium',
  '.headline.title',
  '.headline-title',
  '#headline .title',
  'h2.t-18',
];

/**
 * Location inside the top card. 2018 (auth-2018-ember.html); hCard/v2/v3 .locality
 * (public-2010-hresume.html, public-2015-v2.html, public-2015-v3.html); 2022-24 logged-in
 * (auth-2022.html, auth-2024.html); 2019-20 bullet list (auth-2020-ember.html); 2021-24 guest
 * first sub-line, whose first span is the place (guest-2024.html).
 */
export const LOCATION = [
  '.pv-top-card-section__location',
  '.locality',
  '.text-body-small.inline.t-black--light',
  '.pv-top-card--list-bullet > li',
  '.top-card-layout__first-subline span',
];

/**
 * The current company as the top card shows it. 2022-24 aria-label "Current company" (auth-2022.html,
 * auth-2024.html); 2018 (auth-2018-ember.html, auth-2018-v2.html); 2024 guest link
 * (guest-2024.html); v2 "Current" row (public-2015-v2.html); v3 first current org
 * (public-2015-v3.html).
 */
export const COMPANY = [
  '[aria-label^="Current company"]',
  '.pv-top-card-section__company',
  '.pv-top-card-v2-section__company-name',
  '.top-card__links-container [data-section="currentPositionsDetails"]',
  '#overview-summary-current li',
  '.extra-info .org',
];

/**
 * The top card's profile photo, never the nav's "Me" photo (which is outside the top card).
 * 2025-26 (auth-2026-hashed.html), 2022-24 (auth-2022.html, auth-2024.html), 2018 background-image
 * div (auth-2018-ember.html), 2019-20 (auth-2020-ember.html), guest (guest-2024.html), v2/v3/hCard
 * (public-2015-v2.html, public-2015-v3.html, public-2010-hresume.html).
 */
export const PHOTO = [
  '[componentkey="topcard-logo-image-referencekey"] img',
  '[class*="pv-top-card-profile-picture__image"]',
  '.pv-top-card-section__photo',
  'img.pv-top-card__photo',
  '.top-card-layout__entity-image',
  '.profile-picture img',
  'img.photo',
];

/**
 * The About/Summary block, read without its heading. 2025-26 card (auth-2026-hashed.html); 2022-24
 * #about anchor, an empty element whose <section> holds the text (auth-2022.html, auth-2024.html);
 * 2018 top-card summary (auth-2018-ember.html); 2024 guest (guest-2024.html); v2 (public-2015-v2.html);
 * hCard (public-2010-hresume.html, public-2013-pub.html); v3 (public-2015-v3.html). Scoped this
 * tightly because 2013 pages also have Publications summaries (public-2013-pub.html).
 */
export const ABOUT = [
  '[componentkey$="About"]',
  '#about',
  '.pv-top-card-section__summary-text',
  '.pv-about__summary-text',
  '[data-section="summary"]',
  '#summary-item-view',
  '#summary .summary',
  '#profile-summary .summary',
  '#summary .description',
];

/**
 * Inside an About container, the text itself when the container holds more (2022-24 "see more"
 * wrapper, 2025-26 expandable box). Proof: auth-2024.html, auth-2026-hashed.html.
 */
export const ABOUT_TEXT = '[data-testid="expandable-text-box"], [class*="inline-show-more-text"]';

/**
 * Section containers; a <section> where the top card repeats the attribute, as 2024 guest pages do
 * with data-section="educationsDetails". 2025-26 componentkey or data-testid, which also names the
 * /details/ lists (auth-2026-hashed.html, details-2026.html); 2022-24
 * anchors #experience etc. (auth-2022.html, auth-2024.html); 2018 (auth-2018-ember.html); 2024 guest
 * data-section (guest-2024.html); v2 (public-2015-v2.html); v3 and hCard ids (public-2015-v3.html,
 * public-2010-hresume.html, public-2013-pub.html).
 */
export const EXPERIENCE_SECTION = [
  '[componentkey*="ExperienceTopLevelSection"]',
  '[data-testid*="ExperienceTopLevelSection"], [data-testid*="ExperienceDetailsSection"]',
  '#experience-section',
  'section[data-section="experience"]',
  '#background-experience',
  '#profile-experience',
  '#experience',
];
/** As EXPERIENCE_SECTION. Proof: auth-2026-hashed.html, auth-2022.html, guest-2024.html, public-2015-v3.html. */
export const EDUCATION_SECTION = [
  '[componentkey*="EducationTopLevelSection"]',
  '[data-testid*="EducationTopLevelSection"], [data-testid*="EducationDetailsSection"]',
  '#education-section',
  'section[data-section="educationsDetails"]',
  '#background-education',
  '#profile-education',
  '#education',
];
/**
 * Proof: auth-2026-hashed.html, auth-2022.html (#skills anchor), 2018 in two variants
 * (auth-2018-ember.html, auth-2018-v2.html), public-2015-v2.html, public-2013-pub.html,
 * public-2015-v3.html, and the hCard "Specialties" inside the summary (public-2010-hresume.html).
 */
export const SKILLS_SECTION = [
  '[componentkey$="Skills"]',
  '.pv-skill-categories-section',
  '.pv-featured-skills-section',
  '#background-skills',
  '#profile-skills',
  '#skills',
  '#summary',
];

/**
 * The one section of a 2022-24 /details/<kind>/ sub-page, when no section selector names it
 * (details-experience.html, details-education.html).
 */
export const DETAILS_SECTION = 'main section';

/**
 * Experience entries whose fields each have their own element. Keys are ProfileDraft field names;
 * `dates` holds a start–end range, `start`/`end` hold one date each. An entry that contains other
 * entries is a company group: its company is given to the roles inside it.
 * hCard 2008-13 (public-2010-hresume.html, public-2013-pub.html); v2 (public-2015-v2.html);
 * v3 (public-2015-v3.html); 2018 (auth-2018-ember.html) incl. grouped roles (auth-2018-v2.html),
 * 2019-20 (auth-2020-ember.html); 2024 guest incl.
 * groups (guest-2024.html; its 2022-23 predecessor named the same parts .profile-section-card__*).
 */
export const EXPERIENCE_FIELDS: Record<string, string>[] = [
  { item: '.experience', title: '.title', company: '.org', start: '.dtstart', end: '.dtend, .dtstamp', location: '.location', description: '.description' },
  { item: '.section-item', title: 'h4', company: 'h4 + h5', dates: '.experience-date-locale', location: '.locality', description: '.description' },
  { item: '.position', title: '.item-title', company: '.item-subtitle', dates: '.date-range', location: '.location', description: '.description' },
  {
    item: '.pv-entity__position-group-role-item, .pv-position-entity',
    title: 'h3',
    company: '.pv-entity__secondary-title, .pv-entity__company-summary-info h3',
    dates: '.pv-entity__date-range',
    location: '.pv-entity__location',
    description: '.pv-entity__description',
  },
  {
    item: '.profile-section-card',
    title: '.experience-item__title, .profile-section-card__title',
    company: '.experience-item__subtitle, .profile-section-card__subtitle',
    dates: '.date-range',
    location: 'p.experience-item__meta-item + p.experience-item__meta-item, .experience-item__location',
    description: '.show-more-less-text',
  },
];

/**
 * Education entries, as EXPERIENCE_FIELDS. Proof: public-2010-hresume.html, public-2013-pub.html,
 * public-2015-v2.html, public-2015-v3.html, auth-2018-ember.html, auth-2018-v2.html, guest-2024.html.
 */
export const EDUCATION_FIELDS: Record<string, string>[] = [
  { item: '.education', school: '.org, h4', degree: '.degree', field: '.major', start: '.dtstart', end: '.dtend', dates: '.education-date' },
  { item: '.school', school: '.item-title', degree: '.item-subtitle', dates: '.date-range' },
  {
    item: '.pv-education-entity',
    school: '.pv-entity__school-name',
    degree: '.pv-entity__degree-name',
    field: '.pv-entity__fos',
    dates: '.pv-entity__dates',
  },
  { item: '.profile-section-card', school: 'h3', degree: 'h4 > span:not([data-section])', field: 'h4 > [data-section]', dates: '.date-range' },
];

/**
 * Entries of the 2022-26 layouts, read as lines of text (title, company, dates, location) because
 * their classes are hashed. 2025-26 componentkey, whose company groups list their roles as
 * <li> of a <ul> right inside the entry (auth-2026-hashed.html); 2024 data-view-name
 * (auth-2024.html); 2022-23 .pvs-entity (auth-2022.html, details-experience.html).
 */
export const ENTITY =
  '[componentkey^="entity-collection-item"], [componentkey^="entity-collection-item"] > ul > li, [data-view-name="profile-component-entity"], .pvs-entity';
/** One line of an entity: 2022-24 visible copy (aria-hidden span), 2025-26 paragraphs. Proof: auth-2022.html, auth-2026-hashed.html. */
export const ENTITY_LINE = 'span[aria-hidden="true"], p';
/** An entity's own description. Proof: auth-2024.html, auth-2026-hashed.html. */
export const ENTITY_DESCRIPTION = '[data-testid="expandable-text-box"], [class*="inline-show-more-text"], .pv-shared-text-with-see-more';
/** Where an entity's nested content starts (descriptions, grouped roles). Proof: auth-2022.html, auth-2024.html. */
export const ENTITY_NESTED = 'ul, [class*="sub-components"]';

/**
 * Skill names, or comma-separated lists of them ("p.skills"). 2025-26 (auth-2026-hashed.html), 2018
 * (auth-2018-ember.html, auth-2018-v2.html), v2 (public-2015-v2.html), v3 (public-2015-v3.html), 2013 (public-2013-pub.html),
 * hCard specialties (public-2010-hresume.html).
 */
export const SKILL = [
  '[componentkey^="com.linkedin.sdui.profile.skill"]',
  '.pv-skill-category-entity__name',
  '.pv-skill-entity__skill-name',
  '.endorse-item-name-text',
  '.skill:not([class*="see-"])',
  '.competency',
  'p.skills',
];

/**
 * The profile's other cards, each read as lines and named by its markup (the extension page decides
 * which kind each is). 2025-26 componentkey "com.linkedin.sdui.profile.card.ref<member><Kind>"
 * (auth-2026-cards.html; seen in li-auth-2026-vineet-joshi); 2022-24 empty anchors whose id names the
 * card, "projects", "honors_and_awards" (auth-2022.html; seen in li-auth-2022-austin-oboyle); last, any
 * other <section> of <main>, named by its heading only (auth-2026-cards.html, with its keys taken away).
 */
export const CARD = ['main [componentkey*="profile.card.ref"]', '.pv-profile-card__anchor[id]', 'main section'];
/** A card's heading. Proof: auth-2026-cards.html, auth-2022.html. */
export const CARD_HEADING = ['h2', 'h3'];
/** One line of a 2025-26 card without entities. Proof: auth-2026-cards.html. */
export const CARD_LINE = 'p';
/** What starts a new entry in a 2025-26 card: a divider or a list item. Proof: auth-2026-cards.html. */
export const CARD_BREAK = 'hr, li';
/**
 * Controls inside cards, never lines: links to the member's /details/ pages (endorsement counts,
 * "Show all"), role="button" labels ("Media", "Link" on featured items). Proof: auth-2026-cards.html.
 */
export const CARD_SKIP = 'a[href*="/details/"], [role="button"]';
/** A card's link to its full list ("Show all 12 experiences"). Proof: auth-2026-cards.html, auth-2022.html. */
export const DETAILS_LINK = 'a[href*="/details/"]';

/**
 * Text never read as profile content: screen-reader duplicates (2018-24 .visually-hidden, .a11y-text;
 * auth-2022.html), "see more" controls and clamp ellipses (auth-2018-ember.html), buttons, and
 * dialogs: sign-in modals inside guest top cards (guest-2024.html) and the name-pronunciation
 * player's hidden dialogs in 2025-26 top cards (auth-2026-hashed.html).
 */
export const HIDDEN =
  'script, style, template, noscript, button, [role="dialog"], .visually-hidden, .a11y-text, .lt-line-clamp__ellipsis, [class*="link-container-collapsed"]';

/** Embedded data: JSON-LD (guest-2024.html) and 2016 pages' <code> JSON in HTML comments (embedded-json-2016.html). */
export const JSON_LD = 'script[type="application/ld+json"]';
/** Proof: embedded-json-2016.html. */
export const EMBEDDED_JSON = 'code';

/** The page's own address. Proof: stale-identity.html, public-2015-v3.html. */
export const CANONICAL = 'link[rel="canonical"]';
/** Proof: stale-identity.html, guest-2024.html. */
export const OG_URL = 'meta[property="og:url"]';
/**
 * Links to the displayed member's own sub-pages (contact info, edit forms, details lists, media
 * overlays) inside the profile's own sections; other members' links there are plain /in/<slug>/.
 * Proof: auth-2022.html (overlay/contact-info), auth-2018-ember.html (edit/topcard, detail/treasury),
 * details-education.html (details/education/reorder), stale-identity.html.
 */
export const MEMBER_LINK = 'a[href*="/in/"][href*="/overlay/"], a[href*="/in/"][href*="/detail"], a[href*="/in/"][href*="edit/"]';
/** Proof: authwall.html, guest-login.html. */
export const PAGE_KEY = 'meta[name="pageKey"]';

/**
 * "Profile not found" pages (not-found.html: .page-not-found; seen in li-edge-2024-profile-not-found).
 * Only consulted once no profile was read, so a broad match costs nothing.
 */
export const NOT_FOUND = '[class*="not-found"]';

/**
 * Sign-in walls by page key (authwall.html: auth_wall_desktop_profile; guest-login.html:
 * d_homepage-guest-home) or by the address the page gives itself (authwall.html: /authwall).
 */
export const WALL_PAGE_KEY = /auth_?wall|guest-home|login|signup/i;
/** Proof: authwall.html, guest-login.html. */
export const WALL_PATH = /^\/(authwall|login|signup|uas\/login|start\/join)?\/?$/i;
/** Titles of sign-in pages. Proof: guest-login.html, authwall.html. */
export const WALL_TITLE = /^(sign up|log ?in|linkedin: log in)/i;
/** Proof: not-found.html. */
export const NOT_FOUND_TITLE = /not found/i;
/**
 * Security checks ("checkpoint" pages) by page key or by a title that starts with it; guest titles
 * hold job titles ("Ana - Security Verification Analyst - …"), so only the start counts.
 * Proof: security-check.html.
 */
export const CHECK_PAGE_KEY = /checkpoint|challenge|captcha/i;
/** Proof: security-check.html. */
export const CHECK_TITLE = /^security (check|verification)/i;
