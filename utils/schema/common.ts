import { z } from './zod';

/** An instant, as `Date.prototype.toISOString()` writes it (UTC). */
export const instantSchema = z.iso.datetime();
/** A calendar day, "2026-11-25". */
export const daySchema = z.iso.date();
export const idSchema = z.string().min(1).max(120);
