import { channelSpec } from '../../utils/drafting/channels';
import { defaultFactIds, extractFacts, factsById } from '../../utils/drafting/facts';
import { BUILT_IN_TEMPLATES, type RenderResult } from '../../utils/drafting/templates';
import type { Template } from '../../utils/schema/draft';
import type { Goals } from '../../utils/schema/goals';
import { SAMPLE_PROFILE } from '../sample';
import { lengthWords } from './composer';
import { renderFor } from './values';

export interface TemplateCheck {
  /** The template filled for the sample person with the mentee's goals. */
  preview: RenderResult;
  /** Variables that do not exist: the template cannot be saved with these. */
  unknown: string[];
  /** Every problem in words: unknown variables, and ones the sample person or the goals leave empty. */
  messages: string[];
  /** The preview's length against the template's channel, or null for "any channel". */
  length: string | null;
}

/**
 * Tries a template on the invented sample person (components/sample.ts) and the saved goals, so
 * the editor can name any unknown or unfilled variable while the mentee types.
 */
export function checkTemplate(template: Pick<Template, 'body' | 'subject' | 'channel'>, goals: Goals | null, premium = false): TemplateCheck {
  const facts = extractFacts(SAMPLE_PROFILE, goals ?? undefined);
  const ids = defaultFactIds(facts);
  const chosen = factsById(facts, ids.length ? ids : facts.slice(0, 1).map((f) => f.id));
  const preview = renderFor(template, SAMPLE_PROFILE, goals, chosen);
  const length =
    template.channel === 'any' ? null : lengthWords(channelSpec(template.channel, { premium }), preview.text, preview.subject).body;
  return {
    preview,
    unknown: preview.problems.filter((p) => p.kind === 'unknown').map((p) => p.variable),
    messages: preview.problems.map((p) => p.message),
    length,
  };
}

/** Whether a built-in template differs from the wording it ships with. */
export function isEdited(template: Template): boolean {
  const original = BUILT_IN_TEMPLATES.find((t) => t.id === template.id);
  return (
    !!original &&
    (original.name !== template.name || original.channel !== template.channel || original.subject !== template.subject || original.body !== template.body)
  );
}
