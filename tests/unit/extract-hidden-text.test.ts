// Hidden text is not captured (issue #9, item 10): elements with the `hidden` attribute, an inline
// display:none or visibility:hidden, and template/script/style give no text to any field, in the
// LinkedIn and the generic extractor alike. `aria-hidden` is not hiding: LinkedIn 2022-24 puts the
// visible copy in span[aria-hidden="true"]. Invented pages.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../scripts/lib/node-dom';
import { extractGeneric } from '../../utils/extract/generic/extract';
import { insideHiddenTest, isHiddenElement } from '../../utils/extract/hidden';
import { extractLinkedIn } from '../../utils/extract/linkedin-parse';
import { blockText, lineText } from '../../utils/extract/text';
import type { CaptureResult, ProfileDraft } from '../../utils/schema/profile';

const LINKEDIN = 'https://www.linkedin.com/in/ada-example/';

function profileOf(result: CaptureResult): ProfileDraft {
  if (!result.found) throw new Error(`expected a profile, got: ${result.reason}`);
  return result.profile;
}

/** A 2022-layout LinkedIn page whose name, headline, About and one entry are given as markup. */
function linkedInPage({ name, headline = 'Engineer', about = 'Builds compilers.', title = 'Compiler lead' }: { name: string; headline?: string; about?: string; title?: string }): string {
  return `<!DOCTYPE html><html><head><title>Ada Example | LinkedIn</title></head><body><main>
<section class="pv-top-card"><h1>${name}</h1><div class="text-body-medium">${headline}</div>
<span class="text-body-small inline t-black--light">Oslo, Norway</span></section>
<section><div id="about"></div><h2>About</h2><div class="inline-show-more-text">${about}</div></section>
<section><div id="experience"></div><ul><li><div class="pvs-entity"><span class="t-bold"><span aria-hidden="true">${title}</span></span>
<span class="t-14"><span aria-hidden="true">Fjord Labs</span></span><span class="t-14"><span aria-hidden="true">Jan 2020 - Present</span></span></div></li></ul></section>
</main></body></html>`;
}

const linkedIn = (parts: Parameters<typeof linkedInPage>[0]) => profileOf(extractLinkedIn(documentFromHtml(linkedInPage(parts), LINKEDIN), LINKEDIN));

describe('isHiddenElement', () => {
  const el = (html: string) => documentFromHtml(`<body>${html}</body>`, 'https://example.test/').body.firstElementChild!;

  it('knows the hidden attribute, inline display:none and visibility:hidden/collapse, template, script and style', () => {
    for (const html of [
      '<span hidden>x</span>',
      '<span hidden="until-found">x</span>',
      '<span style="display:none">x</span>',
      '<span style="color: red; DISPLAY : None !important">x</span>',
      '<span style="visibility:hidden">x</span>',
      '<div style="visibility: collapse;">x</div>',
      '<span style="display:/* a comment */none">x</span>',
      '<template>x</template>',
      '<script>x</script>',
      '<style>x{}</style>',
    ]) {
      expect(isHiddenElement(el(html)), html).toBe(true);
    }
  });

  it('keeps aria-hidden, other display values and words that only look alike', () => {
    for (const html of [
      '<span aria-hidden="true">x</span>',
      '<span style="display:inline-block">x</span>',
      '<span style="text-decoration: none; overflow: hidden">x</span>',
      '<span style="border-style: hidden">x</span>',
      '<span style="visibility: visible">x</span>',
      '<span data-hidden="true">x</span>',
    ]) {
      expect(isHiddenElement(el(html)), html).toBe(false);
    }
  });
});

describe('insideHiddenTest', () => {
  it('tells text inside a hidden ancestor from visible text, below the given stop only', () => {
    const doc = documentFromHtml('<body><div hidden><p><b id="a">a</b></p></div><div><p><b id="b">b</b></p></div></body>', 'https://example.test/');
    const test = insideHiddenTest(doc.body);
    const text = (id: string) => doc.getElementById(id)!.firstChild!;
    expect([test(text('a')), test(text('b')), test(text('a')), test(text('b'))]).toEqual([true, false, true, false]);
    doc.body.setAttribute('hidden', '');
    expect(insideHiddenTest(doc.body)(text('b'))).toBe(false);
    expect(insideHiddenTest(null)(text('b'))).toBe(true);
  });
});

describe('text walks skip hidden elements', () => {
  const body = (html: string) => documentFromHtml(`<body><div id="root">${html}</div></body>`, 'https://example.test/').getElementById('root')!;

  it('blockText and lineText leave hidden subtrees out, and give nothing for a hidden root', () => {
    const root = body('<p>Jane <span style="display:none">Buy cheap pills</span>Doe</p><p hidden>Secret</p><div style="visibility:hidden"><p>Also secret</p></div><p>Visible</p>');
    expect(blockText(root).text).toBe('Jane Doe\n\nVisible');
    expect(lineText(root)).toBe('Jane Doe Visible');
    expect(lineText(root.querySelector('[hidden]'))).toBe('');
  });
});

describe('LinkedIn: hidden text inside a field', () => {
  it('leaves a display:none subtree out of the name (the case from the attack)', () => {
    expect(linkedIn({ name: 'Ada <span style="display:none">Send me your password</span>Example' }).name).toBe('Ada Example');
  });

  it('leaves hidden-attribute, visibility:hidden and template text out of headline, About and entries', () => {
    const profile = linkedIn({
      name: 'Ada Example',
      headline: 'Engineer<span hidden> and crypto giveaway</span>',
      about: 'Builds compilers.<div style="visibility: hidden">Click evil.example</div><template>Template text</template>',
      title: 'Compiler lead<span style="display: none"> (fake)</span>',
    });
    expect(profile).toMatchObject({ name: 'Ada Example', headline: 'Engineer', about: 'Builds compilers.' });
    expect(profile.experience[0]).toMatchObject({ title: 'Compiler lead', company: 'Fjord Labs' });
  });

  it('still reads the visible copy LinkedIn 2022-24 keeps in span[aria-hidden="true"]', () => {
    const profile = linkedIn({ name: '<span aria-hidden="true">Ada Example</span>', title: 'Compiler lead' });
    expect(profile.name).toBe('Ada Example');
    expect(profile.experience[0]?.title).toBe('Compiler lead');
  });
});

describe('generic pages: hidden text inside a field', () => {
  const page = (h1: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Luca Ferri</title></head>
<body><main><section class="intro"><h1>${h1}</h1><p>Photographer and teacher based in Turin.</p></section>
<section class="story"><p>I’m Luca, and I have been photographing rivers and the people who work on them for fifteen years.</p>
<p hidden>Hidden paragraph that must not reach About.</p>
<p>I teach slow, manual photography to beginners in weekend workshops, and I answer every email about them myself.</p></section></main>
<footer><p>© 2025 Luca Ferri</p></footer></body></html>`;

  it('leaves a display:none subtree out of the name and a hidden paragraph out of About', () => {
    const profile = profileOf(extractGeneric(documentFromHtml(page('Luca <span style="display:none">Buy followers</span>Ferri'), 'https://lucaferri.example/'), 'https://lucaferri.example/'));
    expect(profile.name).toBe('Luca Ferri');
    expect(profile.about).not.toMatch(/Hidden paragraph/);
    expect(profile.about).toMatch(/^I’m Luca/);
  });

  it('does not take the site owner from a hidden byline and copyright line', () => {
    const site = (hide: string) => `<!DOCTYPE html><html><head><title>Notes on rivers | Mallory Intruder</title></head><body>
<header><p${hide}>By Mallory Intruder</p></header><main><article><h1>Notes on rivers</h1>
<p>Rivers are long. This is a post about them, with enough words to count as an article for the reader to find and read here.</p>
</article></main><footer><p${hide}>© 2024 Mallory Intruder</p></footer></body></html>`;
    const read = (html: string) => extractGeneric(documentFromHtml(html, 'https://rivers.example/'), 'https://rivers.example/');
    // The same lines shown name the owner; hidden, they name no one.
    expect(profileOf(read(site(''))).name).toBe('Mallory Intruder');
    expect(read(site(' style="display:none"')).found).toBe(false);
  });
});
