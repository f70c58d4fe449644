// The table of LinkedIn's interface words: every kind in every language, and every word marked as seen
// really is on the saved page it names (../shared/fixtures; skipped where that folder is absent).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../corpus/corpus';
import { HEADINGS, LABELS, LANGS, SEEN, isInterfaceLabel, kindOfHeading } from '../../../utils/extract/linkedin-parse/words';
import { isChrome } from '../../../utils/extract/linkedin-parse/chrome';

describe('words.ts', () => {
  it('has every card kind and the button labels in each of the 13 languages', () => {
    for (const [kind, words] of Object.entries(HEADINGS)) for (const lang of LANGS) expect(words[lang]?.length, `${kind}/${lang}`).toBeGreaterThan(0);
    for (const lang of LANGS) expect(LABELS[lang].length, lang).toBeGreaterThanOrEqual(4);
  });

  it('names a card by its heading in any language, ignoring case and spacing', () => {
    expect(['Formação acadêmica', 'BERUFSERFAHRUNG', ' 学歴 ', 'Umiejętności', 'Lisensi & sertifikasi'].map(kindOfHeading)).toEqual([
      'education',
      'experience',
      'education',
      'skills',
      'certifications',
    ]);
    expect(kindOfHeading('Activity')).toBeUndefined();
  });

  it.skipIf(!existsSync(FIXTURES_DIR))('every word marked as seen is on the saved page it names', () => {
    for (const [entry, page] of Object.entries(SEEN)) {
      const word = entry.slice(entry.indexOf(':') + 1).replace(/&/g, '&amp;');
      // A whole element's text, not a part of a longer one (a boolean: the pages are too big to print).
      const shown = new RegExp(`>\\s*${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*<`).test(readFileSync(`${FIXTURES_DIR}/pages/${page}`, 'utf8'));
      expect(shown, `${entry} on ${page}`).toBe(true);
    }
  });
});

describe('isChrome', () => {
  it.each(['Endorsed by 2 colleagues at Example', '14 endorsements', 'Show all 12 experiences', '…see more', 'Ana Example · 2nd', '3rd+', 'Follow', 'Nachricht', 'フォロー'])(
    '"%s" is interface text',
    (text) => expect(isChrome(text)).toBe(true),
  );
  it.each(['Message Queues', 'Follow Up Boss', 'More Than Code', 'Connected Cars', 'Kubernetes'])('"%s" is data', (text) => {
    expect(isChrome(text)).toBe(false);
    expect(isInterfaceLabel(text)).toBe(false);
  });
});
