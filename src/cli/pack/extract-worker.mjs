// Starts ./extract-worker.ts in a worker thread: a worker does not inherit tsx's loader, so it registers it.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
