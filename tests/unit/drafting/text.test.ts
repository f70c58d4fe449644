import { describe, expect, it } from 'vitest';
import { cutOnWord, isDistinctiveWord, isGenericPhrase, mentionsPhrase, sentenceSpans, stem, stripDangling, tidyWhitespace, words } from '../../../utils/drafting/text';

describe('text helpers', () => {
  it('stem word families to the same stem', () => {
    expect(new Set(['manage', 'manager', 'management', 'managing'].map(stem)).size).toBe(1);
    expect(new Set(['engineer', 'engineers', 'engineering'].map(stem)).size).toBe(1);
    expect(new Set(['lead', 'leading', 'leader', 'leadership'].map(stem)).size).toBe(1);
  });

  it('split words in any script, dropping possessives', () => {
    expect(words("Acme's Zoë 北辰科技 C++")).toEqual(['acme', 'zoe', '北辰科技', 'c++']);
  });

  it('match phrases word for word up to plurals and case, never inside a word', () => {
    expect(mentionsPhrase('I loved your platform teams talk', 'Platform team')).toBe(true);
    expect(mentionsPhrase('Acmeville is nice', 'Acme')).toBe(false);
    expect(mentionsPhrase('anything', '')).toBe(false);
  });

  it('know generic and distinctive words', () => {
    expect(isGenericPhrase('Senior Software Engineer')).toBe(true);
    expect(isGenericPhrase('Kubernetes')).toBe(false);
    expect(isDistinctiveWord('time')).toBe(false);
    expect(isDistinctiveWord('payments')).toBe(true);
  });

  it('split a draft into sentences, with the greeting on its own', () => {
    expect(sentenceSpans('Hi Dana, I read it. Could we talk?\n\nThanks,\nSam').map((s) => s.text)).toEqual(['Hi Dana,', 'I read it.', 'Could we talk?', 'Thanks,', 'Sam']);
  });

  it('cut on word boundaries without dangling words or punctuation', () => {
    expect(cutOnWord('I am hoping to move into management soon', 30, '.')).toBe('I am hoping to move.');
    expect(stripDangling('We build tools for the')).toBe('We build tools');
    expect(stripDangling('Platform, and —')).toBe('Platform');
  });

  it('tidy whitespace left by empty variables', () => {
    expect(tidyWhitespace('Hi Dana,\n\n  I read it .\n\n\n\nThanks')).toBe('Hi Dana,\n\nI read it.\n\nThanks');
  });
});
