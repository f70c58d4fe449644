// The general helpers the generic extractor added to utils/extract/text.ts and profile-url.ts.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../scripts/lib/node-dom';
import { sameSite } from '../../utils/extract/profile-url';
import { blockText, capUtf8, cleanText, lineText, utf8Length } from '../../utils/extract/text';

const body = (html: string) => documentFromHtml(`<html><body>${html}</body></html>`, 'https://example.com/').body;

describe('blockText', () => {
  it('breaks paragraphs at block elements, joins inline text and drops scripts, styles and source line breaks', () => {
    const el = body(`<div><h2>Summary</h2><p>Builds <b>data</b>
      platforms.<br>Likes tests.</p><script>alert(1)</script><style>p{}</style><ul><li>One</li><li>Two</li></ul></div>`);
    expect(blockText(el)).toEqual({ text: 'Summary\n\nBuilds data platforms. Likes tests.\n\nOne\n\nTwo', cut: false });
  });

  it('strips invisible characters and returns "" for nothing', () => {
    expect(blockText(body('<p>Ad\u200Ba\u202E</p>')).text).toBe('Ada');
    expect(blockText(null)).toEqual({ text: '', cut: false });
  });

  it('stops at maxChars or maxNodes and reports the cut', () => {
    const el = body(`<p>${'word '.repeat(100)}</p><p>tail</p>`);
    const short = blockText(el, { maxChars: 50 });
    expect(short.cut).toBe(true);
    expect(short.text.length).toBeLessThanOrEqual(50);
    expect(blockText(el, { maxNodes: 2 }).cut).toBe(true);
  });

  it('walks 10,000 levels of nesting without recursion', () => {
    const doc = documentFromHtml('<html><body></body></html>', 'https://example.com/');
    // Built bottom-up: jsdom notifies every ancestor of an insertion, so appending at depth is slow.
    let node: Element = doc.createElement('p');
    node.textContent = 'deep';
    for (let i = 0; i < 10_000; i++) {
      const div = doc.createElement('div');
      div.appendChild(node);
      node = div;
    }
    expect(blockText(node)).toEqual({ text: 'deep', cut: false });
  });
});

describe('lineText', () => {
  it('is the visible text on one line: no script, style or SVG text, a space where blocks meet', () => {
    const el = body('<div><h2>About Me</h2><p>Jane<script>alert(1)</script><style>p{}</style><svg><text>x</text></svg> Doe</p><template>t</template></div>');
    expect(lineText(el)).toBe('About Me Jane Doe');
    expect(lineText(body('<span>Fjord<img src=x onerror=alert(1)> Labs</span>'))).toBe('Fjord Labs');
    expect(lineText(null)).toBe('');
  });
});

describe('cleanText', () => {
  it('strips the Arabic letter mark with the other bidi controls, keeps right-to-left letters', () => {
    expect(cleanText('\u202Bليلى\u200F\u061C ح\u200Bداد\u202C\u2069')).toBe('ليلى حداد');
  });
});

describe('utf8Length and capUtf8', () => {
  it('counts UTF-8 bytes: ASCII 1, Latin-1 2, BMP 3, astral 4', () => {
    expect(utf8Length('a')).toBe(1);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('aé€😀')).toBe(new TextEncoder().encode('aé€😀').length);
  });

  it('cuts at the byte cap without splitting a surrogate pair', () => {
    expect(capUtf8('abc', 10)).toEqual({ text: 'abc', cut: false });
    expect(capUtf8('ab😀c', 5)).toEqual({ text: 'ab', cut: true });
    expect(capUtf8('ab😀c', 6)).toEqual({ text: 'ab😀', cut: true });
    expect(capUtf8('€€€€', 7)).toEqual({ text: '€€', cut: true });
  });
});

describe('sameSite', () => {
  it('compares hosts, ignoring a leading www. and the path', () => {
    expect(sameSite('https://www.example.com/a', 'http://example.com/b')).toBe(true);
    expect(sameSite('https://blog.example.com/', 'https://example.com/')).toBe(false);
    expect(sameSite('javascript:alert(1)', 'https://example.com/')).toBe(false);
    expect(sameSite('not a url', 'https://example.com/')).toBe(false);
  });
});
