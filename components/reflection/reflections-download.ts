// "Export reflections (CSV)" (issue #13): every written reflection as a spreadsheet, export only.
import { reflectionsCsvFileName, reflectionsToCsv } from '../../utils/backup/reflections-csv';
import { listGoals } from '../../utils/db/goals';
import { listPeople } from '../../utils/db/people';
import { listAllReflections } from '../../utils/db/reflections';
import { answeredReflections } from '../../utils/tracking/reflections';
import { downloadText } from '../tracking/download';

/** Saves reflections.csv to the downloads and says what it holds. */
export async function downloadReflectionsCsv(now: Date = new Date()): Promise<string> {
  const [{ people }, reflections, goals] = await Promise.all([listPeople(), listAllReflections(), listGoals()]);
  const count = answeredReflections(reflections).length;
  downloadText(reflectionsToCsv(reflections, people, goals), reflectionsCsvFileName(now.toISOString()), 'text/csv;charset=utf-8');
  return `Saved ${count} reflection${count === 1 ? '' : 's'} as a spreadsheet (CSV) to your downloads. It is for reading or sharing; the backup (JSON) is what imports them again.`;
}
