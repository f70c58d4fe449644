import type { Channel } from '../schema/channel';

/**
 * What each channel allows. Lengths are JavaScript string lengths (`.length`, UTF-16 code units):
 * LinkedIn's boxes count the same way, so an emoji costs 2.
 */
export interface ChannelSpec {
  channel: Channel;
  /** Shown to the mentee: "Connection note". */
  label: string;
  /** InMail and email have a subject line; connection notes and messages do not. */
  hasSubject: boolean;
  /** Hard cap on the body, or null where there is none. */
  bodyLimit: number | null;
  /**
   * Soft length the body should stay under, or null. Going over it is a nudge, never an error
   * (LinkedIn messages have no practical cap, but long first messages get fewer replies).
   */
  recommended: number | null;
  /** Hard cap on the subject, or null where there is none (or no subject at all). */
  subjectLimit: number | null;
}

/** LinkedIn's connection-note caps: a free account gets 200 characters, Premium 300. */
export const CONNECTION_NOTE_LIMIT = { free: 200, premium: 300 } as const;
/** No hard cap on a LinkedIn message; this is the length we nudge towards. */
export const MESSAGE_RECOMMENDED = 400;
export const INMAIL_SUBJECT_LIMIT = 200;
export const INMAIL_BODY_LIMIT = 1_900;

export const CHANNELS: readonly Channel[] = ['connection-note', 'message', 'inmail', 'email'];

export interface ChannelOptions {
  /** LinkedIn Premium raises the connection-note limit (see preferences.premium). */
  premium?: boolean;
}

/** The rules for one channel. */
export function channelSpec(channel: Channel, options: ChannelOptions = {}): ChannelSpec {
  switch (channel) {
    case 'connection-note':
      return {
        channel,
        label: 'Connection note',
        hasSubject: false,
        bodyLimit: options.premium ? CONNECTION_NOTE_LIMIT.premium : CONNECTION_NOTE_LIMIT.free,
        recommended: null,
        subjectLimit: null,
      };
    case 'message':
      return { channel, label: 'LinkedIn message', hasSubject: false, bodyLimit: null, recommended: MESSAGE_RECOMMENDED, subjectLimit: null };
    case 'inmail':
      return { channel, label: 'InMail', hasSubject: true, bodyLimit: INMAIL_BODY_LIMIT, recommended: null, subjectLimit: INMAIL_SUBJECT_LIMIT };
    case 'email':
      return { channel, label: 'Email', hasSubject: true, bodyLimit: null, recommended: null, subjectLimit: null };
  }
}

/** Length as the channel counts it. */
export function textLength(text: string): number {
  return text.length;
}

/**
 * The length a draft should be brought down to by "make it fit": the hard cap where there is one,
 * else the recommended length, else null (email: nothing to fit).
 */
export function targetLength(spec: ChannelSpec): number | null {
  return spec.bodyLimit ?? spec.recommended;
}

export interface LengthReport {
  length: number;
  /** The hard cap, or null. */
  limit: number | null;
  /** Characters over the hard cap (0 when it fits or there is none). */
  over: number;
  /** Characters over the recommended length (0 when under it or there is none). */
  overRecommended: number;
  subjectLength: number;
  subjectOver: number;
}

/** How a body and subject measure against a channel. */
export function measure(spec: ChannelSpec, text: string, subject = ''): LengthReport {
  const length = textLength(text);
  const subjectLength = textLength(subject);
  return {
    length,
    limit: spec.bodyLimit,
    over: spec.bodyLimit === null ? 0 : Math.max(0, length - spec.bodyLimit),
    overRecommended: spec.recommended === null ? 0 : Math.max(0, length - spec.recommended),
    subjectLength,
    subjectOver: spec.subjectLimit === null ? 0 : Math.max(0, subjectLength - spec.subjectLimit),
  };
}
