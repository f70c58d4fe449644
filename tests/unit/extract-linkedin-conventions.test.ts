// Conventions of the LinkedIn extractor, kept alive by tests: every selector group says which saved
// page proves it and that page exists; every saved page is listed in the fixtures manifest and
// exercised by the extractor's tests; the injected code imports no zod or React.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as selectors from '../../utils/extract/linkedin/selectors';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const fixtures = readdirSync(new URL('tests/fixtures/linkedin/', root)).filter((file) => file.endsWith('.html'));

describe('selectors.ts', () => {
  const source = read('utils/extract/linkedin/selectors.ts');
  // Each export with the doc comment right above it.
  const groups = [...source.matchAll(/\/\*\*([\s\S]*?)\*\/\s*export const (\w+)/g)].map(([, comment, name]) => ({ name, comment }));

  it('documents every exported group', () => {
    const exported = Object.keys(selectors).sort();
    expect(groups.map((g) => g.name).sort()).toEqual(exported);
  });

  it.each(groups.map((g) => [g.name, g.comment] as const))('%s names a saved page that exists', (_name, comment) => {
    // Pages of the real corpus (li-…) may be named as "seen in"; the project's own pages must exist.
    const named = [...comment.matchAll(/([\w-]+\.html)/g)].map((m) => m[1]).filter((file) => !file.startsWith('li-'));
    expect(named.length).toBeGreaterThan(0);
    for (const file of named) expect(fixtures).toContain(file);
  });

  it('holds no empty group', () => {
    for (const [name, value] of Object.entries(selectors)) {
      if (typeof value === 'string') expect(value, name).not.toBe('');
      if (Array.isArray(value)) expect(value.length, name).toBeGreaterThan(0);
    }
  });
});

describe('tests/fixtures/linkedin', () => {
  const manifest = read('tests/fixtures/linkedin/README.md');
  const tests = read('tests/unit/extract-linkedin.test.ts');

  it.each(fixtures)('%s is listed in the manifest and tested', (file) => {
    expect(manifest).toContain(`\`${file}\``);
    expect(tests).toContain(`'${file}'`);
  });
});

describe('injected code', () => {
  it('imports schema types only, never zod or React', () => {
    for (const file of readdirSync(new URL('utils/extract/linkedin/', root))) {
      const source = read(`utils/extract/linkedin/${file}`);
      for (const [, statement] of source.matchAll(/^(import [\s\S]*?;)$/gm)) {
        if (/schema\//.test(statement)) expect(statement, file).toMatch(/^import type /);
        expect(statement, file).not.toMatch(/['"](zod|react)['"]|\/zod['"]/);
      }
    }
  });
});
