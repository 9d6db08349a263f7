/**
 * One thread of the analysis pool (analysePool.ts): analyses the batches of documents it is sent
 * and posts each batch's analyses back (packed: packAnalysis.ts), then bumps the shared counter
 * the main thread waits on.
 * Loaded from a bundle made ahead (workerBundle.ts), else through analyseWorker.mjs (tsx).
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { analyseDocument } from '../pipeline/convert';
import type { PoolReply, PoolRequest, PoolWorkerData } from './analysePool';
import { packAnalysis } from './packAnalysis';

const { port, signal } = workerData as PoolWorkerData;
const counter = new Int32Array(signal);

const reply = (message: PoolReply): void => {
  port.postMessage(message);
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
};

(port as MessagePort).on('message', (request: PoolRequest) => {
  reply({
    type: 'done',
    batch: request.batch,
    results: request.docs.map((doc) => packAnalysis(analyseDocument(doc))),
  });
});
reply({ type: 'ready' });
