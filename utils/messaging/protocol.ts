import { browser } from 'wxt/browser';
import { z } from '../schema/zod';

/**
 * Every message between the extension's own pages and its background, in one place. Names say the
 * direction: "page→background:…". The background parses each one with these schemas and answers
 * only messages from this extension's own pages (see entrypoints/background/messages.ts).
 *
 * The injected capture scripts do not message: they return their result to `executeScript`.
 */
export const requestSchemas = {
  /** Data changed in a way that may change what is due: recount the badge, maybe notify. */
  'page→background:check-follow-ups': z.object({}),
} as const;

export const responseSchemas = {
  'page→background:check-follow-ups': z.object({ due: z.number().int().min(0) }),
} as const;

export type MessageType = keyof typeof requestSchemas;
export type Request<T extends MessageType> = z.infer<(typeof requestSchemas)[T]>;
export type Response<T extends MessageType> = z.infer<(typeof responseSchemas)[T]>;

export const envelopeSchema = z.object({
  type: z.enum(Object.keys(requestSchemas) as [MessageType, ...MessageType[]]),
  data: z.unknown(),
});

/** Sends a typed message to the background and parses its answer. */
export async function sendToBackground<T extends MessageType>(type: T, data: Request<T>): Promise<Response<T>> {
  const answer: unknown = await browser.runtime.sendMessage({ type, data });
  return responseSchemas[type].parse(answer) as Response<T>;
}
