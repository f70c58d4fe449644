import { defineConfig } from 'wxt';

// The permission list is mirrored in README.md ("Permissions") and checked against the built
// manifest by tests/unit/manifest.test.ts: change both together.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser }) => ({
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
    optional_host_permissions: ['https://*.linkedin.com/*'],
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
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
