import { defineUnlistedScript } from '#imports';
import { readLinkedInPage } from '../../utils/extract/linkedin/extract';
import { pageSection } from '../../utils/extract/linkedin/section';
import { PAGE_SECTION_HANDOFF } from '../../utils/extract/section-handoff';

// Injected into a LinkedIn tab on the user's click (activeTab + scripting) and nowhere else. It reads
// the page and returns what it found, as lines of text: the extension page that injected it parses
// them (utils/schema/linkedin-reading.ts, then utils/extract/linkedin-parse). It never changes the
// page. The page section waits for Save (see utils/extract/section-handoff.ts), made from the very
// elements read now.
export default defineUnlistedScript(() => {
  const { reading, pieces } = readLinkedInPage(document, location.href);
  (globalThis as Record<string, unknown>)[PAGE_SECTION_HANDOFF] = reading.found ? () => pageSection(pieces) : undefined;
  return reading;
});
