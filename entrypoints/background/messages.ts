import { browser } from 'wxt/browser';
import { envelopeSchema, requestSchemas, responseSchemas, type MessageType, type Request, type Response } from '../../utils/messaging/protocol';

type Handlers = { [T in MessageType]: (data: Request<T>) => Promise<Response<T>> };

/**
 * Answers messages from this extension's own pages only (content scripts and other extensions are
 * refused: `sender.url` must be one of our pages), after parsing them with the protocol's schemas.
 */
export function listenToMessages(handlers: Handlers): void {
  const ownOrigin = new URL(browser.runtime.getURL('/')).origin;
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id || !sender.url || new URL(sender.url).origin !== ownOrigin || sender.tab?.url?.startsWith('http')) {
      return false;
    }
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) return false;
    const type = envelope.data.type;
    const data = requestSchemas[type].safeParse(envelope.data.data);
    if (!data.success) return false;
    (handlers[type] as (d: unknown) => Promise<unknown>)(data.data)
      .then((answer) => sendResponse(responseSchemas[type].parse(answer)))
      .catch((error: unknown) => sendResponse({ error: String((error as Error)?.message ?? error) }));
    return true;
  });
}
