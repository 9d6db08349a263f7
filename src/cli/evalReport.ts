import type { DocumentScore, LocatedEvent } from './evalScore';

/**
 * Turns document scores into what `npm run eval` prints: a table per document, a summary per
 * folder and overall, a verbose listing of every wrong pair, and the one-line summary last.
 */

/** One scored document and the eval folder it came from. */
export interface ScoredDocument {
  folder: string;
  score: DocumentScore;
  /** Set when no film's sources name the document (the converter dropped it or failed). */
  note?: string;
}

/** The aggregate of a set of documents (one folder, or all). */
export interface Summary {
  name: string;
  documents: number;
  meanChrono: number;
  meanBaseline: number;
  worst: { file: string; chrono: number } | null;
  meanStoryOrder: number;
  meanPrecision: number;
  meanRecall: number;
  leaks: number;
  /** Anchors in no scene, over all the documents (story text the films lost). */
  lost: number;
  metadataOk: number;
  metadataStated: number;
}

const mean = (xs: readonly number[]): number =>
  xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;

/** Aggregates documents: means of the per-document ratios, the worst document, totals. */
export const summarize = (name: string, docs: readonly ScoredDocument[]): Summary => {
  const scores = docs.map((d) => d.score);
  let worst: Summary['worst'] = null;
  for (const s of scores)
    if (!worst || s.chrono.value < worst.chrono) worst = { file: s.file, chrono: s.chrono.value };
  return {
    name,
    documents: docs.length,
    meanChrono: mean(scores.map((s) => s.chrono.value)),
    meanBaseline: mean(scores.map((s) => s.baseline.value)),
    worst,
    meanStoryOrder: mean(scores.map((s) => s.storyOrder.value)),
    meanPrecision: mean(scores.map((s) => s.characters.precision.value)),
    meanRecall: mean(scores.map((s) => s.characters.recall.value)),
    leaks: scores.reduce((n, s) => n + s.leaks.length, 0),
    lost: scores.reduce((n, s) => n + s.lost, 0),
    metadataOk: scores.reduce((n, s) => n + s.metadata.filter((m) => m.ok).length, 0),
    metadataStated: scores.reduce((n, s) => n + s.metadata.length, 0),
  };
};

const f3 = (x: number): string => x.toFixed(3);
const f2 = (x: number): string => x.toFixed(2);
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const COLUMNS = [
  ['file', 34],
  ['folder', 8],
  ['chrono', 7],
  ['base', 7],
  ['story', 7],
  ['charP', 6],
  ['charR', 6],
  ['leaks', 6],
  ['meta', 6],
  ['scenes', 7],
] as const;

/** The per-document table: one header line and one line per document. */
export const formatTable = (docs: readonly ScoredDocument[]): string[] => {
  const header = COLUMNS.map(([h, w], i) => (i < 2 ? pad(h, w) : lpad(h, w))).join(' ');
  const rows = docs.map(({ folder, score: s, note }) => {
    const cells = [
      s.file,
      folder,
      f3(s.chrono.value),
      f3(s.baseline.value),
      f3(s.storyOrder.value),
      f2(s.characters.precision.value),
      f2(s.characters.recall.value),
      String(s.leaks.length),
      `${s.metadata.filter((m) => m.ok).length}/${s.metadata.length}`,
      String(s.scenes),
    ];
    const line = COLUMNS.map(([, w], i) => {
      const c = cells[i] ?? '';
      return i < 2 ? pad(clip(c, w), w) : lpad(c, w);
    }).join(' ');
    return note ? `${line}  (${note})` : line;
  });
  return [header, ...rows];
};

/** One summary line for a folder or for everything. */
export const formatSummary = (s: Summary): string =>
  s.documents === 0
    ? `${pad(s.name, 8)} 0 docs scored`
    : `${pad(s.name, 8)} ${s.documents} docs · chrono ${f3(s.meanChrono)} mean (text-order baseline ${f3(
        s.meanBaseline,
      )}; worst ${s.worst ? `${f2(s.worst.chrono)} ${s.worst.file}` : '-'}) · story order ${f3(
        s.meanStoryOrder,
      )} · chars P ${f2(s.meanPrecision)} R ${f2(s.meanRecall)} · leaks ${s.leaks} · lost ${
        s.lost
      } · metadata ${s.metadataOk}/${s.metadataStated}`;

/** The last line of the report: the overall figures on one line. */
export const formatLastLine = (s: Summary): string =>
  `eval: chrono ${f3(s.meanChrono)} mean (worst ${
    s.worst ? `${f2(s.worst.chrono)} ${s.worst.file}` : '-'
  }; text-order baseline ${f3(s.meanBaseline)}) · chars P ${f2(s.meanPrecision)} R ${f2(
    s.meanRecall,
  )} · leaks ${s.leaks} · metadata ${s.metadataOk}/${s.metadataStated} · ${s.documents} docs`;

const where = (e: LocatedEvent): string =>
  e.scene
    ? `scene ${e.scene.id} story ${e.scene.storyIndex} chrono ${e.scene.chronoIndex}`
    : e.offset < 0
      ? 'anchor missing'
      : 'in no scene';

const quote = (s: string): string => `"${clip(s.replace(/\s+/g, ' '), 48)}"`;

/** The verbose listing for one document: events in gold order, wrong pairs, characters, leaks, metadata. */
export const formatVerbose = ({ folder, score: s }: ScoredDocument): string[] => {
  const out: string[] = [`── ${folder}/${s.file}`];
  out.push('  events (gold rank · @offset · where the film put it):');
  const byRank = [...s.events].sort((a, b) => a.chrono - b.chrono || a.offset - b.offset);
  for (const e of byRank)
    out.push(
      `    ${lpad(String(e.chrono), 3)} @${lpad(String(e.offset), 6)}  ${pad(where(e), 34)} ${quote(e.anchor)}`,
    );
  if (s.wrongPairs.length) {
    out.push(`  wrong pairs (${s.wrongPairs.length} of ${s.chrono.total}):`);
    for (const { a, b, reason } of s.wrongPairs)
      out.push(
        `    ✗ ${quote(a.anchor)} [rank ${a.chrono}; ${where(a)}] vs ${quote(b.anchor)} [rank ${b.chrono}; ${where(b)}] (${reason})`,
      );
  }
  const c = s.characters;
  if (c.missed.length) out.push(`  gold characters missed: ${c.missed.join(', ')}`);
  if (c.spurious.length)
    out.push(
      `  film characters matching no gold character: ${c.spurious
        .map((x) => (x.notCharacter ? `${x.name} (listed as NOT a character)` : x.name))
        .join(', ')}`,
    );
  if (c.split.length)
    out.push(`  gold characters split over several film characters: ${c.split.join(', ')}`);
  for (const l of s.leaks)
    out.push(`  leak: ${quote(l.text)} @${l.offset} inside scene ${l.sceneId}`);
  if (s.lost) out.push(`  lost: ${s.lost} of ${s.events.length} anchors in no scene`);
  for (const m of s.metadata.filter((x) => !x.ok))
    out.push(
      `  metadata ${m.field}: gold ${JSON.stringify(m.gold)}, film ${JSON.stringify(m.film)}`,
    );
  return out;
};
