// Adapter for Chrome's built-in Prompt API (the `LanguageModel` global, Gemini Nano on device).
// The model is injected so tests pass a fake; in the extension it defaults to the global. Whatever
// the model writes, the channel's limit is enforced afterwards and the result is checked: the model
// is a helper for wording, never the judge of whether a draft is ready.
// API shape as documented by Chrome ("The Prompt API", developer.chrome.com/docs/ai/prompt-api) and
// MDN (LanguageModel.create / CreateMonitor): availability() → 'unavailable' | 'downloadable' |
// 'downloading' | 'available'; create({ initialPrompts, expectedInputs, expectedOutputs, monitor,
// signal }); downloadprogress events carry `loaded` as a fraction 0–1; prompt(text, { signal }).
import { channelSpec } from './channels';
import { draftValues, makeItFit } from './compose';
import { defaultFactIds, extractFacts, factsById } from './facts';
import { askPhrase, firstNameOf, goalPhrase } from './phrases';
import { checkDraft, type Check, type DraftContext, type DraftText } from './quality';
import type { ShortenStep } from './shorten';

export type AiAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';
export type RewriteKind = 'rewrite' | 'warmer' | 'shorter';

/** The part of a Prompt API session this adapter uses. */
export interface LanguageModelSession {
  prompt(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}

/** The download monitor handed to `monitor(m)`: an EventTarget firing "downloadprogress". */
export interface LanguageModelMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

export interface LanguageModelExpected {
  type: 'text';
  languages?: string[];
}

export interface LanguageModelCreateOptions {
  initialPrompts?: Array<{ role: 'system' | 'user' | 'assistant'; content: string }>;
  expectedInputs?: LanguageModelExpected[];
  expectedOutputs?: LanguageModelExpected[];
  monitor?: (monitor: LanguageModelMonitor) => void;
  signal?: AbortSignal;
}

/** The part of the `LanguageModel` global this adapter uses (a fake in tests). */
export interface LanguageModelApi {
  availability(options?: Pick<LanguageModelCreateOptions, 'expectedInputs' | 'expectedOutputs'>): Promise<string>;
  create(options?: LanguageModelCreateOptions): Promise<LanguageModelSession>;
}

/**
 * Drafts are English; the docs ask for the same options in availability() and create() so the
 * answer matches what create() will do.
 */
export const LANGUAGE_OPTIONS = {
  expectedInputs: [{ type: 'text', languages: ['en'] }],
  expectedOutputs: [{ type: 'text', languages: ['en'] }],
} satisfies Pick<LanguageModelCreateOptions, 'expectedInputs' | 'expectedOutputs'>;

const STATES: readonly AiAvailability[] = ['unavailable', 'downloadable', 'downloading', 'available'];

/** The browser's `LanguageModel`, or undefined where there is none (Firefox, older Chrome, Node). */
export function browserLanguageModel(): LanguageModelApi | undefined {
  const candidate = (globalThis as { LanguageModel?: unknown }).LanguageModel as Partial<LanguageModelApi> | undefined;
  return candidate && typeof candidate.availability === 'function' && typeof candidate.create === 'function'
    ? (candidate as LanguageModelApi)
    : undefined;
}

/**
 * Whether on-device AI can be used: 'available' now, 'downloadable' / 'downloading' after a model
 * download (the first rewrite starts it), else 'unavailable' — also when `LanguageModel` is missing
 * or answers something unexpected or throws.
 */
export async function aiAvailability(model: LanguageModelApi | undefined = browserLanguageModel()): Promise<AiAvailability> {
  if (!model || typeof model.availability !== 'function') return 'unavailable';
  try {
    const state = await model.availability(LANGUAGE_OPTIONS);
    return (STATES as readonly string[]).includes(state) ? (state as AiAvailability) : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** Thrown when there is no usable model; `message` is meant for the mentee. */
export class AiUnavailableError extends Error {
  constructor(message = 'On-device AI is not available in this browser. The draft is unchanged.') {
    super(message);
    this.name = 'AiUnavailableError';
  }
}

export interface RewriteOptions {
  /** Defaults to the browser's `LanguageModel`. */
  model?: LanguageModelApi;
  /** Model download progress, 0–1 (only while the model downloads, on first use). */
  onProgress?: (fraction: number) => void;
  /** Aborts the download or the prompt; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface RewriteContext extends DraftContext {
  /** The facts the draft uses (Draft.factIds); default: the top one or two for the goals. */
  factIds?: readonly string[];
}

export interface RewriteResult {
  text: string;
  /** The draft's subject, unchanged except brought within its limit ("" for channels without one). */
  subject: string;
  checks: Check[];
  /** What "make it fit" had to do to the model's text ([] when it fitted). */
  shortened: ShortenStep[];
}

const INSTRUCTIONS: Record<RewriteKind, string> = {
  rewrite: 'Rewrite the draft so it reads naturally, stays specific and keeps every part.',
  warmer: 'Make the draft warmer and more personal, without flattery or exaggeration, keeping every part.',
  shorter: 'Make the draft shorter. Keep the greeting, at least one fact, the goal and the ask.',
};

const SYSTEM_PROMPT = [
  'You edit short messages in which a mentee asks a possible mentor for a little of their time.',
  'Use only the facts given about the person; never invent achievements, shared history, mutual contacts or compliments.',
  'Keep the mentee\'s goal and their ask (its format and length) as given.',
  'No general praise such as "amazing", "inspiring" or "impressive career".',
  'No placeholders in brackets or braces.',
  'Reply with the message text only: no subject line, no quotation marks, no comments before or after.',
].join(' ');

/**
 * Asks the on-device model to rewrite a draft ('rewrite'), make it warmer, or make it shorter,
 * telling it the person's facts, the goal, the ask and the length limit. The model's text is then
 * always brought within the channel's hard limit ("shorter" also to the suggested message length)
 * by the same "make it fit" the editor uses, and checked. Rejects with AiUnavailableError when there
 * is no model, with the signal's reason when aborted, and with an Error when the model returns nothing.
 */
export async function rewriteDraft(
  kind: RewriteKind,
  draft: DraftText,
  context: RewriteContext,
  options: RewriteOptions = {},
): Promise<RewriteResult> {
  const model = options.model ?? browserLanguageModel();
  if (!model) throw new AiUnavailableError();
  options.signal?.throwIfAborted();
  if ((await aiAvailability(model)) === 'unavailable') throw new AiUnavailableError();
  options.signal?.throwIfAborted();

  const facts = context.facts ?? extractFacts(context.profile, context.goals);
  const factIds = context.factIds ?? defaultFactIds(facts);
  const session = await model.create({
    ...LANGUAGE_OPTIONS,
    initialPrompts: [{ role: 'system', content: SYSTEM_PROMPT }],
    monitor(monitor) {
      monitor.addEventListener('downloadprogress', (event) => options.onProgress?.(event.loaded));
    },
    signal: options.signal,
  });
  let raw: string;
  try {
    raw = await session.prompt(buildPrompt(kind, draft, { ...context, facts, factIds }), { signal: options.signal });
  } finally {
    session.destroy?.();
  }
  const text = cleanModelOutput(raw);
  if (!text) throw new Error('The on-device model returned no text. The draft is unchanged; try again.');

  const fullContext = { ...context, facts };
  const fitted = makeItFit({ text, subject: draft.subject ?? '' }, fullContext, { factIds, soft: kind === 'shorter' });
  return {
    text: fitted.text,
    subject: fitted.subject,
    checks: checkDraft({ text: fitted.text, subject: fitted.subject }, fullContext),
    shortened: fitted.steps,
  };
}

/** The user prompt: the task, the limit, the facts, goal and ask, then the draft. Exported for tests. */
export function buildPrompt(kind: RewriteKind, draft: DraftText, context: RewriteContext): string {
  const facts = context.facts ?? extractFacts(context.profile, context.goals);
  const chosen = factsById(facts, context.factIds ?? defaultFactIds(facts));
  const values = draftValues(context.profile, context.goals, chosen, context.admiration);
  const spec = channelSpec(context.channel, { premium: context.premium });
  const length =
    spec.bodyLimit !== null
      ? `It must be at most ${spec.bodyLimit} characters long, spaces included.`
      : spec.recommended !== null
        ? `Keep it under ${spec.recommended} characters.`
        : 'Keep it brief: under 150 words.';
  const lines = [
    `Task: ${INSTRUCTIONS[kind]}`,
    `This is a ${spec.label.toLowerCase()} to ${firstNameOf(context.profile.name) || 'them'}. ${length}`,
    'Facts from their profile you may use (use at least one, word for word where you can):',
    ...(chosen.length ? chosen : facts.slice(0, 3)).map((f) => `- ${f.text}`),
    ...(context.admiration?.trim() ? [`The mentee's own words about why them: ${context.admiration.trim()}`] : []),
    `The mentee's goal: ${goalPhrase(context.goals.summary)}`,
    ...(context.goals.helpWanted?.trim() ? [`The help they would value: ${context.goals.helpWanted.trim()}`] : []),
    `The ask, to keep exactly: ${askPhrase(context.goals.ask)}`,
    ...(values.myName ? [`Sign off as: ${values.myName}`] : []),
    'Draft:',
    '"""',
    draft.text,
    '"""',
  ];
  return lines.join('\n');
}

/**
 * The message from a model's reply: without code fences, a "Here is…:" preamble, a "Subject:"
 * line, or quotation marks wrapped around the whole text.
 */
export function cleanModelOutput(raw: string): string {
  let text = (raw ?? '').replace(/\r\n?/g, '\n').trim();
  text = text.replace(/^```[a-z]*\n([\s\S]*?)\n```$/i, '$1').trim();
  text = text.replace(/^(?:here(?:'s| is)|sure|certainly|of course)\b[^\n]*:\s*\n+/i, '').trim();
  text = text.replace(/^subject:[^\n]*\n+/i, '').trim();
  text = text.replace(/^"""\n?([\s\S]*?)\n?"""$/, '$1').trim();
  if (/^["“][\s\S]*["”]$/.test(text) && !/["“”]/.test(text.slice(1, -1))) text = text.slice(1, -1).trim();
  return text;
}
