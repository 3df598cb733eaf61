import { defineConfig, type WxtViteConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Least privilege: the toolbar click grants the page (activeTab); scripting injects the sidebar;
// storage keeps the reader's settings. No host permissions, no content script on every page.
export default defineConfig({
  manifest: {
    name: 'Parallax',
    description: 'See how other outlets reported the story you are reading. Everything stays on your device.',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: 'Parallax' },
  },
  // The preset is typed against the top-level vite, WXT bundles its own: same plugin API, two type copies.
  vite: () => ({ plugins: preact() as unknown as WxtViteConfig['plugins'] }),
});
