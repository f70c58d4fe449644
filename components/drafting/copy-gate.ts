// Whether the editor's text may go to the clipboard. Refused outright: nothing to copy, a visible
// placeholder, or a hard length overrun (a connection note or an InMail would be cut by LinkedIn).
// Any other failing check (no email subject, a long message, `link`, `wording`…) copies only after
// an explicit "Copy anyway".
import { channelSpec, measure } from '../../utils/drafting/channels';
import type { Check } from '../../utils/drafting/quality';
import type { Channel } from '../../utils/schema/channel';

export type CopyVerdict = { kind: 'ok' } | { kind: 'refused'; message: string } | { kind: 'soft'; message: string };

const PLACEHOLDER = /\{[^{}\n]{0,40}\}|\[[^[\]\n]{1,40}\](?!\()/;

export function copyVerdict(text: string, subject: string, channel: Channel, premium: boolean, checks: readonly Check[] | null): CopyVerdict {
  if (!text.trim()) return { kind: 'refused', message: 'There is nothing to copy yet. Say in your own words why you are writing to them, or pick another alternative.' };
  const placeholder = PLACEHOLDER.exec(`${subject}\n${text}`);
  if (placeholder) return { kind: 'refused', message: `Not copied: replace ${placeholder[0]} with real words first.` };
  const spec = channelSpec(channel, { premium });
  const m = measure(spec, text, subject);
  if (m.over > 0) return { kind: 'refused', message: `Not copied: it is ${m.over} character${m.over === 1 ? '' : 's'} over the ${spec.bodyLimit}-character limit, so LinkedIn would cut it. Use "Make it fit" or shorten it.` };
  if (m.subjectOver > 0) return { kind: 'refused', message: `Not copied: the subject is ${m.subjectOver} character${m.subjectOver === 1 ? '' : 's'} over its ${spec.subjectLimit}-character limit.` };
  const failing = (checks ?? []).filter((c) => !c.ok);
  if (failing.length) return { kind: 'soft', message: `Some checks do not pass: ${failing.map((c) => c.message).join(' ')}` };
  return { kind: 'ok' };
}
