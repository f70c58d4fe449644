import { z } from './zod';
import { removeInvisible } from './clean-text';

/** An instant, as `Date.prototype.toISOString()` writes it (UTC). */
export const instantSchema = z.iso.datetime();
/** A calendar day, "2026-11-25". */
export const daySchema = z.iso.date();
export const idSchema = z.string().min(1).max(120);

/**
 * Text that is stored: cleaned of invisible and reordering characters and lone surrogates before
 * any other check (utils/schema/clean-text.ts), so every way into the database cleans alike.
 */
export const storedTextSchema = () => z.string().overwrite(removeInvisible);
