/**
 * How an analysis crosses from a worker thread to the main one (analysePool.ts): what grouping
 * reads (metadata, characters) as objects, the rest (premise, segments, placements) serialized
 * with v8.serialize, which the main thread keeps as bytes until the document's film is built
 * (convert.ts's DeferredAnalysis). As objects, a cloned analysis takes about 10 KB of the main
 * thread's heap for a 5 KB document; serialized, its rest takes about 3 KB, off the heap. The
 * bytes are read back with v8.deserialize, the structured clone postMessage itself uses, so the
 * film is the same as from an analysis made in the main thread.
 */
import { deserialize, serialize } from 'node:v8';
import type { DeferredAnalysis, DocumentAnalysis } from '../pipeline/convert';

/** An analysis as a worker posts it. */
export interface PackedDocumentAnalysis {
  analysis: (Pick<DeferredAnalysis, 'meta' | 'characters'> & { packed: Uint8Array }) | null;
  diagnostics: DocumentAnalysis['diagnostics'];
}

type Rest = ReturnType<DeferredAnalysis['rest']>;

/** In the worker: the analysis with its rest serialized. */
export const packAnalysis = (r: DocumentAnalysis): PackedDocumentAnalysis => {
  if (!r.analysis) return { analysis: null, diagnostics: r.diagnostics };
  const whole = 'rest' in r.analysis ? { ...r.analysis, ...r.analysis.rest() } : r.analysis;
  const { meta, characters, ...rest } = whole as typeof whole & Rest;
  // A copy of its own: a clone of a view would carry the whole buffer under it.
  const packed = new Uint8Array(serialize(rest));
  return {
    analysis: { meta, characters, packed },
    diagnostics: r.diagnostics,
  };
};

/** In the main thread: the analysis, its rest read back when its film is built. */
export const unpackAnalysis = (r: PackedDocumentAnalysis): DocumentAnalysis => {
  if (!r.analysis) return { analysis: null, diagnostics: r.diagnostics };
  const { meta, characters, packed } = r.analysis;
  return {
    analysis: { meta, characters, rest: () => deserialize(packed) as Rest },
    diagnostics: r.diagnostics,
  };
};
