import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Minimum versions follow the APIs the extension cannot work without:
// Chrome 116 for sidePanel.open ("Open briefing"); CSS.highlights needs only 105.
// Firefox 140 ships CSS.highlights and the data_collection_permissions key; see DESIGN.md.
const EXTENSION_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Explains the acronyms and actors in the news you read. Offline; sends nothing anywhere.',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    action: { default_title: 'Backstory' },
    // Only the extension's own scripts run in its pages: no eval, no remote code, no plugins.
    content_security_policy: browser === 'firefox' ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    commands: {
      'next-term': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next underlined term and open its card',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous underlined term and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
});
