import type { Channel } from '../schema/channel';
import type { Template } from '../schema/draft';
import { tidyWhitespace } from './text';

/**
 * The variables a template may use. Some hold a word or phrase, some a whole sentence: compose.ts
 * builds the sentences so that grammar (articles, "and", the question mark) is right whatever the
 * mentee's goals say, and templates arrange them.
 */
export const TEMPLATE_VARIABLES = [
  'firstName',
  'fullName',
  'company',
  'role',
  'admiration',
  'goal',
  'help',
  'ask',
  'myName',
  'myIntro',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Partial<Record<TemplateVariable, string>>;

export interface VariableDoc {
  /** What it holds, for the template editor's help text. */
  description: string;
  example: string;
  /** Why it can be empty, finishing "Fill in {x}: …". */
  missing: string;
}

/** What each variable holds. Shown in the template editor; `missing` phrases the fill-in error. */
export const VARIABLE_DOCS: Record<TemplateVariable, VariableDoc> = {
  firstName: {
    description: 'Their first name, as their profile shows it (a word).',
    example: 'Dana',
    missing: 'this profile has no name',
  },
  fullName: {
    description: 'Their full name, as their profile shows it (a phrase).',
    example: 'Dana Whitfield',
    missing: 'this profile has no name',
  },
  company: {
    description: 'Their current company (a phrase).',
    example: 'Acme',
    missing: 'this profile has no company',
  },
  role: {
    description: 'Their current job title (a phrase).',
    example: 'Engineering Manager',
    missing: 'this profile has no current role',
  },
  admiration: {
    description: 'Why you are writing to them: a sentence built from the facts you ticked, or your own words.',
    example: "I'd love to hear about your role as Engineering Manager at Acme.",
    missing: 'tick a fact from their profile or say in your own words why them',
  },
  goal: {
    description: 'Your goal as a phrase that follows "to" ("I\'m hoping to {goal}.").',
    example: 'move from backend engineering into engineering management',
    missing: 'write your goal in Goals',
  },
  help: {
    description: 'How they could help: a sentence from your "help wanted" (may be empty).',
    example: "I'd especially value advice on leading a team for the first time.",
    missing: 'say what help you want in Goals',
  },
  ask: {
    description: 'Your ask as a question sentence: format, length and how often.',
    example: 'Would you be open to a 20-minute call?',
    missing: 'choose what you are asking for in Goals',
  },
  myName: {
    description: 'Your name, for the sign-off (a phrase).',
    example: 'Sam',
    missing: 'add your name under Goals → About me',
  },
  myIntro: {
    description: 'One sentence introducing you (may be empty).',
    example: "I'm a backend engineer at Globex.",
    missing: 'add a one-line introduction under Goals → About me',
  },
};

/** Built-in templates carry a fixed date so that "reset" restores exactly these. */
const BUILT_IN_AT = '2026-01-01T00:00:00.000Z';

const SUBJECT = 'Advice on how to {goal}';

/**
 * The built-in templates: one per channel plus a short one for any channel. Short, warm and
 * specific; none praises in general terms (quality.ts's `not-generic` check would flag that).
 */
export const BUILT_IN_TEMPLATES: readonly Template[] = Object.freeze([
  {
    id: 'builtin-connection-note',
    name: 'Connection note',
    channel: 'connection-note',
    subject: '',
    // One paragraph: the note box is small and 200 characters go fast.
    body: 'Hi {firstName}, {admiration} I\'m hoping to {goal}. {ask} Thanks, {myName}',
    builtIn: true,
    updatedAt: BUILT_IN_AT,
  },
  {
    id: 'builtin-message',
    name: 'Message to a connection',
    channel: 'message',
    subject: '',
    body: 'Hi {firstName},\n\n{myIntro} {admiration}\n\nI\'m hoping to {goal}. {help}\n\n{ask}\n\nThanks,\n{myName}',
    builtIn: true,
    updatedAt: BUILT_IN_AT,
  },
  {
    id: 'builtin-inmail',
    name: 'InMail to someone new',
    channel: 'inmail',
    subject: SUBJECT,
    body: "Hi {firstName},\n\n{myIntro} {admiration}\n\nI'm hoping to {goal}. {help}\n\n{ask} No worries if the timing doesn't work.\n\nThanks,\n{myName}",
    builtIn: true,
    updatedAt: BUILT_IN_AT,
  },
  {
    id: 'builtin-email',
    name: 'Email',
    channel: 'email',
    subject: SUBJECT,
    body: "Hi {firstName},\n\n{myIntro} {admiration}\n\nI'm hoping to {goal}. {help}\n\n{ask} No worries at all if the timing doesn't work.\n\nThanks,\n{myName}",
    builtIn: true,
    updatedAt: BUILT_IN_AT,
  },
  {
    id: 'builtin-short',
    name: 'Short and direct',
    channel: 'any',
    subject: SUBJECT,
    body: "Hi {firstName}, {admiration} I'm hoping to {goal}. {ask} Thanks, {myName}",
    builtIn: true,
    updatedAt: BUILT_IN_AT,
  },
]);

/** Fresh copies of the built-in templates (for seeding the store or a "reset"). */
export function builtInTemplates(): Template[] {
  return BUILT_IN_TEMPLATES.map((t) => ({ ...t }));
}

/** The built-in template a new draft on this channel starts from. */
export function defaultTemplateFor(channel: Channel): Template {
  return BUILT_IN_TEMPLATES.find((t) => t.channel === channel)!;
}

/**
 * The templates offered for a channel: those made for it first, then those for any channel.
 * `templates` is the mentee's list (edited built-ins and their own); defaults to the built-ins.
 */
export function templatesFor(channel: Channel, templates: readonly Template[] = BUILT_IN_TEMPLATES): Template[] {
  return [...templates.filter((t) => t.channel === channel), ...templates.filter((t) => t.channel === 'any')];
}

/** A template by id from the mentee's list, falling back to the built-ins. */
export function findTemplate(id: string, templates: readonly Template[] = []): Template | undefined {
  return templates.find((t) => t.id === id) ?? BUILT_IN_TEMPLATES.find((t) => t.id === id);
}

const VARIABLE = /\{([A-Za-z][A-Za-z0-9_-]*)\}/g;

/** The `{variables}` a text uses, in order of first use. */
export function templateVariables(text: string): string[] {
  return [...new Set([...text.matchAll(VARIABLE)].map((m) => m[1]!))];
}

export function isTemplateVariable(name: string): name is TemplateVariable {
  return (TEMPLATE_VARIABLES as readonly string[]).includes(name);
}

export interface TemplateProblem {
  variable: string;
  kind: 'unfilled' | 'unknown';
  /** "Fill in {company}: this profile has no company" / "Unknown variable {compnay}: …". */
  message: string;
}

export interface RenderResult {
  text: string;
  /** The rendered subject ("" when the template has none). */
  subject: string;
  /** Every problem's message on its own line, or null when every variable was filled. */
  error: string | null;
  problems: TemplateProblem[];
}

export interface RenderOptions {
  /**
   * Variables that may be empty without an error: their text simply disappears (compose.ts passes
   * `myIntro` and `help`, which the built-in templates treat as optional sentences).
   */
  optional?: readonly TemplateVariable[];
  /** Why a variable is empty, overriding VARIABLE_DOCS[x].missing ("this profile has no company"). */
  missing?: TemplateValues;
}

/**
 * Fills a template's `{variables}`. A variable with no value (undefined or blank) is left in the
 * text as `{name}` so the mentee sees where, and reported: "Fill in {company}: this profile has no
 * company". A `{word}` that is not a known variable is left and reported too. Whitespace left by
 * empty optional variables is tidied (no double spaces, no empty paragraphs, no dangling comma at
 * the end).
 */
export function renderTemplate(
  template: Pick<Template, 'body' | 'subject'>,
  values: TemplateValues,
  options: RenderOptions = {},
): RenderResult {
  const optional = new Set<string>(options.optional ?? []);
  const problems: TemplateProblem[] = [];
  const reported = new Set<string>();
  const fill = (text: string) =>
    text.replace(VARIABLE, (whole, name: string) => {
      if (!isTemplateVariable(name)) {
        report(name, 'unknown', `Unknown variable {${name}}: remove it or use one of ${TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(', ')}`);
        return whole;
      }
      const value = values[name]?.trim() ?? '';
      if (value) return value;
      if (optional.has(name)) return '';
      report(name, 'unfilled', `Fill in {${name}}: ${options.missing?.[name] || VARIABLE_DOCS[name].missing}`);
      return whole;
    });
  const report = (variable: string, kind: TemplateProblem['kind'], message: string) => {
    if (reported.has(variable)) return;
    reported.add(variable);
    problems.push({ variable, kind, message });
  };
  const text = tidyDraft(fill(template.body));
  const subject = tidyWhitespace(fill(template.subject ?? '').replace(/\s+/g, ' '));
  return { text, subject, error: problems.length ? problems.map((p) => p.message).join('\n') : null, problems };
}

/** Whitespace tidy plus a sign-off whose name was left out: "Thanks," at the very end → "Thanks!". */
export function tidyDraft(text: string): string {
  return tidyWhitespace(text)
    .replace(/\b(Thanks|Thank you|Many thanks)\s*,\s*$/i, '$1!')
    .replace(/,\s*$/, '.');
}
