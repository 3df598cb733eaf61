// Wiring only: the toolbar click, corpus seeding and the message handlers live in src/background/.
import { startBackground } from '../src/background/start-background';

export default defineBackground(() => {
  startBackground();
});
