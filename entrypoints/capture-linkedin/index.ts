import { defineUnlistedScript } from '#imports';
import { readLinkedIn } from '../../utils/extract/linkedin/extract';
import { pageSection } from '../../utils/extract/linkedin/section';
import { PAGE_SECTION_HANDOFF } from '../../utils/extract/section-handoff';

// Injected into a LinkedIn tab on the user's click (activeTab + scripting) and nowhere else. It reads
// the page and returns what it found; it never changes the page. Its return value is the result of
// `scripting.executeScript`, parsed with zod on the receiving side. The page section waits for Save
// (see utils/extract/section-handoff.ts), made from the very elements read now.
export default defineUnlistedScript(() => {
  const { result, pieces } = readLinkedIn(document, location.href);
  (globalThis as Record<string, unknown>)[PAGE_SECTION_HANDOFF] = result.found ? () => pageSection(pieces) : undefined;
  return result;
});
