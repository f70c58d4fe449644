// The LinkedIn pages the capture benchmarks read, each with the address it is served at: the
// shared real pages (../shared/fixtures/pages/li-*.html, addresses from cases.json) or, on a
// machine without that folder, the project's invented pages (addresses from their unit test).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface LinkedInPage {
  /** File name, as reported. */
  name: string;
  url: string;
  html: string;
}

const ROOT = resolve(import.meta.dirname, '../../..');
const SHARED = resolve(ROOT, '../shared/fixtures');
const OWN = resolve(ROOT, 'tests/fixtures/linkedin');
const OWN_URLS_FROM = resolve(ROOT, 'tests/unit/extract-linkedin.test.ts');

export function linkedInPages(): { source: string; pages: LinkedInPage[] } {
  if (existsSync(resolve(SHARED, 'pages'))) {
    const { cases } = JSON.parse(readFileSync(resolve(SHARED, 'cases.json'), 'utf8')) as { cases: { page: string; url: string }[] };
    const urlOf = new Map(cases.map((c) => [c.page.replace(/^pages\//, ''), c.url]));
    const pages = readdirSync(resolve(SHARED, 'pages'))
      .filter((f) => /^li-.*\.html$/.test(f) && urlOf.has(f))
      .sort()
      .map((name) => ({ name, url: urlOf.get(name)!, html: readFileSync(resolve(SHARED, 'pages', name), 'utf8') }));
    return { source: '../shared/fixtures/pages (li-*.html)', pages };
  }
  // The unit test's FIXTURE_URLS table ('file.html': 'https://…') gives each invented page its address.
  const table = readFileSync(OWN_URLS_FROM, 'utf8');
  const urlOf = new Map([...table.matchAll(/'([\w.-]+\.html)':\s*'(https:[^']+)'/g)].map((m) => [m[1], m[2]]));
  const pages = readdirSync(OWN)
    .filter((f) => f.endsWith('.html') && urlOf.has(f))
    .sort()
    .map((name) => ({ name, url: urlOf.get(name)!, html: readFileSync(resolve(OWN, name), 'utf8') }));
  return { source: 'tests/fixtures/linkedin (invented)', pages };
}

/** The page the click-to-form and save benchmarks use: a full 2024 logged-in profile (or the invented one like it). */
export function typicalProfilePage(): LinkedInPage {
  const { pages } = linkedInPages();
  return pages.find((p) => p.name === 'li-auth-2024-eduardo-alvarez-nowak.html') ?? pages.find((p) => p.name === 'auth-2024.html') ?? pages[0];
}
