/**
 * The messages between the page and the converter worker (src/workers/convert.worker.ts): one
 * request, one answer, matched by id. A failed conversion answers with a one-line message.
 */
import type { Film } from '../model/film';
import type { SummaryInput } from '../pipeline/summary';

/** Page -> worker: convert this summary. */
export interface ConvertRequest {
  type: 'convert';
  id: number;
  input: SummaryInput;
}

/** Worker -> page: the film and how long the conversion took, or why there is none. */
export type ConvertResponse =
  | { type: 'film'; id: number; film: Film; warnings: string[]; ms: number }
  | { type: 'error'; id: number; message: string };
