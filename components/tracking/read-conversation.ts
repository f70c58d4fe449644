// The side panel's end of "Log reply from this conversation": finds the LinkedIn conversation in
// the current tab, injects the reader once, and parses what it returns. The page is untrusted, so
// its answer is validated here like any other input crossing into the extension.
import { browser } from 'wxt/browser';
import { isLinkedInUrl } from '../../utils/extract/profile-url';
import { MAX_MESSAGE_CHARS, MAX_MESSAGES } from '../../utils/extract/linkedin-messaging/conversation';
import { httpUrlSchema } from '../../utils/schema/profile';
import { z } from '../../utils/schema/zod';

/** The script the build emits from entrypoints/capture-conversation. Never web-accessible. */
const CONVERSATION_SCRIPT = '/capture-conversation.js';

export const conversationResultSchema = z.discriminatedUnion('found', [
  z.object({
    found: z.literal(true),
    participantName: z.string().trim().min(1).max(300),
    participantProfileUrl: httpUrlSchema.optional(),
    messages: z
      .array(z.object({ fromThem: z.boolean(), text: z.string().max(MAX_MESSAGE_CHARS), at: z.string().max(200) }))
      .max(MAX_MESSAGES),
  }),
  z.object({ found: z.literal(false), reason: z.string().min(1).max(500) }),
]);
export type Conversation = Extract<z.infer<typeof conversationResultSchema>, { found: true }>;

const OPEN_IT = 'Open the conversation in LinkedIn messaging (linkedin.com/messaging) in the current tab of this window, then click again.';

/** True for a LinkedIn messaging thread address. */
export function isConversationUrl(url: string | undefined): boolean {
  if (!url || !isLinkedInUrl(url)) return false;
  return /^\/messaging\/thread\/[^/]+/.test(new URL(url).pathname);
}

/**
 * Reads the conversation open in this window's current tab, once. Needs the optional LinkedIn
 * permission (asked for by the caller, from the click): without it the tab's address is hidden.
 */
export async function readOpenConversation(): Promise<{ ok: true; conversation: Conversation } | { ok: false; reason: string }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !isConversationUrl(tab.url)) return { ok: false, reason: OPEN_IT };
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONVERSATION_SCRIPT] });
  } catch {
    return { ok: false, reason: 'The conversation could not be read (the page may still be loading). Wait until it shows, then click again.' };
  }
  const parsed = conversationResultSchema.safeParse(results[0]?.result);
  if (!parsed.success) return { ok: false, reason: 'What this page shows could not be read as a conversation, so nothing was recorded. You can log the reply by hand.' };
  if (!parsed.data.found) return { ok: false, reason: parsed.data.reason };
  return { ok: true, conversation: parsed.data };
}
