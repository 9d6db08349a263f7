import type { Film } from '../model/film';
import type { SummaryInput } from '../pipeline/summary';
import type { ConvertRequest, ConvertResponse } from './convertProtocol';

/**
 * The name of the performance measure each conversion leaves: its duration is the wall time
 * (worker start included), `detail.workerMs` the conversion alone. The end-to-end tests read it.
 */
export const CONVERT_MEASURE = 'fabula:convert';

/** A conversion that produced no film, with the one-line reason. */
export class ConvertError extends Error {
  override readonly name = 'ConvertError';
}

/** What the worker made: the film, its warnings, and the conversion time inside the worker. */
export interface Converted {
  film: Film;
  warnings: string[];
  ms: number;
}

let nextId = 1;

/**
 * Converts a summary in a fresh Web Worker (its own chunk) and ends the worker after: one worker
 * per conversion keeps nothing alive between uses, and aborting simply terminates it.
 */
export function convertInWorker(input: SummaryInput, signal?: AbortSignal): Promise<Converted> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The conversion was cancelled.', 'AbortError'));
      return;
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL('./convert.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(new ConvertError(`The converter could not start (${String(error)}).`));
      return;
    }
    const id = nextId++;
    const started = performance.now();
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('The conversion was cancelled.', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort);
    worker.addEventListener('message', (event: MessageEvent<ConvertResponse>) => {
      const answer = event.data;
      if (answer.id !== id) return;
      finish();
      performance.measure(CONVERT_MEASURE, {
        start: started,
        end: performance.now(),
        detail: { workerMs: answer.type === 'film' ? answer.ms : null },
      });
      if (answer.type === 'film')
        resolve({ film: answer.film, warnings: answer.warnings, ms: answer.ms });
      else reject(new ConvertError(answer.message));
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(new ConvertError(`The converter could not run (${event.message || 'worker error'}).`));
    });
    const request: ConvertRequest = { type: 'convert', id, input };
    worker.postMessage(request);
  });
}
