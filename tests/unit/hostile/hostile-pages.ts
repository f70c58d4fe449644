// Hostile pages, generated here (never committed as files): invented people with script payloads,
// markup, unsafe addresses and invisible characters in every field, plus pages 20 MB large or
// nested 10,000 levels deep. Shared by tests/unit/hostile/pages.test.ts (jsdom and the CLI) and
// tests/e2e/hostile.e2e.ts (Chromium), so that both read exactly the same pages.
// Everything here is invented; no real person's data.

/** Where the pages are served (e2e) or said to come from (unit). */
export const LINKEDIN_URL = 'https://www.linkedin.com/in/ilse-varga-hostile/';
export const WEB_URL = 'https://ilse-varga.example/cv';

/**
 * Markup that must never become text, an element of ours, a dialog or a request: an image whose
 * error handler runs script, scripts (also inside SVG), a style sheet, an SVG load handler, an
 * iframe with a script document, a template. Each alert has its own number so that a leak names
 * its source. No whitespace anywhere inside, so `a${MARKUP}b` reads as "ab".
 */
export const MARKUP =
  '<img src="x" onerror="alert(11)">' +
  '<script>alert(12)</script>' +
  '<style>p{color:red}</style>' +
  '<svg onload="alert(13)"><script>alert(14)</script></svg>' +
  '<iframe srcdoc="&lt;script&gt;alert(15)&lt;/script&gt;"></iframe>' +
  '<template><img src="x" onerror="alert(16)"></template>';

/** Markup written as text on the page (escaped in the HTML): it must come back as these characters. */
export const ESCAPED_HTML = '&lt;img src=x onerror=steal()&gt;';
export const ESCAPED_TEXT = '<img src=x onerror=steal()>';

/**
 * Invisible characters that hide or reorder text: zero-width space, word joiner and no-break
 * space (BOM), the bidi marks and embeddings/overrides/isolates (U+200E/F, U+202A-E, U+2066-9),
 * and the Arabic letter mark U+061C (a bidi control like U+200F).
 */
export const INVISIBLE = ['\u200B', '\u2060', '\uFEFF', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u061C'];

/** `text` with an invisible character after every letter, cycling through INVISIBLE. */
export function hidden(text: string): string {
  return [...text].map((char, i) => char + INVISIBLE[i % INVISIBLE.length]).join('');
}

/** Addresses that must never become a link or a photo. */
export const UNSAFE_URLS = [
  'javascript:alert(21)',
  ' JaVaScRiPt:alert(22)',
  'java\tscript:alert(23)',
  'data:text/html,<script>alert(24)</script>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMjUpPg==',
  'vbscript:msgbox(26)',
];

/** The fields both hostile pages must give back, exactly. */
export const EXPECTED = {
  name: 'Ilse Varga',
  headline: `Staff engineer ${ESCAPED_TEXT}`,
  location: 'حيفا',
  company: 'Fjord Labs',
  about: 'Builds compilers.\n\nAnd reviews them.',
  experience: { title: 'Compiler lead', company: 'Fjord Labs', start: '2019', description: 'Wrote the optimiser.' },
  education: { school: 'Nordic Institute', degree: 'MSc' },
  skills: ['Rust', 'Parsing'],
  photoUrl: '',
} as const;

/** The headline with an RLO trick ("\u202Efdp.exe" shows as "exe.pdf"). */
const HEADLINE = `Staff ${MARKUP}\u202Eengineer\u202C ${ESCAPED_HTML}`;
/** Haifa in Arabic letters, with a bidi override, an isolate and a zero-width space inside (U+061C: pages.test.ts). */
const LOCATION = `\u202Eح\u200Bي${MARKUP}ف\u2066ا\u202C`;

/**
 * A LinkedIn profile in the 2022 layout (the one tests/unit/extract-linkedin-hostile.test.ts
 * builds too) with a payload in every field, unsafe photo addresses in every place a photo is read
 * from, an unsafe canonical link and JSON-LD whose strings hold HTML.
 */
export function hostileLinkedInPage(): string {
  const entity = (lines: string[], description = '') =>
    `<li><div class="pvs-entity">${lines
      .map((line, i) => `<span class="${i === 0 ? 't-bold' : 't-14'}"><span aria-hidden="true">${line}</span><span class="visually-hidden">${line}</span></span>`)
      .join('')}${description ? `<ul><li><div class="inline-show-more-text"><span aria-hidden="true">${description}</span></div></li></ul>` : ''}</div></li>`;
  return `<!DOCTYPE html><html><head><title>Ilse Varga | LinkedIn</title>
<link rel="canonical" href="${UNSAFE_URLS[0]}">
<meta property="og:image" content="${UNSAFE_URLS[3]}">
<script type="application/ld+json">{"@type":"Person","name":"Ilse Varga","image":{"contentUrl":"javascript:alert(27)"},"url":"javascript:alert(28)"}</script>
</head><body onload="alert(29)"><main>
<section class="pv-top-card">
<img class="pv-top-card-profile-picture__image" src="${UNSAFE_URLS[1]}" data-delayed-url="${UNSAFE_URLS[4]}" onerror="alert(30)">
<h1 onclick="alert(31)">${hidden('Ilse')} ${MARKUP}Varga</h1>
<div class="text-body-medium">${HEADLINE}</div>
<span class="text-body-small inline t-black--light">${LOCATION}</span>
<div aria-label="Current company: Fjord Labs"><a href="${UNSAFE_URLS[2]}">Fjord${MARKUP} Labs</a></div>
</section>
<section><div id="about"></div><h2>About</h2><div class="inline-show-more-text"><p>Builds ${MARKUP}compilers.</p><p>And reviews ${MARKUP}them.</p></div></section>
<section><div id="experience"></div><ul>${entity([`Comp${MARKUP}iler lead`, `Fjord${MARKUP} Labs · Full-time`, '2019 - Present'], `Wrote ${MARKUP}the optimiser.`)}</ul></section>
<section><div id="education"></div><ul>${entity([`Nordic ${MARKUP}Institute`, `M${MARKUP}Sc`, '2010 - 2012'])}</ul></section>
<section><div id="skills"></div><ul>${entity([`Ru${MARKUP}st`])}${entity([`Pars${MARKUP}ing`])}</ul></section>
<a href="${UNSAFE_URLS[0]}"><img src="${UNSAFE_URLS[3]}"></a>
</main></body></html>`;
}

/**
 * The same person on her own site: an h-resume with a contact h-card (microformats), payloads in
 * every property, unsafe addresses as photo, own address, canonical link and og:url.
 */
export function hostileWebPage(): string {
  return `<!DOCTYPE html><html><head><title>Ilse Varga — CV</title>
<link rel="canonical" href="${UNSAFE_URLS[0]}">
<meta property="og:url" content="${UNSAFE_URLS[3]}">
<meta property="og:image" content="${UNSAFE_URLS[1]}">
</head><body onload="alert(29)">
<div class="h-resume">
<div class="p-contact h-card">
<img class="u-photo" src="${UNSAFE_URLS[2]}" alt="Ilse Varga" onerror="alert(30)">
<a class="u-url" href="${UNSAFE_URLS[0]}">home</a>
<h1 class="p-name" onclick="alert(31)">${hidden('Ilse')} ${MARKUP}Varga</h1>
<p class="p-job-title">${HEADLINE}</p>
<p class="p-org">Fjord${MARKUP} Labs</p>
<p class="p-adr h-adr"><span class="p-locality">${LOCATION}</span></p>
</div>
<div class="p-summary"><p>Builds ${MARKUP}compilers.</p><p>And reviews ${MARKUP}them.</p></div>
<div class="p-experience h-event"><h3 class="p-name">Comp${MARKUP}iler lead</h3><p class="p-org">Fjord${MARKUP} Labs</p><time class="dt-start">2019</time> – <span>present</span>
<div class="e-description">Wrote ${MARKUP}the optimiser.</div></div>
<div class="p-education h-event"><p class="p-org">Nordic ${MARKUP}Institute</p><p class="p-degree">M${MARKUP}Sc</p><time class="dt-start">2010</time></div>
<ul><li class="p-skill">Ru${MARKUP}st</li><li class="p-skill">Pars${MARKUP}ing</li></ul>
</div>
<a href="${UNSAFE_URLS[0]}"><img src="${UNSAFE_URLS[3]}" alt="Photo of me"></a>
</body></html>`;
}

/** A minimal page of either kind around `inner`, placed where the About text is read from. */
export function pageAround(kind: 'linkedin' | 'web', inner: string): string {
  if (kind === 'linkedin') {
    return `<!DOCTYPE html><html><head><title>Ilse Varga | LinkedIn</title></head><body><main>
<section class="pv-top-card"><h1>Ilse Varga</h1><div class="text-body-medium">Staff engineer</div></section>
<section><div id="about"></div><h2>About</h2><div class="inline-show-more-text">${inner}</div></section>
</main></body></html>`;
  }
  return `<!DOCTYPE html><html><head><title>Ilse Varga — CV</title></head><body>
<div class="h-card"><h1 class="p-name">Ilse Varga</h1><p class="p-job-title">Staff engineer</p><div class="p-note">${inner}</div></div>
</body></html>`;
}

/** A page whose About holds text nested `depth` elements deep. */
export function deepPage(kind: 'linkedin' | 'web', depth: number): string {
  return pageAround(kind, `${'<div>'.repeat(depth)}Deep about text.${'</div>'.repeat(depth)}`);
}

/** One paragraph of filler: 100 characters of markup, 87 of text. */
const FILLER = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.</p>';

/**
 * A page of at least `bytes` characters (20 MB in the tests): `paragraphs` short paragraphs
 * (elements, to pass the element budget) and then one text node with the rest (characters).
 */
export function hugePage(kind: 'linkedin' | 'web', bytes: number, paragraphs: number): string {
  const elements = FILLER.repeat(paragraphs);
  const rest = Math.max(0, bytes - elements.length);
  const words = 'word '.repeat(Math.ceil(rest / 5));
  return pageAround(kind, `${elements}<p>${words}</p>`);
}
