import { defineUnlistedScript } from '#imports';
import { readConversation } from '../../utils/extract/linkedin-messaging/conversation';

// Injected into the LinkedIn messaging tab when the mentee clicks "Log reply from this
// conversation" (with the optional LinkedIn permission), and at no other time. It reads the open
// conversation once and returns it to `scripting.executeScript`; it changes nothing on the page,
// scrolls nothing, and leaves nothing behind. The side panel parses the result with zod.
export default defineUnlistedScript(() => readConversation(document, location.href));
