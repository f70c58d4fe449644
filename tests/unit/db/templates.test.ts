import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpAll } from '../../../utils/db/records';
import { deleteTemplate, listTemplates, resetTemplate, restoreTemplate, saveTemplate } from '../../../utils/db/templates';
import { BUILT_IN_TEMPLATES } from '../../../utils/drafting/templates';
import { resetIds, T0 } from '../builders';
import { closeDatabases, freshDb } from './helpers';

beforeEach(() => resetIds());
afterEach(closeDatabases);

const NOW = new Date(T0);

describe('templates in the database', () => {
  it('lists the built-ins when nothing is stored', async () => {
    const { db } = await freshDb();
    expect(await listTemplates(db)).toEqual(BUILT_IN_TEMPLATES);
  });

  it('an edited built-in replaces the original in place; own templates follow, by name', async () => {
    const { db } = await freshDb();
    const edited = await saveTemplate({ ...BUILT_IN_TEMPLATES[0]!, body: 'Hi {firstName}, {admiration} {ask}' }, NOW, db);
    const zed = await saveTemplate({ name: 'Zed', channel: 'any', subject: '', body: '{admiration}' }, NOW, db);
    const alpha = await saveTemplate({ name: 'Alpha', channel: 'email', subject: 'Hello', body: '{admiration}' }, NOW, db);
    const list = await listTemplates(db);
    expect(list.map((t) => t.id)).toEqual([...BUILT_IN_TEMPLATES.map((t) => t.id), alpha.id, zed.id]);
    expect(list[0]).toEqual(edited);
    expect(edited.builtIn).toBe(true);
    expect(alpha.builtIn).toBe(false);
    expect(alpha.id).toMatch(/^tpl:/);
  });

  it('reset brings the original back and returns the edit for Undo', async () => {
    const { db } = await freshDb();
    const id = BUILT_IN_TEMPLATES[1]!.id;
    const edited = await saveTemplate({ ...BUILT_IN_TEMPLATES[1]!, name: 'Mine now' }, NOW, db);
    expect(await resetTemplate(id, db)).toEqual(edited);
    expect((await listTemplates(db))[1]).toEqual(BUILT_IN_TEMPLATES[1]);
    await restoreTemplate(edited, db);
    expect((await listTemplates(db))[1]).toEqual(edited);
  });

  it('deletes own templates with Undo, and refuses to delete a built-in', async () => {
    const { db } = await freshDb();
    const own = await saveTemplate({ name: 'Own', channel: 'message', subject: '', body: '{admiration}' }, NOW, db);
    const before = await dumpAll(db);
    expect(await deleteTemplate(own.id, db)).toEqual(own);
    expect((await listTemplates(db)).some((t) => t.id === own.id)).toBe(false);
    await restoreTemplate(own, db);
    expect(await dumpAll(db)).toEqual(before);
    await expect(deleteTemplate(BUILT_IN_TEMPLATES[0]!.id, db)).rejects.toThrow(/Reset/);
    await expect(resetTemplate(own.id, db)).rejects.toThrow(/your own/);
  });

  it('rejects a template without a name', async () => {
    const { db } = await freshDb();
    await expect(saveTemplate({ name: '  ', channel: 'any', subject: '', body: '' }, NOW, db)).rejects.toThrow();
    expect(await listTemplates(db)).toEqual(BUILT_IN_TEMPLATES);
  });
});
