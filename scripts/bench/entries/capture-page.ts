// Runs in a saved LinkedIn page (an isolated world, as the injected capture script does): the
// extension's LinkedIn extractor and Readability, timed in the page.
import { Readability } from '@mozilla/readability';
import { extractLinkedIn } from '../../../utils/extract/linkedin/extract';
import { timeBatched } from '../shared/in-page-timing';

const bench = {
  /** What the extractor finds here (to check it agrees with the built capture script). */
  extract: () => extractLinkedIn(document, location.href),
  timeLinkedIn: () => timeBatched(() => extractLinkedIn(document, location.href)),
  /** Readability as the generic capture runs it: on a clone (it changes the DOM it reads), clone timed too. */
  timeReadability: () => timeBatched(() => new Readability(document.cloneNode(true) as Document).parse()),
};

(globalThis as unknown as { __msBench: typeof bench }).__msBench = bench;
