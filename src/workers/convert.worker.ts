/**
 * The converter in a Web Worker, so converting a long summary never freezes the page. It answers
 * each ConvertRequest with one ConvertResponse (see convertProtocol.ts).
 */
import { convertSummary } from '../pipeline/summary';
import type { ConvertRequest, ConvertResponse } from './convertProtocol';

const post = (message: ConvertResponse): void =>
  (self as unknown as { postMessage: (m: ConvertResponse) => void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<ConvertRequest>) => {
  const { id, input } = event.data;
  const started = performance.now();
  try {
    const result = convertSummary(input);
    const ms = performance.now() - started;
    post(
      result.ok
        ? { type: 'film', id, film: result.film, warnings: result.warnings, ms }
        : { type: 'error', id, message: result.error },
    );
  } catch (error) {
    // convertSummary reports rather than throws; this is a converter bug, still one line.
    post({ type: 'error', id, message: `The converter failed (${String(error)}).` });
  }
});
