import { defineConfig } from 'wxt';
import { extensionPagesCsp } from './utils/ui/photo-hosts';

// The permission list is mirrored in README.md ("Permissions") and checked against the built
// manifest by tests/unit/manifest.test.ts: change both together.
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
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*.linkedin.com/*'] }
      : { optional_host_permissions: ['https://*.linkedin.com/*'] }),
    // Images only from the extension, data:/blob: and the profile-photo hosts (utils/ui/photo-hosts.ts):
    // a photo address on any other host can never load from an extension page (issue #9).
    content_security_policy: manifestVersion === 2 ? extensionPagesCsp() : { extension_pages: extensionPagesCsp() },
    action: { default_title: 'Save this profile to Mentor Scout' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Save the profile on this page',
      },
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open the Mentor Scout side panel',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mentor-scout@example.org',
              // data_collection_permissions needs Firefox 140 (desktop) / 142 (Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
