// The one rule for a text edited in two places at once (issue #9, item 5).
import { describe, expect, it } from 'vitest';
import { BOTH_KEPT_MARK, resolveTextEdit } from '../../../utils/tracking/edit-conflict';

describe('resolveTextEdit', () => {
  it('saves the edit when nobody else saved since it started', () => {
    expect(resolveTextEdit({ base: 'Met at a meetup.', mine: 'Met at a meetup. Likes Go.', stored: 'Met at a meetup.' })).toEqual({ text: 'Met at a meetup. Likes Go.', conflict: false });
  });

  it('is no conflict when both places arrived at the same text', () => {
    expect(resolveTextEdit({ base: 'a', mine: 'b', stored: 'b' })).toEqual({ text: 'b', conflict: false });
  });

  it('keeps what the other place saved when this editor changed nothing', () => {
    expect(resolveTextEdit({ base: 'a', mine: 'a', stored: 'a, then more from the other tab' })).toEqual({ text: 'a, then more from the other tab', conflict: false });
  });

  it('keeps both texts, the stored one first, when both changed it (the two-tab case)', () => {
    const outcome = resolveTextEdit({ base: '', mine: 'Typed in tab B.', stored: 'Typed in tab A.' });
    expect(outcome).toEqual({ text: `Typed in tab A.\n\n${BOTH_KEPT_MARK}\nTyped in tab B.`, conflict: true });
  });

  it('keeps both when both changed a text that had content', () => {
    const { text, conflict } = resolveTextEdit({ base: 'Intro by Sam.', mine: 'Intro by Sam. Ask about hiring.', stored: 'Intro by Sam Lee.' });
    expect(conflict).toBe(true);
    expect(text).toContain('Intro by Sam Lee.');
    expect(text).toContain('Intro by Sam. Ask about hiring.');
  });

  it('keeps the only text with words when one side emptied it, and still says there was a conflict', () => {
    expect(resolveTextEdit({ base: 'old', mine: '', stored: 'new elsewhere' })).toEqual({ text: 'new elsewhere', conflict: true });
    expect(resolveTextEdit({ base: 'old', mine: 'new here', stored: '  ' })).toEqual({ text: 'new here', conflict: true });
  });

  it('never loses either side: every conflict result contains both non-empty texts', () => {
    const samples = ['', 'a', 'b', 'a b', 'line one\nline two', '  padded  '];
    for (const base of samples)
      for (const mine of samples)
        for (const stored of samples) {
          const { text } = resolveTextEdit({ base, mine, stored });
          if (mine !== base && mine.trim()) expect(text, JSON.stringify({ base, mine, stored })).toContain(mine.trim());
          if (stored !== base && stored.trim()) expect(text, JSON.stringify({ base, mine, stored })).toContain(stored.trim());
        }
  });
});
