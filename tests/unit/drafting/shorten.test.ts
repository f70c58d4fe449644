import { describe, expect, it } from 'vitest';
import { compressPhrasing, hardTrim, shortenToFit } from '../../../utils/drafting/shorten';
import { boundedAsk } from '../../../utils/drafting/quality';
import { cutOnWord, words } from '../../../utils/drafting/text';

const INTRO = "I'm a backend engineer at Globex.";
const FACT_A = 'your role as Engineering Manager at Acme';
const FACT_B = 'your work with Kubernetes';
const HELP = "I'd especially value advice on leading a team for the first time.";
const ASK = 'Would you be open to a 20-minute call?';
const DRAFT = `Hi Dana, ${INTRO} I'd love to hear about ${FACT_A} and ${FACT_B}. I'm hoping to move from backend engineering into engineering management. ${HELP} ${ASK} Thanks, Sam`;
const HINTS = {
  intro: INTRO,
  extraFacts: [FACT_B],
  rewordings: [[FACT_A, 'your work at Acme']] as Array<[string, string]>,
  optional: [HELP],
  mustKeep: (t: string) => /Acme/.test(t) && boundedAsk(t) !== null && /move/.test(t),
};

/** Every word of the result is a whole word of the input: nothing was cut mid-word. */
function expectWholeWords(result: string, input: string) {
  const inputWords = new Set(words(input));
  for (const w of words(result)) expect(inputWords.has(w), `"${w}" in "${result}"`).toBe(true);
}

describe('shortenToFit', () => {
  it('leaves text that fits alone', () => {
    expect(shortenToFit(DRAFT, 1000, HINTS)).toEqual({ text: DRAFT, steps: [], fits: true });
  });

  it('drops the intro first', () => {
    const result = shortenToFit(DRAFT, DRAFT.length - INTRO.length, HINTS);
    expect(result.steps).toEqual(['intro']);
    expect(result.text).toBe(DRAFT.replace(`${INTRO} `, ''));
  });

  it('then the second fact, keeping the first', () => {
    const result = shortenToFit(DRAFT, DRAFT.length - INTRO.length - 20, HINTS);
    expect(result.steps).toEqual(['intro', 'second-fact']);
    expect(result.text).toContain(`I'd love to hear about ${FACT_A}.`);
    expect(result.text).not.toContain('Kubernetes');
  });

  it('then compresses the ask, then drops optional sentences, then cuts sentences: always keeping the fact and the ask', () => {
    for (let limit = 200; limit >= 100; limit -= 5) {
      const result = shortenToFit(DRAFT, limit, HINTS);
      expect(result.fits).toBe(true);
      expect(result.text.length).toBeLessThanOrEqual(limit);
      expect(result.text).toContain('Acme');
      expect(boundedAsk(result.text), result.text).not.toBeNull();
      expect(result.steps).not.toContain('hard-trim');
      expectWholeWords(result.text, DRAFT + ' your work at Acme Open 20-min few');
    }
    const result = shortenToFit(DRAFT, 200, HINTS);
    expect(result.steps.slice(0, 3)).toEqual(['intro', 'second-fact', 'ask']);
    expect(result.text).toContain('Open to a 20-min call?');
  });

  it('cuts a sentence before a joining word rather than mid-phrase', () => {
    const result = shortenToFit(DRAFT, 130, HINTS);
    expect(result.text).toContain("I'm hoping to move from backend engineering.");
  });

  it('lets the sign-off go before the ask', () => {
    const result = shortenToFit(DRAFT, 95, HINTS);
    expect(result.text).toBe("Hi Dana, I'd love to hear about your work at Acme. I'm hoping to move. Open to a 20-min call?");
    expect(result.steps).not.toContain('hard-trim');
  });

  it('hard-trims as a last resort, on a word boundary with no dangling punctuation', () => {
    const result = shortenToFit(DRAFT, 40, HINTS);
    expect(result.steps.at(-1)).toBe('hard-trim');
    expect(result.text.length).toBeLessThanOrEqual(40);
    expect(result.text).toMatch(/[.!?]$/);
    expect(result.text).not.toMatch(/[,;:\-–—]\.?$/);
    expect(result.text).not.toMatch(/\b(?:and|the|a|to|of)\.$/i);
    expectWholeWords(result.text, DRAFT + ' your work at Acme Open 20-min few');
  });

  it('works without hints, keeping the greeting', () => {
    const text = 'Hi Dana,\n\nFirst sentence that is fairly long and says little. Second sentence about Acme platform work.\n\nWould you be open to a 20-minute call?\n\nThanks,\nSam';
    const result = shortenToFit(text, 100);
    expect(result.text.length).toBeLessThanOrEqual(100);
    expect(result.text.startsWith('Hi Dana,')).toBe(true);
  });

  it('keeps the paragraph layout of a message', () => {
    const text = "Hi Dana,\n\nI'd love to hear about your time at Acme. No worries if the timing doesn't work.\n\nWould you be open to a 20-minute call?\n\nThanks,\nSam";
    const result = shortenToFit(text, text.length - 40);
    expect(result.steps).toEqual(['ask', 'optional-sentences']);
    expect(result.text).toBe("Hi Dana,\n\nI'd love to hear about your time at Acme.\n\nOpen to a 20-min call?\n\nThanks,\nSam");
  });
});

describe('compressPhrasing', () => {
  it('compresses the ask and common phrasings', () => {
    expect(compressPhrasing('Would you be open to a 20-minute call?')).toBe('Open to a 20-min call?');
    expect(compressPhrasing('Would you be open to a couple of questions over message?')).toBe('Open to a few questions?');
    expect(compressPhrasing('I am hoping I would get 30 minutes. Thank you')).toBe("I'm hoping I'd get 30 min. Thanks");
  });
});

describe('hardTrim and cutOnWord', () => {
  it('never cut inside a word and drop dangling words and punctuation', () => {
    expect(hardTrim('Hello there, and welcome to the team', 20)).toBe('Hello there.');
    expect(cutOnWord('Engineering management', 12)).toBe('Engineering');
    expect(cutOnWord('Supercalifragilistic', 5)).toBe('');
    expect(hardTrim('short', 20)).toBe('short');
  });
});
