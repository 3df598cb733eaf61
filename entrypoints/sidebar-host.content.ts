// The sidebar script: the background injects it into the tab on each toolbar click (activeTab), and each
// injection opens the sidebar or, if it is open, closes it. An opened sidebar asks the background for the
// article script (page-article.content.ts), which reads the page. The work is in src/page/.
// Named sidebar-host, not sidebar: WXT allows one entrypoint per name, and "sidebar" is the frame's page.
// No `matches`: WXT copies a runtime script's matches into host_permissions, and activeTab is all it needs.
import { toggleSidebar } from '../src/page/open-sidebar';

export default defineContentScript({
  registration: 'runtime',
  main: () => toggleSidebar(),
});
