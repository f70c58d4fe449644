// Hostile pages through both extractors (on jsdom, as the CLI reads pages) and through the CLI
// itself: payloads and markup in every field, unsafe addresses, invisible and bidi characters,
// duplicate ids, missing parts, a 20 MB page, caps by count, and 10,000 levels of nesting in a
// separate Node process. Complements tests/unit/extract-linkedin-hostile.test.ts and
// tests/unit/extract-generic.test.ts, which cover single fields; here every field at once, the
// generic extractor's microformats path, and the CLI. Pages are generated (hostile-pages.ts).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../scripts/lib/node-dom';
import { extractProfile } from '../../../utils/extract';
import { extractGeneric } from '../../../utils/extract/generic/extract';
import { LIMITS } from '../../../utils/extract/limits';
import { extractLinkedInWithSection } from '../../../utils/extract/linkedin-parse';
import { captureResultSchema, type CaptureResult, type PageSection, type ProfileDraft } from '../../../utils/schema/profile';
import {
  EXPECTED,
  LINKEDIN_URL,
  MARKUP,
  WEB_URL,
  deepPage,
  hidden,
  hostileLinkedInPage,
  hostileWebPage,
  hugePage,
  pageAround,
} from './hostile-pages';

const ROOT = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'mentor-scout-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Kind = 'linkedin' | 'web';
const URLS: Record<Kind, string> = { linkedin: LINKEDIN_URL, web: WEB_URL };
const EXTRACTORS: Record<Kind, (doc: Document, url: string) => CaptureResult> = { linkedin: extractLinkedInWithSection, web: extractGeneric };

/** Extracts `html` as the extension would at `url`; every result must pass the schema the popup parses with. */
function run(kind: Kind, html: string, url = URLS[kind]): CaptureResult {
  const result = EXTRACTORS[kind](documentFromHtml(html, url), url);
  expect(captureResultSchema.parse(result)).toEqual(result);
  return result;
}

function found(result: CaptureResult): { profile: ProfileDraft; section?: PageSection } {
  if (!result.found) throw new Error(`expected a profile, got: ${result.reason}`);
  return result;
}

/** Every string inside a value, with where it is. */
function strings(value: unknown, path = 'profile'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

/** Script bodies, style sheets, handler code and unsafe addresses of hostile-pages.ts: never text. */
const LEAK = /alert\(|msgbox|p\{color|javascript:|vbscript:|data:/i;
/** Bidi controls (U+061C, U+200E/F, U+202A-E, U+2066-9) and zero-width characters that hide text. */
const INVISIBLE_CHARS = /[\p{Bidi_Control}\u200B\u2060\uFEFF]/u;

/**
 * What must hold for any profile read from any page: no script, style or handler text in any field,
 * no invisible or reordering characters, and addresses that are http(s) or empty.
 */
function expectPlainProfile(profile: ProfileDraft): void {
  const bad = strings(profile).filter(([, text]) => LEAK.test(text) || INVISIBLE_CHARS.test(text));
  expect(bad.map(([path, text]) => `${path}: ${JSON.stringify(text)}`)).toEqual([]);
  for (const url of [profile.photoUrl, profile.profileUrl]) expect(url === '' || /^https?:\/\/[^\s]+$/i.test(url), url).toBe(true);
}

/**
 * The kept page section, read back as HTML: no script-capable element, no handler or style
 * attribute, and every address it keeps is http(s) once resolved against the page.
 */
function expectSafeSection(section: PageSection | undefined, pageUrl: string): void {
  if (!section || section.kind === 'text') return;
  const { document } = new JSDOM(`<body>${section.content}</body>`, { url: pageUrl }).window;
  const elements = [...document.body.querySelectorAll('*')];
  expect(elements.filter((el) => /^(script|style|iframe|frame|object|embed|template|base|meta|link)$/.test(el.localName)).map((el) => el.localName)).toEqual([]);
  const attributes = elements.flatMap((el) => [...el.attributes].map((a) => ({ el: el.localName, name: a.name, value: a.value })));
  expect(attributes.filter((a) => /^on|^style$|^srcdoc$|^formaction$/i.test(a.name))).toEqual([]);
  const addresses = attributes.filter((a) => /^(href|src|action|data|poster|xlink:href)$/i.test(a.name));
  expect(addresses.filter((a) => !/^https?:$/.test(new URL(a.value, pageUrl).protocol))).toEqual([]);
}

/** Runs the CLI in its own Node process, as a user would. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    // As a user runs it (`npx tsx scripts/extract.ts`); --no-install: the project's own tsx, never the registry.
    const child = spawn('npx', ['--no-install', 'tsx', 'scripts/extract.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

function pageFile(name: string, html: string): string {
  const file = join(work, name);
  writeFileSync(file, html, 'utf8');
  return file;
}

const HOSTILE: Record<Kind, () => string> = { linkedin: hostileLinkedInPage, web: hostileWebPage };

describe('script payloads and markup in every field come back as plain text', () => {
  for (const kind of ['linkedin', 'web'] as const) {
    it(`${kind}: every field is the visible text only, addresses are http(s) only`, () => {
      const { profile, section } = found(run(kind, HOSTILE[kind]()));
      expect(profile).toMatchObject({
        name: EXPECTED.name,
        headline: EXPECTED.headline,
        location: EXPECTED.location,
        company: EXPECTED.company,
        about: EXPECTED.about,
        skills: EXPECTED.skills,
        photoUrl: '',
        profileUrl: kind === 'linkedin' ? LINKEDIN_URL : WEB_URL,
      });
      expect(profile.experience).toHaveLength(1);
      expect(profile.experience[0]).toMatchObject(EXPECTED.experience);
      expect(profile.education).toHaveLength(1);
      expect(profile.education[0]).toMatchObject(EXPECTED.education);
      expectPlainProfile(profile);
      expectSafeSection(section, URLS[kind]);
    });
  }

  it('extractProfile sends each page to its own extractor with the same result', () => {
    for (const kind of ['linkedin', 'web'] as const) {
      const url = URLS[kind];
      const expected: CaptureResult & { section?: unknown } = run(kind, HOSTILE[kind]());
      // A LinkedIn page's section is made on Save (extractLinkedInWithSection), not by extractProfile.
      if (kind === 'linkedin') delete expected.section;
      expect(extractProfile(documentFromHtml(HOSTILE[kind](), url), url)).toEqual(expected);
    }
  });

  it('the CLI prints the same plain-text profile for both pages and exits 0', { timeout: 120_000 }, async () => {
    const runs = await Promise.all(
      (['linkedin', 'web'] as const).map(async (kind) => ({ kind, out: await cli([pageFile(`hostile-${kind}.html`, HOSTILE[kind]()), '--url', URLS[kind]]) })),
    );
    for (const { kind, out } of runs) {
      expect(out.code, out.stderr).toBe(0);
      const printed = JSON.parse(out.stdout);
      const { profile } = found(run(kind, HOSTILE[kind]()));
      expect(printed).toEqual({ found: true, profile });
      expectPlainProfile(printed.profile);
    }
  });

  it('web: payloads in the other places a name or headline comes from (a bio page’s <h1>, an About page’s introduction, a byline, microdata) never reach a field', () => {
    const pages: [string, string, Partial<ProfileDraft>][] = [
      [
        'https://fjord.example/team/ilse-varga',
        `<html><head><title>Ilse Varga – Fjord Labs</title></head><body><h1>Ilse ${MARKUP}Varga</h1><p>Staff ${MARKUP}engineer</p><p>Ilse builds compilers.</p></body></html>`,
        { name: 'Ilse Varga', about: 'Ilse builds compilers.' },
      ],
      [
        'https://ilse.example/about',
        `<html><head><title>About – Ilse Varga</title><meta property="og:site_name" content="Ilse Varga"></head><body><header><a href="/">Ilse ${MARKUP}Varga</a></header><h1>About</h1><p>I’m Ilse ${MARKUP}Varga and I build compilers.</p></body></html>`,
        { name: 'Ilse Varga', about: 'I’m Ilse Varga and I build compilers.' },
      ],
      [
        'https://ilse.example/posts/parsing',
        `<html><head><title>Parsing | Ilse Varga</title><meta name="author" content="Ilse Varga"></head><body><article><h1>Parsing</h1><p class="byline">By <a rel="author" href="/">Ilse ${MARKUP}Varga</a></p><p>Text.</p></article><footer>© 2025 Ilse ${MARKUP}Varga</footer></body></html>`,
        { name: 'Ilse Varga' },
      ],
      [
        'https://ilse.example/',
        `<html><head><title>Ilse Varga</title></head><body><div itemscope itemtype="https://schema.org/Person"><h1 itemprop="name">Ilse ${MARKUP}Varga</h1><p itemprop="jobTitle">Staff ${MARKUP}engineer</p><p itemprop="description">Builds ${MARKUP}compilers.</p><img itemprop="image" src="javascript:alert(9)"></div></body></html>`,
        { name: 'Ilse Varga', headline: 'Staff engineer', about: 'Builds compilers.', photoUrl: '' },
      ],
    ];
    for (const [url, html, expected] of pages) {
      const { profile } = found(run('web', html, url));
      expect(profile, url).toMatchObject(expected);
      expectPlainProfile(profile);
    }
  });

  it('a name made only of markup and invisible characters is no name', () => {
    const name = `${MARKUP}\u200B\u202E\u2066\uFEFF`;
    const linkedin = run('linkedin', `<html><head><title>Ilse Varga | LinkedIn</title></head><body><main><section class="pv-top-card"><h1>${name}</h1><div class="text-body-medium">Staff engineer</div></section></main></body></html>`);
    expect(linkedin).toMatchObject({ found: false, reason: expect.stringMatching(/\w{3,}.*\./) });
    const web = run('web', `<html><head><title>Ilse Varga — CV</title></head><body><div class="h-card"><h1 class="p-name">${name}</h1><p class="p-job-title">Staff engineer</p></div></body></html>`);
    if (web.found) expectPlainProfile(web.profile);
    expect(web.found ? web.profile.name : '').not.toMatch(LEAK);
  });
});

describe('right-to-left and invisible characters', () => {
  // An invented Arabic name with an override, an isolate, marks and zero-width characters inside.
  const rtlName = `\u202Bليلى\u200F\u061C ح\u200Bداد\u202C\u2069`;

  for (const kind of ['linkedin', 'web'] as const) {
    it(`${kind}: right-to-left letters are kept, bidi controls and zero-width characters are stripped`, () => {
      const html =
        kind === 'linkedin'
          ? `<html><head><title>Layla | LinkedIn</title></head><body><main><section class="pv-top-card"><h1>${rtlName}</h1><div class="text-body-medium">\u202Eexe.fdp\u202C ${hidden('Engineer')}</div><span class="text-body-small inline t-black--light">${hidden('Haifa')}</span></section></main></body></html>`
          : `<html><head><title>Layla — CV</title></head><body><div class="h-card"><h1 class="p-name">${rtlName}</h1><p class="p-job-title">\u202Eexe.fdp\u202C ${hidden('Engineer')}</p><p class="p-locality">${hidden('Haifa')}</p></div></body></html>`;
      const { profile } = found(run(kind, html));
      expect(profile).toMatchObject({ name: 'ليلى حداد', headline: 'exe.fdp Engineer', location: 'Haifa' });
      expectPlainProfile(profile);
    });
  }
});

describe('duplicate ids', () => {
  it('linkedin: a second top card and About with the same ids (a sidebar) never replace the member’s own', () => {
    const html = `<html><head><title>Ilse Varga | LinkedIn</title></head><body><main>
      <section class="pv-top-card" id="top"><h1>Ilse Varga</h1><div class="text-body-medium">Staff engineer</div></section>
      <section><div id="about"></div><div class="inline-show-more-text">Builds compilers.</div></section>
      <section><div id="experience"></div><ul><li><div class="pvs-entity"><span class="t-bold"><span aria-hidden="true">Compiler lead</span></span><span class="t-14"><span aria-hidden="true">Fjord Labs</span></span><span class="t-14"><span aria-hidden="true">2019 - Present</span></span></div></li></ul></section>
      </main><aside>
      <section class="pv-top-card" id="top"><h1>Mallory Impostor</h1><div class="text-body-medium">Impostor</div></section>
      <section><div id="about"></div><div class="inline-show-more-text">Impostor about.</div></section>
      <section><div id="experience"></div><ul><li><div class="pvs-entity"><span class="t-bold"><span aria-hidden="true">Impostor role</span></span></div></li></ul></section>
      </aside></body></html>`;
    const { profile } = found(run('linkedin', html));
    expect(profile).toMatchObject({ name: 'Ilse Varga', headline: 'Staff engineer', about: 'Builds compilers.' });
    expect(profile.experience.map((e) => e.title)).toEqual(['Compiler lead']);
  });

  it('web: one JSON-LD @id given to two different people is refused as a page about several people', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'ProfilePage', mainEntity: { '@id': '#me' } },
        { '@id': '#me', '@type': 'Person', name: 'Ilse Varga', jobTitle: 'Staff engineer' },
        { '@id': '#me', '@type': 'Person', name: 'Mallory Impostor', jobTitle: 'Impostor' },
      ],
    };
    const result = run('web', `<html><head><title>About</title><script type="application/ld+json">${JSON.stringify(graph)}</script></head><body></body></html>`, 'https://ilse-varga.example/about');
    expect(result).toMatchObject({ found: false, reason: expect.stringMatching(/several people/) });
  });

  it('web: two cards with the same id for the same person read as one person', () => {
    const html = `<html><head><title>Ilse Varga — CV</title></head><body>
      <div class="h-card" id="me"><h1 class="p-name">Ilse Varga</h1><p class="p-job-title">Staff engineer</p></div>
      <div class="h-card" id="me"><span class="p-name">Ilse Varga</span><span class="p-locality">Bergen</span></div></body></html>`;
    const { profile } = found(run('web', html));
    expect(profile).toMatchObject({ name: 'Ilse Varga', headline: 'Staff engineer', location: 'Bergen' });
  });
});

describe('missing fields', () => {
  const blank = {
    headline: '',
    location: '',
    company: '',
    about: '',
    experience: [],
    education: [],
    skills: [],
    projects: [],
    publications: [],
    honors: [],
    certifications: [],
    volunteering: [],
    languages: [],
    featured: [],
    photoUrl: '',
    notices: [],
  };

  it('linkedin: a top card with a name and nothing else gives a profile with every other field empty', () => {
    const { profile } = found(run('linkedin', `<html><head><title>Ilse Varga | LinkedIn</title></head><body><main><section class="pv-top-card"><h1>Ilse Varga</h1></section><section><div id="about"></div></section><section><div id="experience"></div><ul></ul></section></main></body></html>`));
    expect(profile).toEqual({ ...blank, name: 'Ilse Varga', profileUrl: LINKEDIN_URL, source: 'linkedin' });
  });

  it('web: a card with a name and empty properties gives a profile with every other field empty', () => {
    const html = `<html><head><title>Ilse Varga — CV</title></head><body><div class="h-card"><h1 class="p-name">Ilse Varga</h1><p class="p-job-title"></p><p class="p-org">   </p><img class="u-photo"><a class="u-url"></a><div class="p-note"><script>alert(1)</script></div></div></body></html>`;
    const { profile } = found(run('web', html));
    expect(profile).toEqual({ ...blank, name: 'Ilse Varga', profileUrl: WEB_URL, source: 'web' });
  });

  it('no body, no head, a lone comment, a lone script: refused with a reason, never thrown on', () => {
    for (const html of ['', '<!-- x -->', '<html></html>', '<script>alert(1)</script>', '<html><body>\u200B\u202E</body></html>', '<frameset><frame src="javascript:alert(1)"></frameset>']) {
      for (const kind of ['linkedin', 'web'] as const) {
        const result = run(kind, html);
        expect(result, `${kind} ${JSON.stringify(html)}`).toMatchObject({ found: false, reason: expect.stringMatching(/\w{3,}/) });
      }
    }
  });
});

describe('caps by count: characters per field and entries per list, each with a notice', () => {
  it('web: an h-resume past every cap is cut to the caps and says so once per kind', () => {
    const long = (word: string, chars: number) => `${word} `.repeat(Math.ceil(chars / (word.length + 1)));
    const role = (i: number) =>
      `<div class="p-experience h-event"><h3 class="p-name">${i === 0 ? long('Title', 400) : `Role ${i}`}</h3><p class="p-org">${i === 0 ? long('Org', 400) : 'Fjord Labs'}</p><time class="dt-start">2019</time><div class="e-description">${i === 0 ? long('did', 6_000) : 'Did.'}</div></div>`;
    const school = (i: number) => `<div class="p-education h-event"><p class="p-org">${i === 0 ? long('School', 400) : `School ${i}`}</p><p class="p-degree">MSc</p></div>`;
    const html = `<html><head><title>Ilse Varga — CV</title></head><body><div class="h-resume">
      <div class="p-contact h-card"><h1 class="p-name">Ilse ${long('Varga', 400)}</h1><p class="p-job-title">${long('headline', 900)}</p>
      <p class="p-org">${long('Fjord', 400)}</p><p class="p-locality">${long('Bergen', 400)}</p></div>
      <div class="p-summary">${long('about', 25_000)}</div>
      ${Array.from({ length: 150 }, (_, i) => role(i)).join('')}
      ${Array.from({ length: 130 }, (_, i) => school(i)).join('')}
      <ul>${Array.from({ length: 260 }, (_, i) => `<li class="p-skill">Skill ${i}</li>`).join('')}</ul>
      </div></body></html>`;
    const { profile } = found(run('web', html));
    expect(profile.name.length).toBeLessThanOrEqual(LIMITS.shortField);
    expect(profile.headline.length).toBeLessThanOrEqual(LIMITS.headline);
    expect(profile.company.length).toBeLessThanOrEqual(LIMITS.shortField);
    expect(profile.location.length).toBeLessThanOrEqual(LIMITS.shortField);
    expect(profile.about.length).toBeLessThanOrEqual(LIMITS.about);
    expect(profile.experience).toHaveLength(LIMITS.entries);
    expect(profile.education).toHaveLength(LIMITS.entries);
    expect(profile.skills).toHaveLength(LIMITS.skills);
    expect(profile.experience[0].title.length).toBeLessThanOrEqual(LIMITS.shortField);
    expect(profile.experience[0].description.length).toBeLessThanOrEqual(LIMITS.description);
    expect(profile.education[0].school.length).toBeLessThanOrEqual(LIMITS.shortField);
    expect([...profile.notices].sort()).toEqual(
      [
        'The name was longer than 300 characters and was cut.',
        'The headline was longer than 600 characters and was cut.',
        'The company was longer than 300 characters and was cut.',
        'The location was longer than 300 characters and was cut.',
        'The About text was longer than 20,000 characters and was cut.',
        'Only the first 100 experience entries were kept.',
        'The job title was longer than 300 characters and was cut.',
        'The role description was longer than 5,000 characters and was cut.',
        'Only the first 100 education entries were kept.',
        'The school was longer than 300 characters and was cut.',
        'Only the first 200 skills were kept.',
      ].sort(),
    );
  });

  describe('the element budget is a count: what lies past it changes nothing', () => {
    const original = LIMITS.nodesVisited;
    afterEach(() => {
      (LIMITS as { nodesVisited: number }).nodesVisited = original;
    });

    for (const kind of ['linkedin', 'web'] as const) {
      it(`${kind}: a page 4 times longer past the budget gives the identical result, with the budget notice`, () => {
        (LIMITS as { nodesVisited: number }).nodesVisited = 3_000;
        const tail = (count: number) => `${'<p>More text past the budget, <b>bold</b>.</p>'.repeat(count)}`;
        const page = (count: number) => pageAround(kind, `<p>Builds compilers.</p>${tail(count)}`);
        const shorter = run(kind, page(10_000));
        const longer = run(kind, page(40_000));
        expect(longer).toEqual(shorter);
        const { profile } = found(longer);
        expect(profile.name).toBe('Ilse Varga');
        expect(profile.notices.join(' ')).toMatch(kind === 'linkedin' ? /too large to read completely/ : /only the first 3,000 elements were read/);
      });
    }
  });
});

describe('a 20 MB page', () => {
  // 210,000 paragraphs (21 MB): past the element budget and past the About cap. jsdom needs tens of
  // seconds to build the tree; the timeout bounds that, never an assertion.
  for (const kind of ['linkedin', 'web'] as const) {
    it(`${kind}: reads the profile, cuts the About, says which caps were hit, and keeps the top of the section`, { timeout: 300_000 }, () => {
      const html = hugePage(kind, 20 * 1024 * 1024, 210_000);
      expect(html.length).toBeGreaterThanOrEqual(20 * 1024 * 1024);
      const { profile, section } = found(run(kind, html));
      expect(profile).toMatchObject({ name: 'Ilse Varga', headline: 'Staff engineer' });
      expect(profile.about.length).toBeGreaterThan(LIMITS.about * 0.8);
      expect(profile.about.length).toBeLessThanOrEqual(LIMITS.about);
      expect(profile.notices).toEqual(
        kind === 'linkedin'
          ? ['About was longer than 20,000 characters and was cut', 'The page was too large to read completely; some details may be missing']
          : ['The About text was longer than 20,000 characters and was cut.', 'This page is very large: only the first 200,000 elements were read, so some details may be missing.'],
      );
      // What is kept of the page for re-reading later must at least hold the member's own top card.
      expect(section, 'a section is kept').toBeDefined();
      expect(section!.truncated).toBe(true);
      expect(section!.content).toContain('Ilse Varga');
      expect(new TextEncoder().encode(section!.content).length).toBeLessThanOrEqual(LIMITS.pageSectionBytes);
    });
  }
});

describe('10,000 levels of nesting in the CLI (a Node process of its own)', () => {
  // jsdom's parser needs ~25 s per page at this depth (its tree insertion is quadratic); both run at once.
  it('reads both kinds of page without overflowing the stack, exits 0 and prints JSON', { timeout: 400_000 }, async () => {
    const runs = await Promise.all(
      (['linkedin', 'web'] as const).map(async (kind) => ({ kind, out: await cli([pageFile(`deep-${kind}.html`, deepPage(kind, 10_000)), '--url', URLS[kind]]) })),
    );
    for (const { kind, out } of runs) {
      expect(out.stderr, kind).not.toMatch(/RangeError|Maximum call stack/);
      expect(out.code, `${kind}: ${out.stderr}`).toBe(0);
      const printed = JSON.parse(out.stdout);
      expect(printed, kind).toMatchObject({ found: true, profile: { name: 'Ilse Varga', headline: 'Staff engineer', about: 'Deep about text.' } });
      expect(captureResultSchema.safeParse({ found: true, profile: printed.profile }).success).toBe(true);
    }
  });
});
