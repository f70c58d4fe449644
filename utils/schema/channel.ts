import { z } from './zod';

/** Where a request goes. Limits live in utils/drafting/channels.ts. */
export const channelSchema = z.enum(['connection-note', 'message', 'inmail', 'email']);
export type Channel = z.infer<typeof channelSchema>;
