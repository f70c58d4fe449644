import { defineUnlistedScript } from '#imports';
import { extractLinkedIn } from '../../utils/extract/linkedin/extract';

// Injected into a LinkedIn tab on the user's click (activeTab + scripting) and nowhere else. It reads
// the page and returns what it found; it never changes the page and never stays behind. Its return
// value is the result of `scripting.executeScript`, parsed with zod on the receiving side.
export default defineUnlistedScript(() => extractLinkedIn(document, location.href));
