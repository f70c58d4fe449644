import type { z } from 'zod';

/**
 * The records that parse with `schema`; the others are skipped here and left in the store (data read
 * from IndexedDB is parsed, never trusted, and never dropped on read).
 */
export function readable<S extends z.ZodType>(schema: S, raw: readonly unknown[]): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  for (const record of raw) {
    const parsed = schema.safeParse(record);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
