// LinkedIn's interface text, told apart from data: endorsement lines, counts, "Show all N …",
// "…see more", connection degrees and button labels. A skill "Message Queues" or a company
// "Follow Up Boss" is data: only a whole field equal to a label counts as chrome.
import { isInterfaceLabel } from './words';

/** Text that is interface, wherever it appears in a field (English, where the corpus shows it; see words.ts for labels). */
export const CHROME = [
  /\bendorsed by\b/i,
  /^\d[\d,.]*\+?\s+endorsements?\b/i,
  /\b\d[\d,.]*\s+endorsements?$/i,
  /^show all\b/i,
  /(…|\.\.\.)\s*see more$/i,
  /(…|\.\.\.)\s*more$/i,
  /(^|\s)·\s*(1st|2nd|3rd\+?)$/i,
  /^(1st|2nd|3rd\+?)$/i,
];

/** Whether a captured string is LinkedIn's interface text rather than something about the person. */
export const isChrome = (text: string): boolean => CHROME.some((pattern) => pattern.test(text.trim())) || isInterfaceLabel(text);
