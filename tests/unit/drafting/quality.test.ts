import { describe, expect, it } from 'vitest';
import { boundedAsk, CHECK_IDS, checkDraft, ownWordsUsed, type Check, type DraftContext } from '../../../utils/drafting/quality';
import { DESIGN_GOALS, loadProfile, MANAGEMENT_GOALS, profile, role } from './helpers';

const dana = loadProfile('engineering-manager');
const context = (extra: Partial<DraftContext> = {}): DraftContext => ({ profile: dana, goals: MANAGEMENT_GOALS, channel: 'connection-note', ...extra });
const GOOD =
  "Hi Dana, I'd love to hear about your role at Acme. I'm hoping to move from backend engineering into engineering management. Would you be open to a 20-minute call? Thanks, Sam";

function check(id: Check['id'], text: string, extra: Partial<DraftContext> = {}, subject?: string): Check {
  return checkDraft({ text, subject }, context(extra)).find((c) => c.id === id)!;
}

describe('checkDraft', () => {
  it('returns exactly the eight checks in order', () => {
    expect(checkDraft({ text: GOOD }, context()).map((c) => c.id)).toEqual([...CHECK_IDS]);
    expect([...CHECK_IDS]).toEqual(['fact', 'goal', 'ask', 'limit', 'placeholder', 'not-generic', 'link', 'wording']);
  });

  it('passes a good draft on every check, each with a message', () => {
    const checks = checkDraft({ text: GOOD }, context());
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    for (const c of checks) expect(c.message.length).toBeGreaterThan(5);
  });
});

describe('fact', () => {
  it("passes on the profile's own distinctive words: company, skill, school, About phrase", () => {
    expect(check('fact', 'Your work at Acme.')).toMatchObject({ ok: true, message: 'Mentions "Acme" from their profile.' });
    expect(check('fact', 'I use Kubernetes daily.').ok).toBe(true);
    expect(check('fact', 'Also went to the University of Sheffield!').ok).toBe(true);
    expect(check('fact', 'Your note on payments infrastructure.').ok).toBe(true);
    expect(check('fact', "Acme's platform team").ok).toBe(true);
  });

  it('fails on a name alone or generic words, saying what to mention', () => {
    const byName = check('fact', 'Hi Dana Whitfield, I would like your advice as an engineering manager.');
    expect(byName.ok).toBe(false);
    expect(byName.message).toMatch(/^Mention something specific from their profile, for example your /);
  });

  it('fails for a profile with nothing beyond a name, asking for the mentee\'s own words', () => {
    const pat = loadProfile('name-only');
    const result = check('fact', 'Hi Pat, I hope to move into management. A 20-minute call?', { profile: pat });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/nothing specific beyond a name.*your own words/);
  });

  it("passes on the mentee's own specific words when they are in the draft", () => {
    const pat = loadProfile('name-only');
    const admiration = 'your talk at LeadDev on running incident reviews';
    expect(check('fact', `Hi Pat, I'd love to hear about ${admiration}.`, { profile: pat, admiration }).ok).toBe(true);
    // Not when the words are missing from the draft, nor when they are praise only.
    expect(check('fact', 'Hi Pat, hello.', { profile: pat, admiration }).ok).toBe(false);
    expect(ownWordsUsed('your amazing career', 'your amazing career')).toBe(false);
  });
});

describe('goal', () => {
  it("passes when the draft names the mentee's goal", () => {
    expect(check('goal', "I'm hoping to move from backend engineering into management.").ok).toBe(true);
    expect(check('goal', 'Advice on leading a team for the first time would help.').ok).toBe(true);
  });

  it("fails when only the mentor's own title carries the goal words", () => {
    const result = check('goal', "I'd love to hear about your role as engineering manager at Acme.");
    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      'Say what you are hoping for, in the words of your goal, for example "I\'m hoping to move from backend engineering into engineering management."',
    );
  });
});

describe('ask', () => {
  it.each(['a 20-minute call', '20 minutes of your time', 'half an hour', 'a 15-min chat', 'one question', 'a short call', 'a coffee chat', 'a couple of questions', 'an hour'])(
    'passes on "%s"',
    (phrase) => expect(check('ask', `Could we do ${phrase}?`).ok).toBe(true),
  );

  it.each(['Would you mentor me?', 'Can we talk sometime?', 'Let me know your thoughts.'])('fails on "%s" with an example', (text) => {
    const result = check('ask', text);
    expect(result.ok).toBe(false);
    expect(result.message).toBe('Ask for something small with a clear bound, for example "Would you be open to a 20-minute call?"');
  });

  it('finds the bounded part', () => expect(boundedAsk('Open to a 20-min call?')).toBe('20-min'));
});

describe('limit', () => {
  it('passes within the connection-note limit, fails over it with the count and the Premium hint', () => {
    expect(check('limit', 'x'.repeat(200))).toMatchObject({ ok: true, message: 'Fits: 200 of 200 characters.' });
    const over = check('limit', 'x'.repeat(203));
    expect(over.ok).toBe(false);
    expect(over.message).toBe('3 characters over the 200-character limit for a connection note (300 with Premium). Use "Make it fit" or cut a sentence.');
    expect(check('limit', 'x'.repeat(203), { premium: true }).ok).toBe(true);
    expect(check('limit', 'x'.repeat(301), { premium: true }).message).toMatch(/^1 character over the 300-character limit for a connection note\. /);
  });

  it('only nudges a long LinkedIn message', () => {
    const long = check('limit', 'x'.repeat(450), { channel: 'message' });
    expect(long.ok).toBe(true);
    expect(long.message).toMatch(/longer than the 400 we suggest/);
    expect(check('limit', 'x'.repeat(100), { channel: 'message' }).message).toBe('Fits: 100 of the 400 characters we suggest for a LinkedIn message.');
  });

  it('checks the InMail body and subject, and asks for a subject where one is needed', () => {
    expect(check('limit', 'x'.repeat(1900), { channel: 'inmail' }, 'Subject').ok).toBe(true);
    expect(check('limit', 'x'.repeat(1901), { channel: 'inmail' }, 'Subject').ok).toBe(false);
    expect(check('limit', 'hi', { channel: 'inmail' }, 's'.repeat(201))).toMatchObject({ ok: false, message: 'The subject is 1 character over its 200-character limit: shorten it.' });
    expect(check('limit', 'hi', { channel: 'inmail' }, '  ')).toMatchObject({ ok: false, message: 'Add a subject line: an InMail needs one.' });
    expect(check('limit', 'hi', { channel: 'email' })).toMatchObject({ ok: false, message: 'Add a subject line: an email without one is easy to skip.' });
    expect(check('limit', 'x'.repeat(5000), { channel: 'email' }, 'Hello')).toMatchObject({ ok: true, message: '5000 characters; an email has no length limit.' });
  });
});

describe('placeholder', () => {
  it('fails on {variables} and [bracket placeholders] in the text or subject', () => {
    expect(check('placeholder', 'Hi {firstName}, about [your company]')).toMatchObject({ ok: false, message: 'Replace {firstName}, [your company] with real words.' });
    expect(check('placeholder', 'Hi Dana', { channel: 'email' }, 'About {company}').ok).toBe(false);
  });

  it('passes on plain text and Markdown links', () => {
    expect(check('placeholder', 'Hi Dana, see [my post](https://example.org).')).toMatchObject({ ok: true, message: 'No placeholders left.' });
  });
});

describe('not-generic', () => {
  it('fails on praise alone, saying what to use instead', () => {
    const result = check('not-generic', 'Hi Dana, your career is amazing and so inspiring! Would you mentor me?');
    expect(result.ok).toBe(false);
    expect(result.message).toBe('"amazing" is praise anyone could get. Say what specifically draws you to them instead, for example your move from senior backend engineer at Globex Payments to engineering manager at Acme.');
    expect(check('not-generic', 'I admire your impressive career.').ok).toBe(false);
  });

  it('passes praise tied to a fact, and drafts without praise', () => {
    expect(check('not-generic', 'I admire how you grew the platform team at Acme.')).toMatchObject({ ok: true, message: 'Praise is tied to something specific.' });
    expect(check('not-generic', GOOD)).toMatchObject({ ok: true, message: 'No empty praise.' });
  });

  it('does not count "I\'d love to hear about" as praise, nor a placeholder named {admiration}', () => {
    expect(check('not-generic', "I'd love to hear about your time at Globex.").ok).toBe(true);
    expect(check('not-generic', 'Hi {admiration}').ok).toBe(true);
  });

  it('suggests the mentee\'s own words when the profile has no facts', () => {
    const pat = profile({ name: 'Pat Okafor' });
    expect(check('not-generic', 'You are an inspiring leader.', { profile: pat, goals: DESIGN_GOALS }).message).toMatch(/a talk, a post or a project of theirs/);
  });
});

describe('names and generic titles', () => {
  it('does not count generic title words as a fact', () => {
    const person = profile({ name: 'Lee Park', experience: [role('Senior Software Engineer', 'Freelance')] });
    expect(check('fact', 'Hi Lee, as a senior software engineer you would know.', { profile: person }).ok).toBe(false);
  });
});
