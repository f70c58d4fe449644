import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../utils/drafting/channels';
import {
  BUILT_IN_TEMPLATES,
  builtInTemplates,
  defaultTemplateFor,
  findTemplate,
  renderTemplate,
  TEMPLATE_VARIABLES,
  templatesFor,
  templateVariables,
  VARIABLE_DOCS,
  type TemplateValues,
} from '../../../utils/drafting/templates';
import { templateSchema } from '../../../utils/schema/draft';

const VALUES: TemplateValues = {
  firstName: 'Dana',
  fullName: 'Dana Whitfield',
  company: 'Acme',
  role: 'Engineering Manager',
  admiration: "I'd love to hear about your role as Engineering Manager at Acme.",
  goal: 'move into engineering management',
  help: "I'd especially value advice on leading a team.",
  ask: 'Would you be open to a 20-minute call?',
  myName: 'Sam',
  myIntro: "I'm a backend engineer at Globex.",
};

describe('built-in templates', () => {
  it('are valid stored templates, at least one per channel, using only known variables', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      expect(templateSchema.parse(t)).toEqual(t);
      expect(templateVariables(t.body + t.subject).every((v) => (TEMPLATE_VARIABLES as readonly string[]).includes(v))).toBe(true);
    }
    for (const channel of CHANNELS) expect(defaultTemplateFor(channel).channel).toBe(channel);
  });

  it('carry no general praise', () => {
    for (const t of BUILT_IN_TEMPLATES) expect(t.body).not.toMatch(/amazing|inspiring|impressive|admire|incredible|huge fan/i);
  });

  it('give InMail and email a subject, and notes and messages none', () => {
    expect(defaultTemplateFor('inmail').subject).toContain('{goal}');
    expect(defaultTemplateFor('email').subject).toContain('{goal}');
    expect(defaultTemplateFor('connection-note').subject).toBe('');
    expect(defaultTemplateFor('message').subject).toBe('');
  });

  it('are copied, not shared, by builtInTemplates()', () => {
    const copy = builtInTemplates();
    copy[0]!.body = 'changed';
    expect(BUILT_IN_TEMPLATES[0]!.body).not.toBe('changed');
  });

  it('are offered per channel with any-channel ones after; found by id in the mentee list first', () => {
    expect(templatesFor('message').map((t) => t.id)).toEqual(['builtin-message', 'builtin-short']);
    const mine = { ...defaultTemplateFor('message'), body: 'Mine {firstName}', builtIn: false };
    expect(findTemplate('builtin-message', [mine])?.body).toBe('Mine {firstName}');
    expect(findTemplate('builtin-inmail', [mine])?.id).toBe('builtin-inmail');
    expect(findTemplate('nope', [mine])).toBeUndefined();
  });

  it('documents every variable', () => {
    for (const v of TEMPLATE_VARIABLES) {
      expect(VARIABLE_DOCS[v].description.length).toBeGreaterThan(10);
      expect(VARIABLE_DOCS[v].missing.length).toBeGreaterThan(5);
    }
  });
});

describe('renderTemplate', () => {
  it('fills every variable', () => {
    const result = renderTemplate(defaultTemplateFor('inmail'), VALUES);
    expect(result.error).toBeNull();
    expect(result.problems).toEqual([]);
    expect(result.subject).toBe('Advice on how to move into engineering management');
    expect(result.text).toContain("Hi Dana,\n\nI'm a backend engineer at Globex. I'd love to hear about your role as Engineering Manager at Acme.");
    expect(result.text).toMatch(/Thanks,\nSam$/);
  });

  it('names every unfilled variable with why it is empty, and leaves it visible', () => {
    const result = renderTemplate(
      { subject: 'About {company}', body: 'Hi {firstName}, how is {role} at {company}? {myName}' },
      { firstName: 'Dana', company: '', role: '   ' },
      { missing: { company: 'this profile has no company' } },
    );
    expect(result.problems.map((p) => p.variable)).toEqual(['role', 'company', 'myName']);
    expect(result.error).toBe(
      ['Fill in {role}: this profile has no current role', 'Fill in {company}: this profile has no company', 'Fill in {myName}: add your name under Goals → About me'].join('\n'),
    );
    expect(result.text).toBe('Hi Dana, how is {role} at {company}? {myName}');
    expect(result.subject).toBe('About {company}');
  });

  it('reports unknown {word} variables too', () => {
    const result = renderTemplate({ subject: '', body: 'Hi {firstName} from {compnay} and {Team}' }, VALUES);
    expect(result.problems).toEqual([
      expect.objectContaining({ variable: 'compnay', kind: 'unknown', message: expect.stringMatching(/^Unknown variable \{compnay\}: remove it or use one of \{firstName\}/) }),
      expect.objectContaining({ variable: 'Team', kind: 'unknown' }),
    ]);
    expect(result.error).toContain('{compnay}');
    expect(result.text).toBe('Hi Dana from {compnay} and {Team}');
  });

  it('drops empty optional variables and tidies what is left', () => {
    const result = renderTemplate(defaultTemplateFor('message'), { ...VALUES, myIntro: '', help: '', myName: '' }, { optional: ['myIntro', 'help', 'myName'] });
    expect(result.error).toBeNull();
    expect(result.text).toBe(
      "Hi Dana,\n\nI'd love to hear about your role as Engineering Manager at Acme.\n\nI'm hoping to move into engineering management.\n\nWould you be open to a 20-minute call?\n\nThanks!",
    );
  });

  it('leaves text without variables alone, and braces that are not variables', () => {
    expect(renderTemplate({ subject: '', body: 'Plain { not one } text' }, {}).text).toBe('Plain { not one } text');
  });
});
