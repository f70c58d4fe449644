import { toMonth } from '../../utils/extract/linkedin-parse/dates';

/**
 * An entry whose shown dates were edited by hand gets its normalised months again, so that
 * startMonth/endMonth never disagree with the start/end the user sees and corrects.
 */
export function withMonths<T extends { start: string; end: string; startMonth?: string | null; endMonth?: string | null }>(entry: T): T {
  if (!entry.start && !entry.end) return { ...entry, startMonth: '', endMonth: '' };
  return { ...entry, startMonth: toMonth(entry.start) ?? '', endMonth: entry.end ? toMonth(entry.end) : '' };
}
