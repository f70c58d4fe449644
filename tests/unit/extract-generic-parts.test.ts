// The generic extractor's building blocks: telling names from titles, the section serialiser.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../scripts/lib/node-dom';
import { looksLikePersonName, mentionsName, sameName, selfIntroducedName } from '../../utils/extract/generic/names';
import { htmlSection, textSection } from '../../utils/extract/generic/section';
import { treeShape } from '../../utils/extract/generic/reader';

describe('names', () => {
  it('accepts full names and rejects titles, brands and single words', () => {
    for (const name of ['Marta K. Oyelaran', 'Ludwig van Beethoven', 'Inês Moura', 'Mary-Jane O’Neil', 'Jean de La Fontaine']) {
      expect(looksLikePersonName(name), name).toBe(true);
    }
    for (const text of ['About This Site', 'Quanta Magazine', 'The Hidden Heroines of Chaos', 'Nicolas', 'Contact me', 'jane doe', 'Jane Doe 2024', 'R2 D2', 'A Very Long Sequence Of Capitalised Words Here']) {
      expect(looksLikePersonName(text), text).toBe(false);
    }
  });

  it('matches the same name written two ways', () => {
    expect(sameName('Marta Oyelaran', 'Marta K. Oyelaran')).toBe(true);
    expect(sameName('Zübeyde Aral', 'zubeyde aral')).toBe(true);
    expect(sameName('Marta Oyelaran', 'Marta Smith')).toBe(false);
    expect(mentionsName('© 2012 Nicolas Ferrand — Tweet at me', 'Nicolas Ferrand')).toBe(true);
    expect(mentionsName('Nicolas Ferrandy', 'Nicolas Ferrand')).toBe(false);
  });

  it('reads a name given in the first person', () => {
    expect(selfIntroducedName("Hi, I'm Nicolas.")).toBe('Nicolas');
    expect(selfIntroducedName('My name is Ada Lovelace, and I write.')).toBe('Ada Lovelace');
    expect(selfIntroducedName('i am not introducing anyone')).toBe('');
  });
});

describe('section', () => {
  const doc = documentFromHtml(
    `<html><body><div id="card" class="h-card" style="x" onmouseover="steal()"><a href="/me" onclick="x()">Me</a><a href="javascript:x()">bad</a>
     <img src="data:image/png;base64,AA" alt="a"><script>x()</script><svg><text>t</text></svg><p title='"q"'>1 &lt; 2 &amp; 3</p><br></div></body></html>`,
    'https://site.example/about',
  );
  const card = doc.getElementById('card')!;

  it('keeps structure, microformat classes and http links; drops scripts, handlers, styles and other schemes', () => {
    expect(htmlSection(card, 'https://site.example/about')).toEqual({
      kind: 'html',
      content:
        '<div id="card" class="h-card"><a href="https://site.example/me">Me</a><a>bad</a>\n     <img alt="a"><p title="&quot;q&quot;">1 &lt; 2 &amp; 3</p><br></div>',
      truncated: false,
    });
  });

  it('cuts at the byte cap and still closes every open element', () => {
    const cut = htmlSection(card, 'https://site.example/about', 90);
    expect(cut).toEqual({ kind: 'html', content: '<div id="card" class="h-card"><a href="https://site.example/me">Me</a><a>bad</a></div>', truncated: true });
    expect(new TextEncoder().encode(cut.content).length).toBeLessThanOrEqual(90);
    expect(textSection('é'.repeat(10), 5)).toEqual({ kind: 'text', content: 'éé', truncated: true });
  });
});

describe('treeShape', () => {
  it('measures depth and size with a loop', () => {
    const doc = documentFromHtml(`<html><body>${'<div>'.repeat(50)}${'</div>'.repeat(50)}<p></p></body></html>`, 'https://x.example/');
    expect(treeShape(doc.documentElement, 100, 1_000)).toBe('ok');
    expect(treeShape(doc.documentElement, 40, 1_000)).toBe('deep');
    expect(treeShape(doc.documentElement, 100, 10)).toBe('large');
  });
});
