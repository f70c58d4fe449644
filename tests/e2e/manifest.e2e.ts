// The shipped manifest (the one the end-to-end tests load and `wxt zip` packs) asks for exactly
// the permissions the README explains, and nothing that would let LinkedIn see or reach us.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8'));
const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

/** Rows of the README's Permissions table: `name` | kind | why. */
function documented(): { name: string; kind: string }[] {
  const section = readme.split(/^## Permissions$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \| ([^|]+) \|/gm)].map((m) => ({ name: m[1], kind: m[2].trim() }));
}

describe('the shipped manifest', () => {
  const rows = documented();

  it('requests exactly the permissions the README lists as required', () => {
    const required = rows.filter((r) => r.kind.startsWith('required')).map((r) => r.name);
    expect([...manifest.permissions].sort()).toEqual(required.sort());
  });

  it('asks for LinkedIn only as an optional host permission, and for no other host', () => {
    const optionalHosts = rows.filter((r) => r.kind === 'optional host').map((r) => r.name);
    expect(manifest.optional_host_permissions).toEqual(optionalHosts);
    expect(optionalHosts).toEqual(['https://*.linkedin.com/*']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('declares no content script and no web-accessible resource (LinkedIn probes for those)', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('has the toolbar popup, the side panel, and their shortcuts', () => {
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
    expect(Object.keys(manifest.commands).sort()).toEqual(['_execute_action', 'open-side-panel']);
  });
});
