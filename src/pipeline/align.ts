/**
 * Stage 7b, align: merges the scene lists of several documents about one film. Each further
 * document is aligned to the merged list with a monotone (Needleman-Wunsch) alignment on shared
 * characters and content words; aligned pairs above a threshold become one scene with both
 * source spans, and the rest are interleaved where the alignment puts them, so the merged story
 * order stays consistent with each document's text order. Times of a document's unmatched scenes
 * are carried over relative to its nearest matched scene, so each document's chronology holds.
 * Shape out: AlignedScene[] in merged story order.
 */

/** One document's scene, ready to merge. */
export interface DocScene {
  file: string;
  start: number;
  end: number;
  t: number;
  /** Character ids in the scene. */
  chars: Set<string>;
  words: Set<string>;
  /** True when the document placed the scene off its main line (flashback, backstory). */
  offMain: boolean;
  /** Index of the per-document scene (for kind, cue, text). */
  ref: number;
}

/** A merged scene: its tellings (the first is the primary) and its time. */
export interface AlignedScene {
  parts: DocScene[];
  t: number;
}

const MATCH_THRESHOLD = 0.28;
/** Above this many cells the alignment is skipped and scenes interleave by position. */
const MAX_CELLS = 250_000;

const jaccard = (a: Set<string>, b: Set<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
};

const overlap = (a: Set<string>, b: Set<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.min(a.size, b.size);
};

// Two tellings of one moment agree on whether it is backstory: a summary that tells a scene in
// the main line is not matched to another's flashback, whatever words they share.
const score = (a: DocScene, b: DocScene): number =>
  a.offMain !== b.offMain ? 0 : 0.45 * jaccard(a.chars, b.chars) + 0.55 * overlap(a.words, b.words);

/** Aligns `next` into `merged`; returns pairs (merged index | -1, next index | -1) in order. */
const align = (merged: AlignedScene[], next: DocScene[]): [number, number][] => {
  const n = merged.length;
  const m = next.length;
  if (n * m > MAX_CELLS) {
    // Too big to align: interleave by relative position.
    const out: [number, number][] = [];
    let j = 0;
    for (let i = 0; i < n; i++) {
      while (j < m && j / m <= i / n) out.push([-1, j++]);
      out.push([i, -1]);
    }
    while (j < m) out.push([-1, j++]);
    return out;
  }
  const W = m + 1;
  const dp = new Float64Array((n + 1) * W);
  const move = new Uint8Array((n + 1) * W);
  for (let i = 1; i <= n; i++) move[i * W] = 1;
  for (let j = 1; j <= m; j++) move[j] = 2;
  for (let i = 1; i <= n; i++) {
    const a = merged[i - 1]?.parts[0];
    for (let j = 1; j <= m; j++) {
      const b = next[j - 1];
      let best = dp[(i - 1) * W + j] ?? 0;
      let mv = 1;
      const left = dp[i * W + j - 1] ?? 0;
      if (left > best) {
        best = left;
        mv = 2;
      }
      if (a && b) {
        const s = score(a, b) - MATCH_THRESHOLD;
        const diag = (dp[(i - 1) * W + j - 1] ?? 0) + s;
        if (s > 0 && diag > best) {
          best = diag;
          mv = 3;
        }
      }
      dp[i * W + j] = best;
      move[i * W + j] = mv;
    }
  }
  const out: [number, number][] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const mv = move[i * W + j];
    if (mv === 3) {
      out.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (mv === 1 || j === 0) {
      out.push([i - 1, -1]);
      i--;
    } else {
      // Unmatched scenes of the new document go before the merged scene they precede.
      out.push([-1, j - 1]);
      j--;
    }
  }
  return out.reverse();
};

/** Merges the scene lists of one film's documents (the first list is the primary). */
export const alignDocuments = (docs: DocScene[][]): AlignedScene[] => {
  const [first, ...rest] = docs;
  let merged: AlignedScene[] = (first ?? []).map((s) => ({ parts: [s], t: s.t }));
  for (const next of rest) {
    const pairs = align(merged, next);
    const matchedT = new Map<number, number>();
    for (const [i, j] of pairs) if (i >= 0 && j >= 0) matchedT.set(j, merged[i]?.t ?? 0);
    const matchedIdx = [...matchedT.keys()].sort((a, b) => a - b);
    const tOf = (j: number): number => {
      const own = next[j]?.t ?? 0;
      if (matchedIdx.length === 0) return own;
      // Carry the scene over relative to its nearest matched neighbour in the document.
      let best = matchedIdx[0] ?? 0;
      for (const k of matchedIdx) if (Math.abs(k - j) < Math.abs(best - j)) best = k;
      return (matchedT.get(best) ?? 0) + (own - (next[best]?.t ?? 0));
    };
    const out: AlignedScene[] = [];
    for (const [i, j] of pairs) {
      const ms = i >= 0 ? merged[i] : undefined;
      const ns = j >= 0 ? next[j] : undefined;
      if (ms && ns) out.push({ parts: [...ms.parts, ns], t: ms.t });
      else if (ms) out.push(ms);
      else if (ns) out.push({ parts: [ns], t: tOf(j) });
    }
    merged = out;
  }
  return merged;
};
