#!/usr/bin/env node
// `npx parallax-pack …` from a checkout: runs the TypeScript command through tsx, as `npm run pack` does.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/pack/pack.ts');
