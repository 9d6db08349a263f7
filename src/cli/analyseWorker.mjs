// The entry of an analysis worker (analysePool.ts). A worker thread does not inherit the main
// thread's `--import tsx` (Node 20 loads a worker's .ts entry without it), so tsx's loader is
// registered here before the TypeScript half of the worker is imported.
import { register } from 'tsx/esm/api';

register();
await import('./analyseWorker.ts');
