import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  aiAvailability,
  AiUnavailableError,
  buildPrompt,
  cleanModelOutput,
  rewriteDraft,
  type LanguageModelApi,
  type LanguageModelCreateOptions,
} from '../../../utils/drafting/ai';
import { loadProfile, MANAGEMENT_GOALS } from './helpers';

interface FakeOptions {
  availability?: string | (() => Promise<string>);
  reply?: string | ((prompt: string) => string);
  progress?: number[];
  /** Resolve the prompt only when this promise settles (to test aborts mid-prompt). */
  hold?: Promise<void>;
}

/** A stand-in for Chrome's LanguageModel: records what it was given, answers what it is told. */
function fakeModel(options: FakeOptions = {}) {
  const calls = { created: [] as LanguageModelCreateOptions[], prompts: [] as string[], destroyed: 0 };
  const model: LanguageModelApi = {
    availability: async () => (typeof options.availability === 'function' ? options.availability() : (options.availability ?? 'available')),
    async create(createOptions = {}) {
      calls.created.push(createOptions);
      const listeners: Array<(event: { loaded: number }) => void> = [];
      createOptions.monitor?.({ addEventListener: (_type, listener) => listeners.push(listener) });
      for (const loaded of options.progress ?? []) for (const listener of listeners) listener({ loaded });
      return {
        async prompt(text, promptOptions) {
          calls.prompts.push(text);
          if (options.hold) await options.hold;
          promptOptions?.signal?.throwIfAborted();
          return typeof options.reply === 'function' ? options.reply(text) : (options.reply ?? '');
        },
        destroy() {
          calls.destroyed++;
        },
      };
    },
  };
  return { model, calls };
}

const dana = loadProfile('engineering-manager');
const context = { profile: dana, goals: MANAGEMENT_GOALS, channel: 'connection-note' as const };
const DRAFT = { text: "Hi Dana, I saw you went from senior backend engineer to engineering manager at Acme, just the step I'm trying to take as I move into engineering management. Open to a 20-min call?" };
const LONG_REPLY =
  "Hi Dana! I hope you're having a good week. I'd really love to hear about your role as Engineering Manager, Platform at Acme and how the platform team grew. I'm hoping to move from backend engineering into engineering management, and I'd especially value advice on leading a team for the first time. Would you be open to a 20-minute call sometime in the next few weeks? Thanks so much!";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('aiAvailability', () => {
  it("is 'unavailable' where LanguageModel is missing", async () => {
    expect(await aiAvailability(undefined)).toBe('unavailable');
    expect(await aiAvailability()).toBe('unavailable');
  });

  it.each(['unavailable', 'downloadable', 'downloading', 'available'])('passes on %s', async (state) => {
    expect(await aiAvailability(fakeModel({ availability: state }).model)).toBe(state);
  });

  it("is 'unavailable' when the model throws or answers something unknown", async () => {
    expect(await aiAvailability(fakeModel({ availability: () => Promise.reject(new Error('nope')) }).model)).toBe('unavailable');
    expect(await aiAvailability(fakeModel({ availability: 'readily' }).model)).toBe('unavailable');
  });

  it('uses the LanguageModel global by default', async () => {
    vi.stubGlobal('LanguageModel', fakeModel({ availability: 'downloadable' }).model);
    expect(await aiAvailability()).toBe('downloadable');
  });
});

describe('rewriteDraft', () => {
  it('prompts with the facts, goal, ask and limit, and reports download progress', async () => {
    const { model, calls } = fakeModel({ reply: DRAFT.text, progress: [0, 0.5, 1] });
    const onProgress = vi.fn();
    const result = await rewriteDraft('warmer', DRAFT, context, { model, onProgress });
    expect(onProgress.mock.calls.map((c) => c[0])).toEqual([0, 0.5, 1]);
    expect(calls.created[0]!.initialPrompts![0]!.role).toBe('system');
    expect(calls.created[0]!.expectedInputs).toEqual([{ type: 'text', languages: ['en'] }]);
    const prompt = calls.prompts[0]!;
    expect(prompt).toContain('Make the draft warmer');
    expect(prompt).toContain('at most 200 characters');
    expect(prompt).toContain('- your move from senior backend engineer at Globex Payments to engineering manager at Acme');
    expect(prompt).toContain("The mentee's goal: move from backend engineering into engineering management");
    expect(prompt).toContain('The ask, to keep exactly: a 20-minute call');
    expect(prompt).toContain(DRAFT.text);
    expect(calls.destroyed).toBe(1);
    expect(result.text).toBe(DRAFT.text);
    expect(result.checks.every((c) => c.ok)).toBe(true);
    expect(result.shortened).toEqual([]);
  });

  it('always enforces the limit on what the model writes', async () => {
    const { model } = fakeModel({ reply: LONG_REPLY });
    expect(LONG_REPLY.length).toBeGreaterThan(300);
    const result = await rewriteDraft('rewrite', DRAFT, context, { model });
    expect(result.text.length).toBeLessThanOrEqual(200);
    expect(result.shortened.length).toBeGreaterThan(0);
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    // Premium allows more of it.
    const premium = await rewriteDraft('rewrite', DRAFT, { ...context, premium: true }, { model });
    expect(premium.text.length).toBeLessThanOrEqual(300);
    expect(premium.text.length).toBeGreaterThan(result.text.length);
  });

  it('reports output that fails the checks', async () => {
    const { model } = fakeModel({ reply: 'Hi Dana, your career is amazing and so inspiring! Let me know your thoughts.' });
    const result = await rewriteDraft('warmer', DRAFT, context, { model });
    expect(result.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual(['fact', 'goal', 'ask', 'not-generic', 'link']);
  });

  it("strips the model's wrapping before checking", async () => {
    const { model } = fakeModel({ reply: `Here's a warmer version:\n\n"${DRAFT.text}"` });
    expect((await rewriteDraft('warmer', DRAFT, context, { model })).text).toBe(DRAFT.text);
  });

  it('keeps the subject of an InMail and shortens a "shorter" message to the suggested length', async () => {
    const inmail = await rewriteDraft('rewrite', { text: DRAFT.text, subject: 'Advice on management' }, { ...context, channel: 'inmail' }, { model: fakeModel({ reply: LONG_REPLY }).model });
    expect(inmail.subject).toBe('Advice on management');
    expect(inmail.text).toBe(LONG_REPLY);
    const long = `${LONG_REPLY} ${LONG_REPLY}`;
    const message = await rewriteDraft('shorter', DRAFT, { ...context, channel: 'message' }, { model: fakeModel({ reply: long }).model });
    expect(message.text.length).toBeLessThanOrEqual(400);
    const rewritten = await rewriteDraft('rewrite', DRAFT, { ...context, channel: 'message' }, { model: fakeModel({ reply: long }).model });
    expect(rewritten.text).toBe(long);
    expect(rewritten.checks.find((c) => c.id === 'limit')).toMatchObject({ ok: true, message: expect.stringMatching(/longer than the 400 we suggest/) });
  });

  it('rejects, changing nothing, when there is no usable model', async () => {
    await expect(rewriteDraft('rewrite', DRAFT, context, {})).rejects.toBeInstanceOf(AiUnavailableError);
    await expect(rewriteDraft('rewrite', DRAFT, context, { model: fakeModel({ availability: 'unavailable' }).model })).rejects.toBeInstanceOf(AiUnavailableError);
  });

  it('rejects when the model returns nothing', async () => {
    await expect(rewriteDraft('rewrite', DRAFT, context, { model: fakeModel({ reply: '  ' }).model })).rejects.toThrow(/returned no text/);
  });

  it('stops on abort, before or during the prompt, and frees the session', async () => {
    const before = new AbortController();
    before.abort();
    await expect(rewriteDraft('rewrite', DRAFT, context, { model: fakeModel({ reply: 'x' }).model, signal: before.signal })).rejects.toMatchObject({ name: 'AbortError' });

    let release!: () => void;
    const hold = new Promise<void>((resolve) => (release = resolve));
    const { model, calls } = fakeModel({ reply: DRAFT.text, hold });
    const during = new AbortController();
    const pending = rewriteDraft('rewrite', DRAFT, context, { model, signal: during.signal });
    await vi.waitFor(() => expect(calls.prompts).toHaveLength(1));
    during.abort();
    release();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls.destroyed).toBe(1);
    expect(calls.created[0]!.signal).toBe(during.signal);
  });
});

describe('buildPrompt and cleanModelOutput', () => {
  it("names the mentee's own words and sign-off when there are some", () => {
    const prompt = buildPrompt('shorter', DRAFT, {
      ...context,
      admiration: 'your post on on-call rotations',
      goals: { ...MANAGEMENT_GOALS, me: { name: 'Sam', intro: '' } },
      channel: 'email',
    });
    expect(prompt).toContain("The mentee's own words about why them: your post on on-call rotations");
    expect(prompt).toContain('Sign off as: Sam');
    expect(prompt).toContain('under 150 words');
  });

  it.each([
    ['```\nHi Dana\n```', 'Hi Dana'],
    ['Sure! Here is the rewrite:\nHi Dana', 'Hi Dana'],
    ['Subject: Hello\n\nHi Dana', 'Hi Dana'],
    ['"Hi Dana, thanks"', 'Hi Dana, thanks'],
    ['"Hi" she said "Dana"', '"Hi" she said "Dana"'],
  ])('cleans %j', (raw, clean) => expect(cleanModelOutput(raw)).toBe(clean));
});
