// Times one clusterEvents run in a process of its own, so the bench can give up on it after a time limit
// (synchronous engine work cannot be interrupted in-process). Prints one JSON line: {"ms": …, "events": …, "quality": …}.
// Usage: tsx cluster-child.ts <articles> <seed>

import { clusterEvents } from '../../../src/engine/match/cluster-events';
import { generateCorpus } from '../generate-corpus';
import { clusterQuality } from './cluster-quality';
import { timed } from './stats';

const [articles, seed] = process.argv.slice(2).map(Number);
if (!articles || seed === undefined || Number.isNaN(seed)) throw new Error('cluster-child: usage: cluster-child.ts <articles> <seed>');
const { pack, labels } = generateCorpus({ articles, seed });
const { value, ms } = timed(() => clusterEvents(pack.articles));
process.stdout.write(`${JSON.stringify({ ms, events: value.length, quality: clusterQuality(value, labels) })}\n`);
