import { defineConfig } from 'wxt';
import { extensionPagesCsp } from './utils/ui/photo-hosts';

/**
 * The two shortcuts. The toolbar button's built-in command is `_execute_action` in Manifest V3 and
 * `_execute_browser_action` in V2 (Firefox ignores a V3 name in a V2 manifest: issue #12). Firefox
 * opens its sidebar with its own built-in `_execute_sidebar_action`; Chrome's side panel needs a
 * command of ours that the background answers (entrypoints/background/commands.ts).
 */
export function commands(browser: string, manifestVersion: 2 | 3) {
  const save = { suggested_key: { default: 'Alt+Shift+M' }, description: 'Save the profile on this page' };
  const panel = { suggested_key: { default: 'Alt+Shift+S' }, description: 'Open the Mentor Scout side panel' };
  return {
    [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: save,
    [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: panel,
  };
}

// The permission list is mirrored in README.md ("Permissions") and checked against the built
// manifest by tests/e2e/manifest.e2e.ts (Chrome) and tests/e2e/firefox/manifest.e2e.ts: change both together.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Mentor Scout',
    description:
      'Save potential mentors while you browse, draft specific mentorship requests, and track the outreach. Everything stays in your browser.',
    permissions: [
      'activeTab',
      'scripting',
      'contextMenus',
      'alarms',
      'notifications',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Manifest V2 (Firefox) has no optional_host_permissions: optional origins go in optional_permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*.linkedin.com/*'] }
      : { optional_host_permissions: ['https://*.linkedin.com/*'] }),
    // Images only from the extension, data:/blob: and the profile-photo hosts (utils/ui/photo-hosts.ts):
    // a photo address on any other host can never load from an extension page (issue #9).
    content_security_policy: manifestVersion === 2 ? extensionPagesCsp() : { extension_pages: extensionPagesCsp() },
    action: { default_title: 'Save this profile to Mentor Scout' },
    commands: commands(browser, manifestVersion),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mentor-scout@example.org',
              // data_collection_permissions needs Firefox 140. Firefox for Android is not declared
              // (no gecko_android) until it can be tested: see README, "Firefox".
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
