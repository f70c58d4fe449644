// Runs in a saved LinkedIn page (an isolated world, as the injected capture script does): the
// extension's LinkedIn extractor and Readability, timed in the page.
import { Readability } from '@mozilla/readability';
import { readLinkedInPage } from '../../../utils/extract/linkedin/extract';
import { parseLinkedIn } from '../../../utils/extract/linkedin-parse';
import { timeBatched } from '../shared/in-page-timing';

const bench = {
  /** What the in-page reader finds here (to check it agrees with the built capture script). */
  extract: () => readLinkedInPage(document, location.href).reading,
  /** The injected part only: what runs in the user's tab. */
  timeLinkedIn: () => timeBatched(() => readLinkedInPage(document, location.href)),
  /** The extension-page part: the reading parsed into a profile (headings, dates, chrome). */
  timeParse: () => {
    const reading = readLinkedInPage(document, location.href).reading;
    return timeBatched(() => parseLinkedIn(reading));
  },
  /** Readability as the generic capture runs it: on a clone (it changes the DOM it reads), clone timed too. */
  timeReadability: () => timeBatched(() => new Readability(document.cloneNode(true) as Document).parse()),
};

(globalThis as unknown as { __msBench: typeof bench }).__msBench = bench;
