// The mentee's side of a draft, in whole sentences whatever they typed: who I am (from me.intro),
// what help I hope for (from helpWanted), the ask in the channel's own terms, and the sign-off.
// Each part has several wordings; sentences.ts picks by angle and length.
import type { Channel } from '../schema/channel';
import type { Ask, Goals } from '../schema/goals';
import { article } from './wording';
import { capitalise } from './text';

const trimEnd = (value: string) => value.trim().replace(/[.!?;:,\s]+$/, '');

/**
 * "I'm Priya, a secondary-school science teacher learning UX research." from the name and the
 * one-line introduction, whatever its form ("backend engineer at …", "a designer", "I run …",
 * "learning UX"); "" when neither is given.
 */
export function introSentence(me: Goals['me']): string {
  const name = (me?.name ?? '').trim();
  const intro = trimEnd(me?.intro ?? '');
  if (!intro) return name ? `I'm ${name}.` : '';
  if (/^(?:I|I'm|I’m|I've|My)\b/.test(intro)) return name ? `I'm ${name}. ${capitalise(intro)}.` : `${capitalise(intro)}.`;
  const lower = intro.charAt(0).toLowerCase() + intro.slice(1);
  let phrase: string;
  if (/^(?:a|an|the|one|currently|now)\s/i.test(intro)) phrase = lower;
  else if (/^\w+ing\b/i.test(intro) && !/^(?:engineering|marketing|accounting|nursing|consulting)\b/i.test(intro)) phrase = lower;
  else if (/^[A-Z][a-z]*[A-Z]|^[A-Z]{2,}/.test(intro)) phrase = article(intro);
  else phrase = article(lower);
  if (/^\w+ing\b/i.test(phrase)) return name ? `I'm ${name}, and I'm ${phrase}.` : `I'm ${phrase}.`;
  return name ? `I'm ${name}, ${phrase}.` : `I'm ${phrase}.`;
}

/** Words that start a request for the mentor's view ("feedback on…", "advice about…"). */
const VIEW_NOUN = /^(?:feedback|advice|thoughts|input|perspective|view|views|take|guidance|pointers|tips|insight|insights|suggestions|opinion|a review|a look)\b/i;
const WH = /^(?:how|what|which|why|when|where|whether|if|who)\b/i;

/**
 * How they could help, as one sentence in up to three wordings, or [] when helpWanted is empty:
 * "how you made the move" → "I'd love to hear how you made the move."; "feedback on a talk
 * proposal" → "I'd really value your feedback on a talk proposal."
 */
export function helpSentences(goals: Pick<Goals, 'helpWanted'>): string[] {
  let help = trimEnd(goals.helpWanted ?? '');
  if (!help) return [];
  if (/^(?:I|I'm|I’m|I'd|I’d|My)\b/.test(help)) return [`${capitalise(help)}.`];
  help = help.replace(/^(?:i(?:'m|’m| am) looking for|looking for|i(?:'d|’d| would) like|i (?:want|need)|some)\s+/i, '');
  const lower = help.charAt(0).toLowerCase() + help.slice(1);
  if (WH.test(help)) return [`I'd love to hear ${lower}.`, `I'd be grateful to learn ${lower}.`, `Above all, I'd love to know ${lower}.`];
  if (VIEW_NOUN.test(help)) {
    const yours = lower.replace(/^(?:a |an )/, '');
    return [`I'd really value your ${yours}.`, `Your ${yours} would help me a lot.`, `I'd be grateful for your ${yours}.`];
  }
  if (/^\w+ing\b/.test(lower)) return [`I'd love your advice on ${lower}.`, `I'd value your view on ${lower}.`];
  if (/^(?:to\s)?(?:learn|find|choose|get|build|pick|start|make|decide|prepare|plan|write|give|land|move|lead|become|grow)\b/.test(lower)) {
    const verb = lower.replace(/^to\s/, '');
    return [`I'd love your advice on how to ${verb}.`, `I'd value your view on how best to ${verb}.`];
  }
  return [`I'd especially value ${lower}.`, `I'm especially hoping for ${lower}.`];
}

const NUMBER = ['', 'one', 'two', 'three'];

/**
 * The ask as the channel says it: a call is "a 20-minute call" everywhere, but questions are "by
 * email" on LinkedIn and simply "a question or two" in an email; a note is brief, an email can add
 * that one conversation would already help. Several wordings, shortest last.
 */
export function askSentences(ask: Ask, channel: Channel): string[] {
  const frequency = (ask.frequency ?? '').trim().toLowerCase().replace(/[.!?]+$/, '');
  const recurring = frequency && !/^(?:once|one[- ]off|one time|just once|a single time)$/.test(frequency) ? frequency : '';
  if (ask.format === 'call' || ask.format === 'meeting') {
    const noun = ask.format === 'call' ? 'call' : 'meeting';
    const size = ask.minutes ? `${ask.minutes}-minute` : 'short';
    const sized = `${article(size)} ${noun}`;
    const every = recurring ? (/ly$/.test(recurring) ? `, perhaps ${recurring}` : ` ${recurring}`) : '';
    if (channel === 'connection-note') {
      return [`Would you be open to ${sized}${recurring ? every : ''}?`, `Would you be open to ${sized}?`, ...(ask.minutes ? [`Would you have ${ask.minutes} minutes to talk?`] : []), `Open to ${sized}?`];
    }
    if (channel === 'email') {
      return [
        recurring ? `Would you be open to ${sized}${every}? Even one conversation would help.` : `Would you be open to ${sized} in the coming weeks?`,
        ask.minutes ? `Could you spare ${ask.minutes} minutes for a ${noun}${every}?` : `Could you spare time for a short ${noun}${every}?`,
        `Would you be open to ${sized}${every}?`,
      ];
    }
    return [`Would you be open to ${sized}${every} sometime soon?`, `Would you have time for ${sized}${every}?`, `Would you be open to ${sized}${every}?`];
  }
  if (ask.format === 'email') {
    const count = NUMBER[2];
    if (channel === 'email') return [`Would you mind if I sent you ${count} short questions?`, `Could I send you ${count} short questions?`];
    return [`Could I send you ${count} short questions by email?`, `Could I email you ${count} short questions?`, `Could I email you ${count} questions?`];
  }
  // A message: on LinkedIn "here", in an email by reply.
  if (channel === 'email') return ['Would you mind if I asked you a question or two by email?', 'Could I ask you a question or two by email?'];
  if (channel === 'connection-note') return ['Could I message you a question or two?', 'Could I send you a question or two?'];
  return ['Could I ask you a question or two here?', 'Would you mind a question or two here?'];
}

/** The closing line(s), by channel; the name goes on its own line in a message or an email. */
export function signOffs(name: string, channel: Channel): string[] {
  const n = name.trim();
  if (channel === 'connection-note') return n ? [`Thanks, ${n}`, 'Thanks!'] : ['Thanks!'];
  if (channel === 'email') return n ? [`Thank you for reading,\n${n}`, `Best wishes,\n${n}`] : ['Thank you for reading.', 'Best wishes.'];
  return n ? [`Thanks,\n${n}`, `Thank you,\n${n}`] : ['Thank you!', 'Thanks!'];
}

export function greeting(firstName: string): string {
  return firstName ? `Hi ${firstName},` : 'Hello,';
}
