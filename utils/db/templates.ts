// The mentee's templates. The store holds only what differs from the built-ins: their edited
// copies (under the built-in's id) and their own templates. The built-ins themselves live in code,
// so an update that improves them reaches everyone who never edited them.
import { BUILT_IN_TEMPLATES, builtInTemplates } from '../drafting/templates';
import { templateSchema, type Template } from '../schema/draft';
import { announceChange, inTransaction, openDatabase, type MentorScoutDb } from './database';
import { StorageProblem, withStorageErrors } from './errors';
import { newId } from './ids';
import { readable } from './parse';

const BUILT_IN_IDS = new Set(BUILT_IN_TEMPLATES.map((t) => t.id));

export function isBuiltInId(id: string): boolean {
  return BUILT_IN_IDS.has(id);
}

/**
 * Every template: the built-ins in their usual order (a stored edit with a built-in's id replaces
 * it), then the mentee's own, by name. Stored records that do not parse are skipped, not deleted.
 */
export async function listTemplates(db?: MentorScoutDb): Promise<Template[]> {
  const raw = await (db ?? (await openDatabase())).getAll('templates');
  const stored = readable(templateSchema, raw);
  const edits = new Map(stored.filter((t) => isBuiltInId(t.id)).map((t) => [t.id, { ...t, builtIn: true }]));
  const own = stored.filter((t) => !isBuiltInId(t.id)).map((t) => ({ ...t, builtIn: false }));
  own.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return [...builtInTemplates().map((t) => edits.get(t.id) ?? t), ...own];
}

export type TemplateInput = Pick<Template, 'name' | 'channel' | 'subject' | 'body'> & { id?: string };

/**
 * Stores a template: under a built-in's id it becomes that built-in's edited copy; without an id
 * it is a new template of the mentee's own. Returns what was stored.
 */
export async function saveTemplate(input: TemplateInput, now: Date = new Date(), db?: MentorScoutDb): Promise<Template> {
  const id = input.id ?? newId('tpl');
  const template = templateSchema.parse({
    id,
    name: input.name,
    channel: input.channel,
    subject: input.subject,
    body: input.body,
    builtIn: isBuiltInId(id),
    updatedAt: now.toISOString(),
  });
  await withStorageErrors(async () => {
    await (db ?? (await openDatabase())).put('templates', template);
    announceChange({ stores: ['templates'] });
  });
  return template;
}

/**
 * Deletes one of the mentee's own templates and returns it, for Undo (restoreTemplate). Built-ins
 * are reset, not deleted: drafts and statistics refer to them by id.
 */
export async function deleteTemplate(id: string, db?: MentorScoutDb): Promise<Template | undefined> {
  if (isBuiltInId(id)) throw new StorageProblem('Built-in templates cannot be deleted. Use "Reset" to get the original wording back.');
  return removeStored(id, db);
}

/**
 * Puts a built-in template back to its original wording and returns the edited copy that was
 * stored (undefined when it was not edited), for Undo (restoreTemplate).
 */
export async function resetTemplate(id: string, db?: MentorScoutDb): Promise<Template | undefined> {
  if (!isBuiltInId(id)) throw new StorageProblem('Only built-in templates can be reset; this one is your own.');
  return removeStored(id, db);
}

/** Puts back a template removed by deleteTemplate or resetTemplate, exactly as it was (Undo). */
export async function restoreTemplate(template: Template, db?: MentorScoutDb): Promise<void> {
  const valid = templateSchema.parse(template);
  await withStorageErrors(async () => {
    await (db ?? (await openDatabase())).put('templates', valid);
    announceChange({ stores: ['templates'] });
  });
}

async function removeStored(id: string, db?: MentorScoutDb): Promise<Template | undefined> {
  return withStorageErrors(async () => {
    const removed = await inTransaction(db ?? (await openDatabase()), ['templates'], 'readwrite', async (tx) => {
      const raw = await tx.objectStore('templates').get(id);
      if (!raw) return undefined;
      await tx.objectStore('templates').delete(id);
      return raw;
    });
    if (removed) announceChange({ stores: ['templates'] });
    return removed;
  });
}
