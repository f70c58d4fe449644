// The Firefox build's manifest (what `wxt zip -b firefox` packs and the Firefox tests install):
// Manifest V2 names for the toolbar button and the sidebar, the same permissions as Chrome's minus
// the side panel, LinkedIn only as an optional origin, and no Firefox for Android declaration.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIREFOX_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
const manifest = JSON.parse(readFileSync(resolve(FIREFOX_DIR, 'manifest.json'), 'utf8'));
const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');

/** Rows of the README's Permissions table: `name` | kind | why. */
function documented(): { name: string; kind: string }[] {
  const section = readme.split(/^## Permissions$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \| ([^|]+) \|/gm)].map((m) => ({ name: m[1], kind: m[2].trim() }));
}

describe('the Firefox manifest', () => {
  it('is Manifest V2 with a toolbar button (browser_action) and a sidebar', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_action.default_popup).toBe('popup.html');
    expect(manifest.action).toBeUndefined();
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(manifest.side_panel).toBeUndefined();
  });

  it('binds the shortcuts to Firefox MV2’s own commands (_execute_action does nothing there)', () => {
    expect(manifest.commands).toEqual({
      _execute_browser_action: { suggested_key: { default: 'Alt+Shift+M' }, description: 'Save the profile on this page' },
      _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+S' }, description: 'Open the Mentor Scout side panel' },
    });
  });

  it('asks for the README’s required permissions except Chrome’s side panel, and for LinkedIn only as an optional origin', () => {
    const rows = documented();
    const required = rows.filter((r) => r.kind === 'required').map((r) => r.name);
    expect(rows.find((r) => r.name === 'sidePanel')?.kind).toBe('required (Chrome)');
    expect([...manifest.permissions].sort()).toEqual(required.sort());
    // MV2 has no optional_host_permissions: optional origins are optional_permissions.
    expect(manifest.optional_permissions).toEqual(rows.filter((r) => r.kind === 'optional host').map((r) => r.name));
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('declares desktop Firefox 140+ with no data collection, and not Firefox for Android (untested)', () => {
    expect(manifest.browser_specific_settings).toEqual({
      gecko: { id: 'mentor-scout@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    });
  });
});
