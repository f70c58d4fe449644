// The LinkedIn extractor against hostile and oversized pages: markup and scripts in text, unsafe
// addresses, invisible characters, missing parts, pages nested 10,000 levels deep, every cap, the
// element budget and the size of the page section. Pages are built here in the 2022 layout, the
// simplest one that has every part.
import { afterEach, describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../scripts/lib/node-dom';
import { LIMITS } from '../../utils/extract/limits';
import { extractLinkedIn, extractLinkedInWithSection } from '../../utils/extract/linkedin-parse';
import { captureResultSchema, type CaptureResult, type ProfileDraft } from '../../utils/schema/profile';

const URL_ = 'https://www.linkedin.com/in/ada-example/';

interface Parts {
  name?: string;
  headline?: string;
  photo?: string;
  about?: string;
  entries?: string;
  skills?: string;
  head?: string;
}

const entry = (title: string, company: string, dates: string, description = '') =>
  `<li><div class="pvs-entity"><span class="t-bold"><span aria-hidden="true">${title}</span></span>` +
  `<span class="t-14"><span aria-hidden="true">${company}</span></span><span class="t-14"><span aria-hidden="true">${dates}</span></span>` +
  (description ? `<ul><li><div class="inline-show-more-text"><span aria-hidden="true">${description}</span></div></li></ul>` : '') +
  `</div></li>`;

function page(parts: Parts = {}): string {
  const { name = 'Ada Example', headline = 'Engineer', photo = '', about = '', entries = '', skills = '', head = '' } = parts;
  return `<!DOCTYPE html><html><head><title>Ada Example | LinkedIn</title>${head}</head><body><main>
<section class="pv-top-card">${photo}<h1>${name}</h1><div class="text-body-medium">${headline}</div>
<span class="text-body-small inline t-black--light">Oslo, Norway</span></section>
<section><div id="about"></div><h2>About</h2><div class="inline-show-more-text">${about}</div></section>
<section><div id="experience"></div><ul>${entries}</ul></section>
<section><div id="skills"></div><ul>${skills}</ul></section>
</main></body></html>`;
}

function run(html: string, url = URL_): { result: CaptureResult; doc: Document } {
  const doc = documentFromHtml(html, url);
  // With the section, as a capture that is saved reads the page.
  const result = extractLinkedInWithSection(doc, url);
  expect(captureResultSchema.parse(result)).toEqual(result);
  return { result, doc };
}

function profile(html: string): ProfileDraft {
  const { result } = run(html);
  if (!result.found) throw new Error(result.reason);
  return result.profile;
}

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('hostile content', () => {
  it('keeps scripts out and markup-looking text as plain text', () => {
    const { result } = run(
      page({
        name: 'Ada <script>document.title = "pwned"</script>Example',
        headline: 'Engineer &lt;img src=x onerror=alert(1)&gt;',
        about: 'Hello <img src="x" onerror="alert(1)"><b onclick="alert(2)">world</b><style>b{}</style>',
        entries: entry('Chief <script>alert(3)</script>Tester', 'Acme · Full-time', 'Jan 2020 - Present'),
      }),
    );
    if (!result.found) throw new Error(result.reason);
    expect(result.profile).toMatchObject({
      name: 'Ada Example',
      headline: 'Engineer <img src=x onerror=alert(1)>',
      about: 'Hello world',
      experience: [{ title: 'Chief Tester', company: 'Acme', start: 'Jan 2020', end: 'Present' }],
    });
    const section = result.section!;
    expect(section.kind).toBe('html');
    expect(section.content).not.toMatch(/<script|<style|<[^>]*\son\w+=|pwned/);
    expect(section.content).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps only http(s) photo addresses', () => {
    for (const src of ['javascript:alert(1)', 'data:image/png;base64,AAAA', ' jav\tascript:alert(1)', 'vbscript:x']) {
      const p = profile(page({ photo: `<img class="pv-top-card-profile-picture__image" src="${src}">` }));
      expect(p.photoUrl).toBe('');
    }
    const ld = `<script type="application/ld+json">{"@type":"Person","name":"Ada Example","image":{"contentUrl":"javascript:alert(1)"}}</script>`;
    expect(profile(page({ head: ld })).photoUrl).toBe('');
    expect(profile(page({ photo: '<img class="pv-top-card-profile-picture__image" src="https://media.licdn.com/dms/image/ada.jpg">' })).photoUrl).toBe(
      'https://media.licdn.com/dms/image/ada.jpg',
    );
  });

  it('drops javascript: links and event handlers from the section', () => {
    const { result } = run(page({ about: '<a href=" javascript:alert(1)" onmouseover="x()" style="color:red">link</a><svg onload="x()"><a href="javascript:y()">s</a></svg>' }));
    const content = result.found ? result.section!.content : '';
    expect(content).toContain('>link</a>');
    expect(content).not.toMatch(/javascript|onmouseover|onload|style=/i);
  });

  it('strips zero-width and bidi controls', () => {
    expect(profile(page({ name: 'A\u200Bda\u202E Exa\u2066mple\uFEFF', headline: '\u200FEngineer\u200E' }))).toMatchObject({
      name: 'Ada Example',
      headline: 'Engineer',
    });
  });

  it('survives duplicate ids and missing parts', () => {
    const html = `<html><body><main><section class="pv-top-card"><h1>Ada Example</h1></section>
      <div id="experience"></div><div id="experience"></div><div id="about"></div></main></body></html>`;
    expect(profile(html)).toMatchObject({ name: 'Ada Example', headline: '', location: '', company: '', about: '', experience: [], education: [], skills: [] });
    expect(run('<html></html>').result).toMatchObject({ found: false });
    expect(run('').result).toMatchObject({ found: false });
  });

  it('does not change the document and gives the same answer twice', () => {
    const html = page({ about: 'Hi <b onclick="x()">there</b>', entries: entry('Tester', 'Acme', '2019 - 2020') });
    const doc = documentFromHtml(html, URL_);
    const before = doc.documentElement.outerHTML;
    const first = extractLinkedIn(doc, URL_);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(extractLinkedIn(doc, URL_)).toEqual(first);
  });
});

describe('deep pages', () => {
  // jsdom itself needs ~25 s to parse this depth (its tree insertion is quadratic); the extraction
  // takes well under a second. The point is that nothing in the extractor recurses.
  it('reads a profile nested 10,000 levels deep without overflowing the stack', { timeout: 180_000 }, () => {
    const deep = `${'<div>'.repeat(10_000)}Deep about text.${'</div>'.repeat(10_000)}`;
    const { result } = run(page({ about: deep, entries: entry('Tester', 'Acme', '2019 - 2020') }));
    if (!result.found) throw new Error(result.reason);
    expect(result.profile.about).toBe('Deep about text.');
    expect(result.profile.experience[0]).toMatchObject({ title: 'Tester', company: 'Acme' });
    expect(result.section?.content).toContain('Deep about text.');
  });
});

describe('caps', () => {
  it('cuts every field to its cap and says so', () => {
    const p = profile(
      page({
        name: `Ada ${'Longname'.repeat(50)}`,
        headline: 'headline '.repeat(100),
        about: 'about me '.repeat(3000),
        entries:
          entry('Tester', 'Acme', '2019 - 2020', 'did things '.repeat(600)) +
          Array.from({ length: 129 }, (_, i) => entry(`Job ${i}`, 'Acme', '2001 - 2002')).join(''),
        skills:
          `<li><div class="pvs-entity"><span aria-hidden="true">${'skill'.repeat(40)}</span></div></li>` +
          Array.from({ length: 249 }, (_, i) => `<li><div class="pvs-entity"><span aria-hidden="true">Skill ${i}</span></div></li>`).join(''),
      }),
    );
    expect(p.name.length).toBeLessThanOrEqual(LIMITS.shortField);
    expect(p.headline.length).toBeLessThanOrEqual(LIMITS.headline);
    expect(p.about.length).toBeLessThanOrEqual(LIMITS.about);
    expect(p.experience).toHaveLength(LIMITS.entries);
    expect(p.experience[0].description.length).toBeLessThanOrEqual(LIMITS.description);
    expect(p.skills).toHaveLength(LIMITS.skills);
    expect(p.skills[0].length).toBeLessThanOrEqual(LIMITS.skill);
    expect(p.notices).toEqual([
      'The name was longer than 300 characters and was cut',
      'The headline was longer than 600 characters and was cut',
      'About was longer than 20,000 characters and was cut',
      'Only the first 100 experience entries were kept',
      'A job description was longer than 5,000 characters and was cut',
      'Only the first 200 skills were kept',
      'A skill was longer than 120 characters and was cut',
    ]);
  });
});

describe('element budget', () => {
  const original = LIMITS.nodesVisited;
  afterEach(() => {
    (LIMITS as { nodesVisited: number }).nodesVisited = original;
  });

  it('stops after LIMITS.nodesVisited elements and says the page was only partly read', () => {
    (LIMITS as { nodesVisited: number }).nodesVisited = 60;
    const entries = Array.from({ length: 40 }, (_, i) => entry(`Job ${i}`, 'Acme', '2001 - 2002')).join('');
    const { result } = run(page({ entries }));
    if (!result.found) throw new Error(result.reason);
    expect(result.profile.name).toBe('Ada Example');
    expect(result.profile.experience.length).toBeLessThan(40);
    expect(result.profile.notices).toContain('The page was too large to read completely; some details may be missing');
  });
});

describe('page section size', () => {
  it('falls back to text when the HTML would pass 256 KB, measured in UTF-8 bytes', () => {
    // ~420 KB of HTML, but only ~165 KB of text (2-byte characters).
    const attribute = 'x'.repeat(120);
    const about = Array.from({ length: 2000 }, () => `<p data-x="${attribute}">${'é'.repeat(40)}</p>`).join('');
    const { result } = run(page({ about }));
    const section = result.found ? result.section! : null;
    expect(section?.kind).toBe('text');
    expect(section?.truncated).toBe(false);
    expect(bytes(section!.content)).toBeLessThanOrEqual(LIMITS.pageSectionBytes);
  });

  it('cuts the text to 256 KB of UTF-8 and marks it truncated', () => {
    const about = Array.from({ length: 2000 }, () => `<p>${'😀'.repeat(40)}</p>`).join('');
    const { result } = run(page({ about }));
    const section = result.found ? result.section! : null;
    expect(section).toMatchObject({ kind: 'text', truncated: true });
    expect(bytes(section!.content)).toBeLessThanOrEqual(LIMITS.pageSectionBytes);
    expect(bytes(section!.content)).toBeGreaterThan(LIMITS.pageSectionBytes - 8);
    expect(section!.content).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});

describe('selectors that need an attribute the page lacks', () => {
  it('still match through the other parts of a selector list', async () => {
    const { firstOf, resetBudget } = await import('../../utils/extract/linkedin/dom');
    resetBudget();
    const doc = documentFromHtml('<main><div class="inline-show-more-text">About me</div></main>', URL_);
    // No element has data-testid: the first part cannot match, the second must still be tried.
    expect(firstOf(doc, ['[data-testid="x"], .inline-show-more-text'])?.textContent).toBe('About me');
    expect(firstOf(doc, ['[data-testid="x"]', '[componentkey$="About"]', 'main > div'])?.textContent).toBe('About me');
  });
});
