// The extractor reads attributes and textContent only, so two independent DOM implementations must
// give the same result: jsdom (the CLI and the other tests) and happy-dom (standing in for a second
// engine; the browser itself is covered by the e2e run).
import { readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../scripts/lib/node-dom';
import { extractGeneric } from '../../utils/extract/generic/extract';

const PAGES: Record<string, string> = {
  'jsonld-about-page.html': 'https://mara-okafor.example/about/',
  'hresume-cv.html': 'https://cv.tw.example/',
  'opengraph-profile.html': 'https://speakers.example.org/p/praman',
  'github-like-profile.html': 'https://github.com/jlindq',
  'github-like-profile-2016.html': 'https://github.com/mbarreto',
  'blog-post-by-owner.html': 'https://sofiamarin.example/posts/on-interviewing-users/',
  'blog-post-sidebar-profile.html': 'https://lampnotes.example/2024/03/rewiring-desk-lamp.html',
  'personal-site-address-footer.html': 'https://okoye.example/wen/blog/2024/06/03/old-software.html',
  'company-bio.html': 'https://www.fernwood-partners.example/team/amara-nwosu',
  'faculty-bio.html': 'https://physics.northfield.example/people/jane-okafor',
  'personal-home.html': 'https://lucaferri.example/',
  'wordpress-about.html': 'https://hanna-berg.example/about/',
  'plain-cv.html': 'https://rosalind.example/cv',
  'multi-person-article.html': 'https://harborreview.example/2024/two-engineers/',
  'empty-page.html': 'https://example.com/in/jane-doe',
  'hostile-payloads.html': 'https://eve.example/about',
};

describe('extractGeneric gives the same result on two DOM implementations', () => {
  for (const [file, url] of Object.entries(PAGES)) {
    it(file, async () => {
      const html = readFileSync(new URL(`../fixtures/generic/${file}`, import.meta.url), 'utf8');
      const window = new Window({
        url,
        settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
      });
      try {
        window.document.write(html);
        const happy = extractGeneric(window.document as unknown as Document, url);
        expect(happy).toEqual(extractGeneric(documentFromHtml(html, url), url));
      } finally {
        await window.happyDOM.close();
      }
    });
  }
});

describe('generic fixtures', () => {
  it('are each listed in the fixtures README and read here', () => {
    const dir = new URL('../fixtures/generic/', import.meta.url);
    const pages = readdirSync(dir).filter((name) => name.endsWith('.html')).sort();
    const readme = readFileSync(new URL('README.md', dir), 'utf8');
    expect(pages.filter((page) => !readme.includes(`\`${page}\``))).toEqual([]);
    expect(Object.keys(PAGES).sort()).toEqual(pages);
  });
});
