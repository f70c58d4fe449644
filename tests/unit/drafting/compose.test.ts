import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../utils/drafting/channels';
import { composeDraft, defaultDraft, draftValues, fitSubject, makeItFit } from '../../../utils/drafting/compose';
import { extractFacts } from '../../../utils/drafting/facts';
import { allPass, checkDraft } from '../../../utils/drafting/quality';
import { ALL_GOALS, DESIGN_GOALS, expectDefaultDraftsPass, goals, GROWTH_GOALS, loadProfile, MANAGEMENT_GOALS, profile, role } from './helpers';

const dana = loadProfile('engineering-manager');
const withMe = goals({ me: { name: 'Sam', intro: 'a backend engineer at Globex' } });

describe('defaultDraft', () => {
  it('writes the connection note from the brief: greeting, fact, goal, ask, within 200', () => {
    const draft = defaultDraft(dana, MANAGEMENT_GOALS, 'connection-note');
    expect(draft.text).toBe(
      "Hi Dana, I'd love to hear about your role as Engineering Manager, Platform at Acme. I'm hoping to move from backend engineering into engineering management. Open to a 20-min call? Thanks!",
    );
    expect(draft.text.length).toBeLessThanOrEqual(200);
    expect(draft.subject).toBe('');
    expect(draft.factIds[0]).toBe('role:0');
    expect(draft.templateId).toBe('builtin-connection-note');
    expect(draft.shortened).toEqual(['second-fact', 'ask']);
    expect(allPass(draft.checks)).toBe(true);
  });

  it('writes a message with two facts, the goal, the help and the ask, signed with the name', () => {
    const draft = defaultDraft(dana, withMe, 'message');
    expect(draft.factIds).toHaveLength(2);
    expect(draft.text).toBe(
      [
        'Hi Dana,',
        '',
        "I'm a backend engineer at Globex. I'd love to hear about your role as Engineering Manager, Platform at Acme and how you spent eight years as a backend engineer working on payments infrastructure.",
        '',
        "I'm hoping to move from backend engineering into engineering management. I'd especially value advice on leading a team for the first time.",
        '',
        'Would you be open to a 20-minute call?',
        '',
        'Thanks,',
        'Sam',
      ].join('\n'),
    );
    expect(draft.text.length).toBeLessThanOrEqual(400);
    expect(allPass(draft.checks)).toBe(true);
  });

  it('gives InMail and email a subject from the goal', () => {
    for (const channel of ['inmail', 'email'] as const) {
      const draft = defaultDraft(dana, MANAGEMENT_GOALS, channel);
      expect(draft.subject).toBe('Advice on how to move from backend engineering into engineering management');
      expect(draft.text).toContain("No worries");
    }
  });

  it('passes every check for every invented profile with a fact, on every channel, free and Premium', () => {
    for (const name of ['engineering-manager', 'headline-only', 'personal-site', 'long-fields', 'extract-output']) {
      const person = loadProfile(name);
      expect(extractFacts(person).length).toBeGreaterThan(0);
      expectDefaultDraftsPass(person, ALL_GOALS, CHANNELS, false);
      expectDefaultDraftsPass(person, ALL_GOALS, ['connection-note'], true);
    }
  });

  it('uses the extra Premium room to keep more of the draft', () => {
    const person = loadProfile('long-fields');
    const free = defaultDraft(person, MANAGEMENT_GOALS, 'connection-note');
    const premium = defaultDraft(person, MANAGEMENT_GOALS, 'connection-note', { premium: true });
    expect(free.text.length).toBeLessThanOrEqual(200);
    expect(premium.text.length).toBeLessThanOrEqual(300);
    expect(premium.text.length).toBeGreaterThan(free.text.length);
    expect(premium.text).toContain('into engineering management');
    expect(free.shortened).toContain('sentences');
    expect(premium.shortened).not.toContain('sentences');
  });

  it('leaves {admiration} to fill, and says so, for a profile with nothing beyond a name', () => {
    const draft = defaultDraft(loadProfile('name-only'), MANAGEMENT_GOALS, 'connection-note');
    expect(draft.factIds).toEqual([]);
    expect(draft.text).toContain('{admiration}');
    expect(draft.error).toBe('Fill in {admiration}: tick a fact from their profile, or say in your own words why you are writing to them');
    const failing = draft.checks.filter((c) => !c.ok).map((c) => c.id);
    expect(failing).toEqual(['fact', 'placeholder']);
    expect(draft.checks[0]!.message).toMatch(/own words/);
  });

  it("uses the mentee's own words, and then passes for a profile with nothing beyond a name", () => {
    const admiration = 'your talk at LeadDev on running incident reviews';
    const draft = defaultDraft(loadProfile('name-only'), MANAGEMENT_GOALS, 'connection-note', { admiration });
    expect(draft.text).toContain(`I'd love to hear about ${admiration}.`);
    expect(draft.admiration).toBe(admiration);
    expect(draft.checks.filter((c) => !c.ok)).toEqual([]);
  });
});

describe('composeDraft', () => {
  it('uses exactly the ticked facts, in order', () => {
    const draft = composeDraft(dana, MANAGEMENT_GOALS, 'message', { factIds: ['skill:kubernetes', 'education:0'] });
    expect(draft.text).toContain("I'd love to hear about your work with Kubernetes and your studies in Computer Science at University of Sheffield.");
    expect(draft.factIds).toEqual(['skill:kubernetes', 'education:0']);
  });

  it('uses a chosen template and reports variables this profile cannot fill', () => {
    const template = { id: 'mine', name: 'Mine', channel: 'any' as const, subject: '', body: 'Hi {firstName}, how is {role} at {company}? {admiration} {goal} {ask}', builtIn: false, updatedAt: '2026-01-01T00:00:00.000Z' };
    const person = profile({ name: 'Ana Souza', headline: 'Keynote speaker on distributed tracing' });
    const draft = composeDraft(person, MANAGEMENT_GOALS, 'message', { templateId: 'mine', templates: [template], factIds: [] });
    expect(draft.templateId).toBe('mine');
    expect(draft.error).toContain('Fill in {company}: this profile has no company');
    expect(draft.error).toContain('Fill in {role}: this profile has no current role');
    expect(draft.error).toContain('Fill in {admiration}');
    expect(draft.checks.find((c) => c.id === 'placeholder')!.ok).toBe(false);
  });

  it('falls back to the built-in template for an unknown template id', () => {
    expect(composeDraft(dana, MANAGEMENT_GOALS, 'inmail', { templateId: 'gone', factIds: ['role:0'] }).templateId).toBe('builtin-inmail');
  });

  it('phrases every ask format', () => {
    expect(defaultDraft(dana, DESIGN_GOALS, 'message').text).toContain('Would you be open to a couple of questions over message?');
    expect(defaultDraft(dana, GROWTH_GOALS, 'email').text).toContain('Would you be open to a 45-minute meeting every other week?');
  });
});

describe('draftValues', () => {
  it('fills names, current company and role, goal, help, ask and the mentee', () => {
    const values = draftValues(dana, withMe, []);
    expect(values).toMatchObject({
      firstName: 'Dana',
      fullName: 'Dana Whitfield',
      company: 'Acme',
      role: 'Engineering Manager, Platform',
      admiration: '',
      goal: 'move from backend engineering into engineering management',
      help: "I'd especially value advice on leading a team for the first time.",
      ask: 'Would you be open to a 20-minute call?',
      myName: 'Sam',
      myIntro: "I'm a backend engineer at Globex.",
    });
  });

  it('has no role or company for someone whose last role ended', () => {
    const person = profile({ experience: [role('CTO', 'Initech', { end: '2019' })] });
    expect(draftValues(person, MANAGEMENT_GOALS, [])).toMatchObject({ role: '', company: '' });
  });
});

describe('makeItFit', () => {
  it("shortens the mentee's own edit to the channel, keeping the fact, goal and ask", () => {
    const context = { profile: dana, goals: MANAGEMENT_GOALS, channel: 'connection-note' as const };
    const edited =
      "Hi Dana, I hope this finds you well. I'd love to hear about your role as Engineering Manager, Platform at Acme. I'm hoping to move from backend engineering into engineering management, and I'd especially value advice on leading a team for the first time. Would you be open to a 20-minute call sometime? Thanks so much, Sam";
    const fitted = makeItFit({ text: edited }, context);
    expect(fitted.text.length).toBeLessThanOrEqual(200);
    const checks = checkDraft({ text: fitted.text }, context);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
  });

  it('returns text that fits, or has no limit, unchanged', () => {
    const context = { profile: dana, goals: MANAGEMENT_GOALS, channel: 'email' as const };
    const long = 'word '.repeat(500).trim();
    expect(makeItFit({ text: long, subject: 'Hi' }, context)).toEqual({ text: long, subject: 'Hi', steps: [] });
  });

  it('brings the subject within its limit', () => {
    expect(fitSubject('word '.repeat(60), 200).length).toBeLessThanOrEqual(200);
    expect(fitSubject('  short   subject ', null)).toBe('short subject');
  });
});
