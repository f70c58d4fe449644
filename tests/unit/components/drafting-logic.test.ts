// The drafting screen's own logic (components/drafting/*.ts): what a draft starts from, how it is
// rebuilt, the counter's words, the monthly note count and the template check. The engine beneath
// is tested in tests/unit/drafting.
import { describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from '../../../components/sample';
import { alternativesFor, buildDraft, defaultChannel, describeSteps, fitDraft, lengthWords, readyToSend, startDraft, templateIdFor } from '../../../components/drafting/composer';
import { notesSentThisMonth } from '../../../components/drafting/note-allowance';
import { checkTemplate, isEdited } from '../../../components/drafting/template-check';
import { channelSpec } from '../../../utils/drafting/channels';
import { defaultDraft, ENGINE_TEMPLATE_ID } from '../../../utils/drafting/compose';
import { extractFacts } from '../../../utils/drafting/facts';
import { allPass, checkDraft } from '../../../utils/drafting/quality';
import { BUILT_IN_TEMPLATES } from '../../../utils/drafting/templates';
import type { Goals } from '../../../utils/schema/goals';
import { emptyProfile } from '../../../utils/schema/profile';
import { makeEvent, makePerson, makeTemplate } from '../builders';

const GOALS: Goals = {
  summary: 'move from backend engineering into engineering management',
  reasons: ['career-advancement'],
  helpWanted: 'advice on leading a team for the first time',
  ask: { format: 'call', minutes: 20 },
  me: { name: 'Sam', intro: '' },
};

const templates = BUILT_IN_TEMPLATES;
const options = (profile = SAMPLE_PROFILE, goals: Goals | null = GOALS, premium = false) => ({
  premium,
  templates,
  facts: extractFacts(profile, goals ?? undefined),
});

describe('where a draft starts', () => {
  it('starts LinkedIn members on a connection note and everyone else on an email', () => {
    expect(defaultChannel(makePerson({ profileUrl: 'https://www.linkedin.com/in/ada-quill/' }))).toBe('connection-note');
    expect(defaultChannel(makePerson({ profile: { source: 'linkedin' } }))).toBe('connection-note');
    expect(defaultChannel(makePerson({ profile: { source: 'web', profileUrl: 'https://ada.example/about' } }))).toBe('email');
    expect(defaultChannel(makePerson())).toBe('email');
  });

  it("with goals, is the engine's best alternative, stored under the engine's one template id", () => {
    const started = startDraft(SAMPLE_PROFILE, GOALS, 'connection-note', options());
    const engine = defaultDraft(SAMPLE_PROFILE, GOALS, 'connection-note', { templates, facts: options().facts });
    expect(started).toMatchObject({ text: engine.text, factIds: engine.factIds, templateId: ENGINE_TEMPLATE_ID, error: null });
    expect(started.text.length).toBeLessThanOrEqual(200);
  });

  it("offers the engine's three alternatives, then one per template of the mentee's own, all with their reason", () => {
    const edited = { ...BUILT_IN_TEMPLATES[0]!, body: 'Hello {firstName}! {admiration} I am hoping to {goal}. {ask}' };
    const list = [edited, ...BUILT_IN_TEMPLATES.slice(1)];
    const reason = 'your post on calm incident reviews';
    const alternatives = alternativesFor(SAMPLE_PROFILE, GOALS, 'connection-note', { ...options(), templates: list }, reason);
    // A 200-character note with the mentee's reason has room for little else: fewer distinct wordings.
    expect(alternatives[0]!.key).toBe('engine:0');
    expect(alternatives.at(-1)!.key).toBe(`template:${edited.id}`);
    for (const a of alternatives) expect(a.text).toContain('calm incident reviews');
    expect(alternatives.at(-1)!.text).toMatch(/^Hello Rosa!/);
    expect(readyToSend(alternatives[0]!)).toBe(true);
  });

  it('uses an edited built-in when picked, and keeps a chosen template only where it suits the channel', () => {
    const edited = { ...BUILT_IN_TEMPLATES[0]!, body: 'Hello {firstName}! {admiration} I am hoping to {goal}. {ask}' };
    const mine = makeTemplate({ id: 'tpl:mine', channel: 'email' });
    const list = [edited, ...BUILT_IN_TEMPLATES.slice(1), mine];
    expect(startDraft(SAMPLE_PROFILE, GOALS, 'connection-note', { ...options(), templates: list }, edited.id).text).toMatch(/^Hello Rosa!/);
    expect(templateIdFor('email', list, 'tpl:mine')).toBe('tpl:mine');
    expect(templateIdFor('connection-note', list, 'tpl:mine')).toBe('builtin-connection-note');
  });

  it('without goals, fills only the person\'s side and leaves {goal} and {ask} visible, saying why', () => {
    const started = startDraft(SAMPLE_PROFILE, null, 'connection-note', options(SAMPLE_PROFILE, null));
    expect(started.text).toContain('Hi Rosa,');
    expect(started.text).toContain('{goal}');
    expect(started.text).toContain('{ask}');
    expect(started.error).toMatch(/Fill in \{goal\}/);
    expect(started.error).toMatch(/Fill in \{ask\}/);
    expect(started.factIds.length).toBeGreaterThan(0);
  });

  it('without goals, an email subject is filled the same way', () => {
    const started = startDraft(SAMPLE_PROFILE, null, 'email', options(SAMPLE_PROFILE, null));
    expect(started.subject).toBe('Advice on how to {goal}');
  });
});

describe('a profile with nothing beyond a name', () => {
  const nameOnly = { ...emptyProfile('manual'), name: 'Jo Quill' };

  it('offers nothing to copy and asks for the own reason, inventing nothing', () => {
    const opts = options(nameOnly);
    expect(opts.facts).toEqual([]);
    const started = startDraft(nameOnly, GOALS, 'message', opts);
    expect(started.factIds).toEqual([]);
    expect(started.text).toBe('');
    expect(started.error).toMatch(/in your own words/);
    expect(readyToSend(alternativesFor(nameOnly, GOALS, 'message', opts)[0]!)).toBe(false);
  });

  it("passes every check once the mentee's own words say why them", () => {
    const opts = options(nameOnly);
    const built = buildDraft(nameOnly, GOALS, { channel: 'message', templateId: 'builtin-message', factIds: [], admiration: 'your talk on calm incident reviews at LeadDev Berlin' }, opts);
    expect(built.error).toBeNull();
    const checks = checkDraft(built, { profile: nameOnly, goals: GOALS, channel: 'message', admiration: 'your talk on calm incident reviews at LeadDev Berlin', facts: opts.facts });
    expect(allPass(checks)).toBe(true);
  });
});

describe('rebuilding and fitting', () => {
  it('builds from exactly the ticked facts', () => {
    const built = buildDraft(SAMPLE_PROFILE, GOALS, { channel: 'connection-note', templateId: 'builtin-connection-note', factIds: ['role:1'], admiration: '' }, options());
    expect(built.text).toContain('engineering manager at Contoso Freight');
    expect(built.factIds).toEqual(['role:1']);
  });

  it('make it fit brings a hand-edited note within 200 characters and says what it did', () => {
    const parts = { channel: 'connection-note' as const, templateId: 'builtin-connection-note', factIds: ['role:1'], admiration: '' };
    const built = buildDraft(SAMPLE_PROFILE, GOALS, parts, options());
    const long = `${built.text} I have followed your writing for a long time and it has shaped how I think about my own path.`;
    const fitted = fitDraft(long, '', SAMPLE_PROFILE, GOALS, parts, options());
    expect(long.length).toBeGreaterThan(200);
    expect(fitted.text.length).toBeLessThanOrEqual(200);
    expect(fitted.steps.length).toBeGreaterThan(0);
    expect(describeSteps(fitted.steps)).toMatch(/^Made it fit: .+\.$/);
  });

  it('without goals, make it fit still shortens to the limit', () => {
    const parts = { channel: 'connection-note' as const, templateId: 'builtin-connection-note', factIds: [], admiration: '' };
    const long = 'Hi Rosa, I read your post on incident reviews. '.repeat(8).trim();
    const fitted = fitDraft(long, '', SAMPLE_PROFILE, null, parts, options(SAMPLE_PROFILE, null));
    expect(fitted.text.length).toBeLessThanOrEqual(200);
  });

  it('leaves a draft that fits as it is', () => {
    const parts = { channel: 'connection-note' as const, templateId: 'builtin-connection-note', factIds: [], admiration: '' };
    expect(fitDraft('Hi Rosa.', '', SAMPLE_PROFILE, GOALS, parts, options())).toEqual({ text: 'Hi Rosa.', subject: '', steps: [] });
    expect(describeSteps([])).toBe('It already fits; nothing was changed.');
  });
});

describe('the live counter', () => {
  const note = channelSpec('connection-note');

  it('counts JavaScript string length against 200, or 300 with Premium', () => {
    expect(lengthWords(note, 'x'.repeat(173), '')).toEqual({ body: '173 of 200 characters: 27 characters left.', subject: null, over: false, subjectOver: false });
    expect(lengthWords(note, 'x'.repeat(200), '').body).toBe('200 of 200 characters: exactly at the limit.');
    expect(lengthWords(note, 'x'.repeat(201), '')).toMatchObject({ body: '201 of 200 characters: 1 character over the limit.', over: true });
    expect(lengthWords(channelSpec('connection-note', { premium: true }), 'x'.repeat(201), '').body).toBe('201 of 300 characters: 99 characters left.');
    // An emoji is two UTF-16 code units, as LinkedIn counts it.
    expect(lengthWords(note, '👋', '').body).toBe('2 of 200 characters: 198 characters left.');
  });

  it('nudges a message towards 400 and measures a subject', () => {
    expect(lengthWords(channelSpec('message'), 'x'.repeat(450), '').body).toBe('450 characters: 50 over the 400 we suggest.');
    expect(lengthWords(channelSpec('message'), 'x'.repeat(10), '').body).toBe('10 characters: under the 400 we suggest.');
    expect(lengthWords(channelSpec('inmail'), 'x', 's'.repeat(201))).toMatchObject({ subject: 'Subject: 201 of 200 characters: 1 character over the limit.', subjectOver: true, over: false });
    expect(lengthWords(channelSpec('email'), 'x', 'Hello')).toEqual({ body: '1 character: no length limit.', subject: 'Subject: 5 characters.', over: false, subjectOver: false });
  });
});

describe('personalised notes marked sent this month', () => {
  const now = new Date(2026, 2, 15, 12); // 15 March 2026, local time
  const local = (month: number, day: number, hour = 12) => new Date(2026, month, day, hour).toISOString();

  it('counts "sent" connection notes in the calendar month, across everyone', () => {
    const events = [
      makeEvent('p-1', 'sent', local(2, 1, 0), { channel: 'connection-note' }),
      makeEvent('p-2', 'sent', local(2, 31, 23), { channel: 'connection-note' }),
      makeEvent('p-3', 'sent', local(1, 28, 23), { channel: 'connection-note' }), // February
      makeEvent('p-4', 'sent', local(2, 10), { channel: 'message' }),
      makeEvent('p-5', 'copied', local(2, 10), { channel: 'connection-note' }),
      makeEvent('p-6', 'sent', local(2, 10)),
    ];
    expect(notesSentThisMonth(events, now)).toBe(2);
  });
});

describe('the template check', () => {
  it('names an unknown variable', () => {
    const result = checkTemplate({ channel: 'any', subject: '', body: 'Hi {firstName}, at {compnay}. {ask}' }, GOALS);
    expect(result.unknown).toEqual(['compnay']);
    expect(result.messages[0]).toMatch(/^Unknown variable \{compnay\}/);
  });

  it('names variables the goals leave empty, and none once they are set', () => {
    const body = BUILT_IN_TEMPLATES[0]!.body;
    expect(checkTemplate({ channel: 'connection-note', subject: '', body }, null).messages).toEqual([
      expect.stringMatching(/^Fill in \{goal\}/),
      expect.stringMatching(/^Fill in \{ask\}/),
    ]);
    const filled = checkTemplate({ channel: 'connection-note', subject: '', body }, GOALS);
    expect(filled.messages).toEqual([]);
    expect(filled.preview.text).toMatch(/^Hi Rosa, /);
    expect(filled.length).toMatch(/of 200 characters/);
  });

  it('tells an edited built-in from an untouched one', () => {
    expect(isEdited(BUILT_IN_TEMPLATES[0]!)).toBe(false);
    expect(isEdited({ ...BUILT_IN_TEMPLATES[0]!, body: 'Hi {firstName}' })).toBe(true);
    expect(isEdited(makeTemplate())).toBe(false);
  });
});
