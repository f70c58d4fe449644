// The generic extractor on invented pages (tests/fixtures/generic, see its README): exact fields
// for each kind of page it must read, the pages it must refuse, and hostile input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../scripts/lib/node-dom';
import { extractGeneric } from '../../utils/extract/generic/extract';
import { REASONS } from '../../utils/extract/generic/decide';
import { LIMITS } from '../../utils/extract/limits';
import { captureResultSchema, type CaptureResult, type ProfileDraft } from '../../utils/schema/profile';

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/generic/${name}`, import.meta.url), 'utf8');
}

/** Extracts and checks the result against the schema the extension page parses it with. */
function extract(html: string, url: string): CaptureResult {
  const result = extractGeneric(documentFromHtml(html, url), url);
  expect(captureResultSchema.safeParse(result).success).toBe(true);
  return result;
}

/**
 * The profile, without the lists issue #11 added while they are empty (no page here has those
 * cards; the LinkedIn tests assert them): the exact shapes below stay the fields these pages give.
 */
function profileOf(result: CaptureResult): ProfileDraft {
  if (!result.found) throw new Error(`expected a profile, got: ${result.reason}`);
  const profile = { ...result.profile } as Record<string, unknown> & ProfileDraft;
  for (const key of ['projects', 'publications', 'honors', 'certifications', 'volunteering', 'languages', 'featured']) {
    if (Array.isArray(profile[key]) && !(profile[key] as unknown[]).length) delete profile[key];
  }
  return profile;
}

const none = { experience: [], education: [], skills: [] };

/**
 * `depth` nested <div>s under `parent`; returns the innermost. Built in detached chunks: jsdom's
 * parser and its attach step both slow down or recurse with depth, and the page is the same.
 */
function nest(doc: Document, parent: Element, depth: number, chunk = 500): Element {
  let deepest = parent;
  for (let built = 0; built < depth; built += chunk) {
    const top = doc.createElement('div');
    let bottom = top;
    for (let i = 1; i < Math.min(chunk, depth - built); i++) bottom = bottom.appendChild(doc.createElement('div'));
    deepest.appendChild(top);
    deepest = bottom;
  }
  return deepest;
}

describe('extractGeneric: pages about one person', () => {
  it('reads a ProfilePage JSON-LD Person in an @graph, resolving @id references', () => {
    const result = extract(fixture('jsonld-about-page.html'), 'https://mara-okafor.example/about/?utm_source=feed');
    expect(profileOf(result)).toEqual({
      name: 'Mara Okafor',
      headline: 'Staff Engineer',
      location: 'Lisbon, Portugal',
      company: 'Tidewater Labs',
      about: 'Mara builds data pipelines for coastal research.\n\nShe mentors new engineers every Thursday.',
      experience: [],
      education: [{ school: 'University of Porto', degree: '', field: '', start: '', end: '' }],
      skills: ['Distributed systems', 'Rust'],
      photoUrl: 'https://mara-okafor.example/img/mara.jpg',
      profileUrl: 'https://mara-okafor.example/about',
      source: 'web',
      notices: [],
    });
    expect(result.found && result.section?.kind).toBe('text');
    expect(result.found && result.section?.content).toContain('"jobTitle": "Staff Engineer"');
  });

  it('reads an h-resume: contact card, summary, roles with "present", courses, skills; ignores a reference card', () => {
    const result = extract(fixture('hresume-cv.html'), 'https://cv.tw.example/');
    const profile = profileOf(result);
    expect(profile).toMatchObject({
      name: 'Tomasz Wielgus',
      headline: 'Data Engineer',
      location: 'Gdańsk, Poland',
      company: 'Baltic Freight',
      about: 'Builds batch and streaming data platforms.\n\nLikes boring, reliable systems.',
      skills: ['Python', 'Kafka', 'SQL'],
      photoUrl: 'https://cv.tw.example/tomasz.png',
      profileUrl: 'https://cv.tw.example/',
    });
    expect(profile.experience).toEqual([
      { title: 'Senior Data Engineer', company: 'Baltic Freight', location: '', start: 'Mar 2021', end: 'Present', description: 'Runs the event pipeline.' },
      { title: 'Data Engineer', company: 'Amberline', location: '', start: 'Jan 2018', end: 'Feb 2021', description: '' },
      { title: 'Analyst', company: 'Port Authority of Gdynia', location: '', start: '2016', end: '2017', description: '' },
    ]);
    expect(profile.education).toEqual([
      { school: 'Gdańsk University of Technology', degree: 'MSc Computer Science', field: '', start: '2014', end: '2016' },
      { school: 'University of Gdańsk', degree: 'BSc Mathematics', field: '', start: '2011', end: '2014' },
    ]);
    expect(result.found && result.section?.kind).toBe('html');
    expect(result.found && result.section?.content).toMatch(/^<div class="h-resume">/);
  });

  it('reads an OpenGraph profile and takes its og:url as the address', () => {
    const profile = profileOf(extract(fixture('opengraph-profile.html'), 'https://speakers.example.org/p/praman?utm_source=newsletter'));
    expect(profile).toEqual({
      name: 'Priya Raman',
      headline: '',
      location: '',
      company: '',
      about: '',
      ...none,
      photoUrl: 'https://speakers.example.org/photos/praman.jpg',
      profileUrl: 'https://speakers.example.org/p/praman',
      source: 'web',
      notices: [],
    });
  });

  it('reads a GitHub-like profile and never the signed-in viewer in the header', () => {
    const result = extract(fixture('github-like-profile.html'), 'https://github.com/jlindq');
    expect(profileOf(result)).toEqual({
      name: 'Jonas Lindqvist',
      headline: '',
      location: 'Malmö, Sweden',
      company: 'northwind',
      about: 'Compilers, type systems and coffee.',
      ...none,
      photoUrl: 'https://avatars.example.com/u/4242?v=4',
      profileUrl: 'https://github.com/jlindq',
      source: 'web',
      notices: [],
    });
    expect(JSON.stringify(result)).not.toMatch(/viewer-kim|Kim Viewer|Rosa Vidal/);
  });

  it('reads an older GitHub layout whose bio has no microformat class', () => {
    const result = extract(fixture('github-like-profile-2016.html'), 'https://github.com/mbarreto');
    expect(profileOf(result)).toEqual({
      name: 'Marta Barreto',
      headline: '',
      location: 'Lisbon',
      company: 'Tagus Transit',
      about: 'Maps, tiles and the occasional ferry timetable.',
      ...none,
      photoUrl: 'https://avatars.example.com/u/5150?s=460',
      profileUrl: 'https://github.com/mbarreto',
      source: 'web',
      notices: [],
    });
    expect(JSON.stringify(result)).not.toMatch(/someone-else|joaofaria/);
  });

  it('reads a blog post by the site owner: name, header tagline, no About from the post itself', () => {
    const profile = profileOf(extract(fixture('blog-post-by-owner.html'), 'https://sofiamarin.example/posts/on-interviewing-users/'));
    expect(profile).toEqual({
      name: 'Sofia Marin',
      headline: 'Product designer writing about research and tools.',
      location: '',
      company: '',
      about: '',
      ...none,
      photoUrl: '',
      profileUrl: 'https://sofiamarin.example/posts/on-interviewing-users',
      source: 'web',
      notices: [],
    });
  });

  it('keeps the owner of a blog post whose comments carry their authors’ cards', () => {
    const html = `<html><head><title>Winter sowing | Ilse Mertens</title><meta name="author" content="Ilse Mertens"></head><body>
      <article class="post"><h1>Winter sowing</h1><p>Seeds in milk jugs.</p></article>
      <ol class="commentlist"><li id="comment-1" class="comment"><div class="comment-author vcard"><cite class="fn">Bram Peeters</cite></div><p>Nice!</p></li>
      <li id="comment-2" class="comment"><div class="comment-author vcard"><cite class="fn">Noor Aziz</cite></div><p>Trying it.</p></li></ol></body></html>`;
    expect(profileOf(extract(html, 'https://ilse.example/2025/winter-sowing'))).toMatchObject({ name: 'Ilse Mertens', about: '' });
  });

  it('reads a company bio page: the <h1> name its address spells, the role under it, the employer, the bio', () => {
    const profile = profileOf(extract(fixture('company-bio.html'), 'https://www.fernwood-partners.example/team/amara-nwosu'));
    expect(profile).toMatchObject({
      name: 'Amara Nwosu',
      headline: 'Head of Research',
      location: '',
      company: 'Fernwood Partners',
      ...none,
      profileUrl: 'https://www.fernwood-partners.example/team/amara-nwosu',
    });
    expect(profile.about).toMatch(/^Amara leads Fernwood's research practice/);
    expect(profile.about).not.toMatch(/Kofi Mensah|More from the team/);
  });

  it('reads a faculty page: a titled name the address spells, the university as employer, degrees with their year', () => {
    const profile = profileOf(extract(fixture('faculty-bio.html'), 'https://physics.northfield.example/people/jane-okafor'));
    expect(profile).toMatchObject({
      name: 'Prof. Jane Okafor',
      headline: 'Professor of Condensed Matter Physics',
      company: 'Northfield University',
      experience: [],
      education: [
        { school: 'University of Lagos', degree: 'PhD Physics', field: '', start: '', end: '2008' },
        { school: 'University of Ibadan', degree: 'BSc Physics', field: '', start: '', end: '2003' },
      ],
    });
    expect(profile.about).toMatch(/^Jane Okafor studies superconductors/);
    expect(profile.about).not.toMatch(/PhD Physics/);
  });

  it('reads a newsletter post whose author’s platform handle names the host (jane.substack.example style)', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      author: [{ '@type': 'Person', name: 'Jane Doe', url: 'https://letters.example/@janedoe' }],
      publisher: { '@type': 'Organization', name: 'Field Notes' },
    });
    const html = `<html><head><title>Why I left big tech - Field Notes</title><script type="application/ld+json">${ld}</script></head><body><article><h1>Why I left big tech</h1><p>Story.</p></article></body></html>`;
    expect(profileOf(extract(html, 'https://janedoe.letters.example/p/why-i-left'))).toMatchObject({ name: 'Jane Doe', about: '' });
    expect(extract(html, 'https://fieldnotes.letters.example/p/why-i-left')).toEqual({ found: false, reason: REASONS.article });
  });

  it('reads a social profile: og:title with a handle, the h-card, never a boosted author', () => {
    const html = `<html><head><title>Jane Doe (@jane@social.example)</title><meta property="og:type" content="profile">
      <meta property="og:title" content="Jane Doe (@jane@social.example)"><meta property="profile:username" content="jane@social.example"></head>
      <body><div class="h-card"><a class="u-url" href="https://social.example/@jane">@jane</a><span class="p-name">Jane Doe</span><div class="p-note"><p>Birds, bikes and Python.</p></div></div>
      <div class="h-entry"><a class="p-author h-card" href="https://other.example/@bob"><span class="p-name">Bob Stone</span></a><div class="e-content">Boost!</div></div></body></html>`;
    expect(profileOf(extract(html, 'https://social.example/@jane'))).toMatchObject({ name: 'Jane Doe', about: 'Birds, bikes and Python.', profileUrl: 'https://social.example/@jane' });
  });

  it('reads a personal home page whose title and <h1> agree on a name', () => {
    const profile = profileOf(extract(fixture('personal-home.html'), 'https://lucaferri.example/'));
    expect(profile).toMatchObject({ name: 'Luca Ferri', headline: 'Photographer and teacher based in Turin.', company: '', location: '' });
    expect(profile.about).toMatch(/^I’m Luca, and I have been photographing rivers/);
  });

  it('reads a WordPress About page and ignores an organisation card in the footer', () => {
    const profile = profileOf(extract(fixture('wordpress-about.html'), 'https://hanna-berg.example/about/'));
    expect(profile).toMatchObject({ name: 'Hanna Berg', headline: 'Notes on ecology and field work', company: '', location: '' });
    expect(profile.about).toMatch(/^I’m Hanna Berg, an ecologist studying wetland birds/);
  });
});

describe('extractGeneric: pages without profile markup', () => {
  it('reads a plain HTML CV: name from title and <h1>, Summary as About, Experience and Education sections', () => {
    const profile = profileOf(extract(fixture('plain-cv.html'), 'https://rosalind.example/cv'));
    expect(profile).toMatchObject({
      name: 'Rosa Lind',
      headline: 'Backend developer',
      company: 'Nordwave',
      about: 'Builds payment APIs in Go and mentors juniors on testing and on-call practice for small teams.',
      skills: [],
    });
    expect(profile.experience).toEqual([
      { title: 'Senior Developer', company: 'Nordwave', location: '', start: 'Mar 2020', end: 'Present', description: '' },
      { title: 'Developer', company: 'Brightcode', location: '', start: '2016', end: '2020', description: '' },
    ]);
    expect(profile.education).toEqual([
      { school: 'Lund University', degree: 'MSc Computer Science', field: '', start: '2014', end: '2016' },
      { school: 'Uppsala University', degree: 'BSc Physics', field: '', start: '2011', end: '2014' },
    ]);
  });

  it('reads a hosted blog post whose "Posted by" author is the one its "About Me" sidebar presents', () => {
    const profile = profileOf(extract(fixture('blog-post-sidebar-profile.html'), 'https://lampnotes.example/2024/03/rewiring-desk-lamp.html'));
    expect(profile).toEqual({
      name: 'Tove Ek',
      headline: '',
      location: '',
      company: '',
      about: '',
      ...none,
      photoUrl: 'https://lampnotes.example/img/tove.jpg',
      profileUrl: 'https://lampnotes.example/2024/03/rewiring-desk-lamp.html',
      source: 'web',
      notices: [],
    });
  });

  it('reads a personal site’s post: author meta with an address, "Posted on … by", an <address> footer', () => {
    const profile = profileOf(extract(fixture('personal-site-address-footer.html'), 'https://okoye.example/wen/blog/2024/06/03/old-software.html'));
    expect(profile).toMatchObject({ name: 'Wen Okoye', headline: '', about: '', company: '', ...none });
  });
});

describe('extractGeneric: pages that are not one person’s profile', () => {
  it('refuses a magazine feature about two people by a staff writer', () => {
    expect(extract(fixture('multi-person-article.html'), 'https://harborreview.example/2024/two-engineers/')).toEqual({ found: false, reason: REASONS.article });
  });

  it('refuses an empty page, and never builds a name from the address', () => {
    expect(extract(fixture('empty-page.html'), 'https://example.com/in/jane-doe')).toEqual({ found: false, reason: REASONS.empty });
    expect(extract('<html><body><p>Nothing about anyone here.</p></body></html>', 'https://example.com/people/jane-doe')).toEqual({ found: false, reason: REASONS.none });
  });

  it('refuses a page listing several people as equals', () => {
    const graph = JSON.stringify({ '@graph': ['Ana Ruiz', 'Ben Okoro', 'Chen Wei'].map((name) => ({ '@type': 'Person', name })) });
    const html = `<html><head><title>Our team</title><script type="application/ld+json">${graph}</script></head><body><h1>Our team</h1></body></html>`;
    expect(extract(html, 'https://acme.example/team')).toEqual({ found: false, reason: REASONS.several });
  });

  it('refuses a news story laid out without landmarks, whose byline names a staff writer', () => {
    const html = `<html><head><title>Harbour dredging to start in May - Coastline Courier</title></head><body><table><tr>
      <td><a href="/">Coastline Courier</a></td><td><h1>Harbour dredging to start in May</h1><div class="byline">By Petra Vos</div>
      <p>Work on the harbour begins next month, officials said.</p></td></tr></table></body></html>`;
    expect(extract(html, 'https://courier.example/news/2025/dredging')).toEqual({ found: false, reason: REASONS.article });
  });

  it('refuses an article whose bare Person markup is only an author box', () => {
    const html = `<html><head><title>Rates rise again | Daily Ledger</title></head><body><article><h1>Rates rise again</h1>
      <div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Noor Haddad</span>, economics reporter</div>
      <p>The central bank raised rates.</p></article></body></html>`;
    expect(extract(html, 'https://ledger.example/2025/rates').found).toBe(false);
  });
});

describe('extractGeneric: hostile input', () => {
  it('keeps payloads as plain text, drops non-http addresses and invisible characters, survives broken JSON-LD', () => {
    const result = extract(fixture('hostile-payloads.html'), 'https://eve.example/about');
    expect(profileOf(result)).toEqual({
      name: 'Eve Mallory',
      headline: '<img src=x onerror=alert(1)>Security <b>researcher</b>',
      location: 'Oslo',
      company: '',
      about: "<script>alert('about')</script> Breaks things for a living.",
      experience: [],
      education: [],
      skills: ['Fuzzing', 'Reverse engineering', 'nested'],
      photoUrl: '',
      profileUrl: 'https://eve.example/about',
      source: 'web',
      notices: [],
    });
  });

  it('serialises the section without scripts, handlers or javascript: links', () => {
    const html = `<html><head><title>Kai Brandt — CV</title></head><body><div class="h-card" onclick="steal()">
      <span class="p-name">Kai Brandt</span><script>steal()</script><a class="u-url" href="javascript:steal()">me</a>
      <img class="u-photo" src="https://kai.example/k.jpg" onerror="steal()"><style>*{}</style></div></body></html>`;
    const result = extract(html, 'https://kai.example/cv');
    expect(result.found && result.section).toEqual({
      kind: 'html',
      content: '<div class="h-card">\n      <span class="p-name">Kai Brandt</span><a class="u-url">me</a>\n      <img class="u-photo" src="https://kai.example/k.jpg"></div>',
      truncated: false,
    });
    expect(profileOf(result).photoUrl).toBe('https://kai.example/k.jpg');
  });

  it('survives 10,000 levels of nesting inside the card: no recursion in reading or in serialising the section', () => {
    const url = 'https://deep.example/cv';
    const doc = documentFromHtml('<html><head><title>Deep Diver — CV</title></head><body><div class="h-card"><span class="p-name">Deep Diver</span></div></body></html>', url);
    const deepest = nest(doc, doc.querySelector('.h-card')!, 10_000);
    deepest.innerHTML = '<p class="p-note">Cave diver.</p>';
    const result = extractGeneric(doc, url);
    expect(captureResultSchema.safeParse(result).success).toBe(true);
    expect(profileOf(result)).toMatchObject({ name: 'Deep Diver', about: 'Cave diver.', notices: [] });
    expect(result.found && result.section?.content).toMatch(/^<div class="h-card"><span class="p-name">Deep Diver<\/span>(<div>){10000}<p class="p-note">Cave diver\.<\/p>(<\/div>){10001}$/);
  }, 60_000);

  it('skips reader mode on a page nested deeper than it can clone safely, and says so', () => {
    const html = `<html><head><title>About – Deep Diver</title><meta property="og:site_name" content="Deep Diver"></head><body>${'<div>'.repeat(1_000)}<p>I’m Deep Diver and I study caves.</p>${'</div>'.repeat(1_000)}</body></html>`;
    const profile = profileOf(extract(html, 'https://deep.example/about'));
    expect(profile).toMatchObject({ name: 'Deep Diver', about: '' });
    expect(profile.notices).toEqual(['The page is nested too deeply for reader mode, so its main text was not read as the About.']);
  });

  it('ignores JSON-LD that is too large or nested absurdly deep, and says so for the large one', () => {
    const huge = JSON.stringify({ '@type': 'Person', name: 'Huge Block', description: 'x'.repeat(1_100_000) });
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const html = `<html><head><title>x</title><script type="application/ld+json">${huge}</script><script type="application/ld+json">${deep}</script></head><body><p>Hi</p></body></html>`;
    expect(extract(html, 'https://x.example/')).toEqual({ found: false, reason: REASONS.none });

    const small = JSON.stringify({ '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'Small Block' } });
    const withProfile = html.replace('</head>', `<script type="application/ld+json">${small}</script></head>`);
    expect(profileOf(extract(withProfile, 'https://x.example/'))).toMatchObject({
      name: 'Small Block',
      notices: ['Some structured data on the page was too large to read and was skipped.'],
    });
  });

  it('caps every field and list, with a notice for each cap', () => {
    const person = {
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'Person', name: 'Long Writer', jobTitle: 'T'.repeat(1_000), description: 'word '.repeat(10_000), knowsAbout: Array.from({ length: 500 }, (_, i) => `skill ${i}`) },
    };
    const profile = profileOf(extract(`<html><head><script type="application/ld+json">${JSON.stringify(person)}</script></head><body></body></html>`, 'https://x.example/'));
    expect(profile.headline).toHaveLength(LIMITS.headline);
    expect(profile.about.length).toBeLessThanOrEqual(LIMITS.about);
    expect(profile.skills).toHaveLength(LIMITS.skills);
    expect(profile.notices).toEqual([
      'The headline was longer than 600 characters and was cut.',
      'The About text was longer than 20,000 characters and was cut.',
      'Only the first 200 skills were kept.',
    ]);
  });

  it('stops after LIMITS.nodesVisited elements and says so', () => {
    const html = `<html><head><title>About – Nora Nodes</title></head><body><p>I’m Nora Nodes.</p>${'<i>x</i>'.repeat(LIMITS.nodesVisited + 5_000)}</body></html>`;
    const profile = profileOf(extract(html, 'https://many.example/about'));
    expect(profile.name).toBe('Nora Nodes');
    expect(profile.notices).toContain('This page is very large: only the first 200,000 elements were read, so some details may be missing.');
  }, 60_000);
});
