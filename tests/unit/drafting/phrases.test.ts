import { describe, expect, it } from 'vitest';
import { admirationSentence, askPhrase, askSentence, firstNameOf, goalPhrase, helpSentence, introSentence, joinPhrases, shortGoalPhrase } from '../../../utils/drafting/phrases';

describe('firstNameOf', () => {
  it.each([
    ['Dana Whitfield', 'Dana'],
    ['Dr. Dana Whitfield, PhD', 'Dana'],
    ['J. Robert Smith', 'Robert'],
    ['Prof Ada Lovelace', 'Ada'],
    ['Zoë 🌱 Martin', 'Zoë'],
    ['Cher', 'Cher'],
    ['', ''],
  ])('%s → %s', (name, first) => expect(firstNameOf(name)).toBe(first));
});

describe('goalPhrase', () => {
  it.each([
    ['move from backend engineering into engineering management', 'move from backend engineering into engineering management'],
    ['I want to move into management.', 'move into management'],
    ["I'd like to become a staff engineer", 'become a staff engineer'],
    ['Moving into product management', 'move into product management'],
    ['Engineering management', 'work on engineering management'],
    ['Career growth', 'work toward career growth'],
    ['A career in UX research. Also more pay.', 'work toward a career in UX research'],
    ['To Learn Rust', 'learn Rust'],
  ])('%s → %s', (summary, phrase) => expect(goalPhrase(summary)).toBe(phrase));

  it('cuts a long goal on a word boundary for subjects', () => {
    const short = shortGoalPhrase('move from backend engineering into engineering management at a company that cares about people', 60);
    expect(short.length).toBeLessThanOrEqual(60);
    expect(short).toBe('move from backend engineering into engineering management');
  });
});

describe('helpSentence', () => {
  it.each([
    ['advice on leading a team for the first time', "I'd especially value advice on leading a team for the first time."],
    ['leading a team', "I'd especially value advice on leading a team."],
    ['feedback on my portfolio.', "I'd especially value feedback on my portfolio."],
    ["I'm looking for career advice", "I'd especially value career advice."],
    ['learn how to run 1:1s', "I'd especially value your help to learn how to run 1:1s."],
    ['I mostly need help with hiring', 'I mostly need help with hiring.'],
    ['', ''],
  ])('%s', (helpWanted, sentence) => expect(helpSentence({ helpWanted })).toBe(sentence));
});

describe('askPhrase and askSentence', () => {
  it.each([
    [{ format: 'call', minutes: 20 }, 'a 20-minute call'],
    [{ format: 'call' }, 'a short call'],
    [{ format: 'meeting', minutes: 30, frequency: 'monthly' }, 'a monthly 30-minute meeting'],
    [{ format: 'call', frequency: 'monthly' }, 'a short monthly call'],
    [{ format: 'call', minutes: 15, frequency: 'every other week' }, 'a 15-minute call every other week'],
    [{ format: 'call', minutes: 8 }, 'an 8-minute call'],
    [{ format: 'meeting', minutes: 45, frequency: 'once' }, 'a 45-minute meeting'],
    [{ format: 'message' }, 'a couple of questions over message'],
    [{ format: 'email', frequency: 'quarterly' }, 'a couple of questions by email, quarterly'],
  ] as const)('%j → %s', (ask, phrase) => expect(askPhrase(ask)).toBe(phrase));

  it('asks as a question', () => {
    expect(askSentence({ format: 'call', minutes: 20 })).toBe('Would you be open to a 20-minute call?');
  });
});

describe('introSentence', () => {
  it.each([
    ['a backend engineer at Globex', "I'm a backend engineer at Globex."],
    ["I'm a backend engineer at Globex", "I'm a backend engineer at Globex."],
    ['Backend engineer at Globex, five years in.', 'Backend engineer at Globex, five years in.'],
    ['', ''],
  ])('%s', (intro, sentence) => expect(introSentence(intro)).toBe(sentence));
});

describe('admirationSentence', () => {
  const a = { text: 'your role as Engineering Manager at Acme' };
  const b = { text: 'your work with Kubernetes' };
  it('frames one or two facts', () => {
    expect(admirationSentence([a])).toBe("I'd love to hear about your role as Engineering Manager at Acme.");
    expect(admirationSentence([a, b])).toBe("I'd love to hear about your role as Engineering Manager at Acme and your work with Kubernetes.");
  });
  it("uses the mentee's own words as a sentence or as a phrase", () => {
    expect(admirationSentence([], 'Your talk on platform teams at LeadDev changed how I plan')).toBe('Your talk on platform teams at LeadDev changed how I plan.');
    expect(admirationSentence([], 'your talk on platform teams')).toBe("I'd love to hear about your talk on platform teams.");
    expect(admirationSentence([a], 'your talk on platform teams')).toBe("I'd love to hear about your talk on platform teams and your role as Engineering Manager at Acme.");
    expect(admirationSentence([a], 'I read your post on on-call.')).toBe("I read your post on on-call. I'd love to hear about your role as Engineering Manager at Acme.");
  });
  it('is empty with neither', () => expect(admirationSentence([])).toBe(''));
  it('joins phrases', () => expect(joinPhrases(['a', 'b', 'c'])).toBe('a, b and c'));
});
