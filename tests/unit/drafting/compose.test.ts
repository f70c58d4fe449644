// The engine end to end on invented profiles: alternatives best first, each on a different fact,
// the mentee's own reason in every one, the ask in the channel's own words, and no copyable draft
// when nothing on the profile relates to the goal.
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../utils/drafting/channels';
import { composeDraft, defaultDraft, draftAlternatives, ENGINE_TEMPLATE_ID, makeItFit } from '../../../utils/drafting/compose';
import { extractFacts } from '../../../utils/drafting/facts';
import { allPass, checkDraft } from '../../../utils/drafting/quality';
import { ALL_GOALS, DESIGN_GOALS, goals, loadProfile, MANAGEMENT_GOALS, profile, role } from './helpers';

const SAM = goals({ me: { name: 'Sam', intro: 'backend engineer at a logistics start-up' } });
const dana = loadProfile('engineering-manager');

describe('draftAlternatives', () => {
  it('writes three alternatives, best first, on different facts or angles, each passing every check', () => {
    for (const channel of CHANNELS) {
      const drafts = draftAlternatives(dana, SAM, channel);
      expect(drafts).toHaveLength(3);
      expect(new Set(drafts.map((d) => d.text)).size).toBe(3);
      for (const d of drafts) expect(d.templateId).toBe(ENGINE_TEMPLATE_ID);
      expect(drafts[0]!.checks.filter((c) => !c.ok), drafts[0]!.text).toEqual([]);
    }
  });

  it('ties the fact to the goal and opens the email with a proper sentence from the introduction', () => {
    const email = defaultDraft(dana, SAM, 'email');
    expect(email.text).toMatch(/^Hi Dana,\n\nI'm Sam, a backend engineer at a logistics start-up\. /);
    expect(email.text).toContain('went from senior backend engineer at Globex Payments to engineering manager at Acme');
    expect(email.text).toMatch(/the kind of move I'm hoping to make|just the step I'm trying to take/);
    expect(email.text).toMatch(/Thank you for reading,\nSam$/);
    expect(email.subject).toBe('Advice on moving from backend engineering into engineering management');
  });

  it('asks in each channel\'s own terms', () => {
    const byEmail = goals({ ask: { format: 'email' } });
    expect(defaultDraft(dana, byEmail, 'connection-note').text).toMatch(/(?:two short questions by email|email you two short questions)\?/);
    expect(defaultDraft(dana, byEmail, 'email').text).toMatch(/Would you mind if I sent you two short questions\?/);
    const byMessage = goals({ ask: { format: 'message' } });
    expect(defaultDraft(dana, byMessage, 'message').text).toMatch(/a question or two here\?/);
    expect(defaultDraft(dana, byMessage, 'email').text).not.toMatch(/over message|here\?/);
    expect(defaultDraft(dana, goals({ ask: { format: 'call', minutes: 30, frequency: 'monthly' } }), 'email').text).toMatch(/30-minute call, perhaps monthly\?/);
  });

  it('keeps a connection note within 200 characters (300 with Premium) without cutting a sentence', () => {
    expect(defaultDraft(dana, MANAGEMENT_GOALS, 'connection-note').copyable).toBe(true);
    for (const g of ALL_GOALS) {
      for (const premium of [false, true]) {
        const note = defaultDraft(dana, g, 'connection-note', { premium });
        if (!note.copyable) continue;
        expect(note.text.length).toBeLessThanOrEqual(premium ? 300 : 200);
        expect(note.text).toMatch(/[?!.]$|Thanks, \w+$/);
      }
    }
  });

  it("uses the mentee's own reason in every alternative", () => {
    const reason = 'your talk on blameless postmortems at a meetup last spring';
    for (const channel of CHANNELS) {
      for (const d of draftAlternatives(dana, SAM, channel, { reason })) {
        expect(d.text).toContain('blameless postmortems');
        expect(d.admiration).toBe(reason);
      }
    }
  });

  it('makes no copyable draft when nothing on the profile relates to the goal, and says what to add', () => {
    const gardener = profile({ name: 'Robin Example', experience: [role('Head Gardener', 'Kew Estates')] });
    const [draft, ...rest] = draftAlternatives(gardener, SAM, 'email');
    expect(rest).toEqual([]);
    expect(draft).toMatchObject({ text: '', copyable: false });
    const link = draft!.checks.find((c) => c.id === 'link')!;
    expect(link.ok).toBe(false);
    expect(link.message).toMatch(/Nothing on Robin's profile relates to leading a team\. Add, in your own words, why you are writing to Robin/);
    // With the mentee's own reason it writes one, and it passes.
    const withReason = defaultDraft(gardener, SAM, 'email', { reason: 'a friend said you mentor new managers at your allotment society' });
    expect(withReason.copyable).toBe(true);
    expect(withReason.text).toContain("I'm writing because a friend said you mentor new managers");
    expect(allPass(withReason.checks)).toBe(true);
  });

  it('never offers a placeholder: a name-only profile has no copyable draft', () => {
    const pat = loadProfile('name-only');
    for (const channel of CHANNELS) expect(defaultDraft(pat, MANAGEMENT_GOALS, channel).text).toBe('');
  });

  it('works for a goal the engine has never seen', () => {
    const person = profile({ name: 'Kit Example', experience: [role('Firmware Engineer', 'Kelpworks', { description: 'I maintain the Rust drivers for our sensor boards.' })] });
    const draft = defaultDraft(person, goals({ summary: 'learn Rust for embedded work', helpWanted: 'which crates to start with', reasons: [] }), 'message');
    expect(draft.text).toContain("maintain the Rust drivers for your team's sensor boards");
    expect(allPass(draft.checks)).toBe(true);
  });
});

describe('composeDraft (the mentee\'s own templates)', () => {
  it('fills a template from the chosen facts and checks it', () => {
    const facts = extractFacts(dana, MANAGEMENT_GOALS);
    const draft = composeDraft(dana, MANAGEMENT_GOALS, 'connection-note', { facts, factIds: ['move:1-0'], templates: [], templateId: 'builtin-connection-note' });
    expect(draft.factIds).toEqual(['move:1-0']);
    expect(draft.text).toContain('your move from senior backend engineer');
    expect(draft.text.length).toBeLessThanOrEqual(200);
  });
});

describe('makeItFit', () => {
  it("shortens the mentee's own edit to the channel, keeping the fact, goal and ask", () => {
    const long =
      "Hi Dana, I hope this finds you well. I saw that you went from senior backend engineer to engineering manager at Acme, just the step I'm trying to take. I'm hoping to move from backend engineering into engineering management, and I'd especially value advice on leading a team for the first time. Would you be open to a 20-minute call sometime? Thanks so much, Sam";
    const context = { profile: dana, goals: MANAGEMENT_GOALS, channel: 'connection-note' as const };
    const fitted = makeItFit({ text: long }, context);
    expect(fitted.text.length).toBeLessThanOrEqual(200);
    const checks = checkDraft({ text: fitted.text }, context);
    for (const id of ['fact', 'goal', 'ask']) expect(checks.find((c) => c.id === id)?.ok, `${id}: ${fitted.text}`).toBe(true);
  });
});

describe('design goals, a message ask and a long name', () => {
  it('signs a message with the name and stays under the suggested 400 characters', () => {
    const designer = profile({ name: 'Jo Example', experience: [role('Product Designer', 'Tidewater', { start: '2019' })], skills: ['Figma', 'Design Systems'] });
    const draft = defaultDraft(designer, DESIGN_GOALS, 'message');
    expect(draft.text.length).toBeLessThanOrEqual(400);
    expect(draft.text).toMatch(/Alexandra Konstantinopoulou-Smith$/);
  });
});
