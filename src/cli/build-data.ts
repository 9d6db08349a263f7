/**
 * build-data: turns the seeds folder into the app's film JSON (see /work/shared/CONTRACT.md).
 *
 *   npm run build:data -- [--seeds <folder>] [--out <folder>] [--annotations <folder>] [--threads <n>]
 *
 *   --seeds <folder>        input documents: every *.txt and *.json directly in it (default data/seeds)
 *   --out <folder>          output, replaced atomically (default public/data)
 *   --annotations <folder>  hand corrections, <film-id>.json (default data/annotations; may be absent)
 *   --threads <n>           threads analysing documents, the main one included (default: the
 *                           FABULA_THREADS environment variable, else the cores, at most 2, and 1
 *                           below 512 KB of text)
 *   -h, --help              print this usage and exit 0
 *
 * Exit codes:
 *   0  every input produced a film (or fed one) and everything was written
 *   1  some input was bad: one line per problem on stderr (`file: what is wrong [rule]`); the
 *      films of the good inputs are still written. Also when a bad annotation file was skipped,
 *      when the output could not be written (the previous output stays), or when no film at all
 *      could be built (the previous output stays untouched).
 *   2  usage error: unknown flag, missing flag value, stray argument, seeds folder not found,
 *      an --annotations folder given but not found (the default folder may be absent), a --threads
 *      value that is not a positive whole number.
 *
 * Threads (analysePool.ts): each document's own analysis (cleaning, metadata, scenes, characters,
 * time placing) runs on a pool of worker threads beside the main one; grouping documents into
 * films, merging them and writing stay in the main thread, in document order, so the output is
 * byte for byte the same on any number of threads. The workers load a bundle of the pipeline made
 * ahead of their start (workerBundle.ts) and are stopped as soon as the analyses are back, before
 * the films are built (when memory peaks); `--threads 1` keeps everything in the main thread.
 *
 * Inputs: *.txt files are plot documents for the text converter (src/pipeline/convert.ts); *.json
 * files are Story Curves scene files (src/pipeline/storycurves.ts), anything else in JSON is
 * reported as "not a Story Curves scene file". Other files are ignored.
 *
 * A .txt document that is a pasted HTML page has its tags blanked out with spaces before
 * conversion (src/pipeline/markup.ts; offsets unchanged), with a warning; the film's source text
 * is that blanked text.
 *
 * stderr: on a terminal a \r-updated progress line (documents done / total, MB/s); always the
 * problems, one line each, then one summary line such as
 * `built 12 films from 15 documents (0.3 MB) in 0.8 s`. stdout carries only --help.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Film } from '../model';
import { convertDocuments, type AnalyseDocuments } from '../pipeline/convert';
import { Diagnostics, formatDiagnostic } from '../pipeline/diagnostics';
import {
  errorMessage,
  formatMegabytes,
  listInputFiles,
  readAnnotationFiles,
  readDocument,
} from '../pipeline/read';
import type { SourceText } from '../pipeline/source';
import { importStoryCurves } from '../pipeline/storycurves';
import { blankMarkup, looksLikeHtml } from '../pipeline/markup';
import { cleanLeftovers } from '../pipeline/write';
import {
  autoThreads,
  createAnalysePool,
  MAX_DEFAULT_THREADS,
  parseThreads,
  THREADS_ENV,
} from './analysePool';
import { createFilmSink, type FilmSink } from './filmSink';
import { createProgress, type OutStream } from './progress';

/** Default folders, relative to the working directory. */
export const DEFAULTS = {
  seeds: 'data/seeds',
  out: 'public/data',
  annotations: 'data/annotations',
} as const;

/** Exit codes, as the comment at the top documents them. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

export const USAGE = `Usage: npm run build:data -- [--seeds <folder>] [--out <folder>] [--annotations <folder>] [--threads <n>]

Builds one film JSON per film from the documents in the seeds folder.

  --seeds <folder>        input documents, *.txt and *.json (default ${DEFAULTS.seeds})
  --out <folder>          output folder, replaced atomically (default ${DEFAULTS.out})
  --annotations <folder>  hand corrections, <film-id>.json (default ${DEFAULTS.annotations})
  --threads <n>           threads analysing documents (default ${THREADS_ENV}, else the cores,
                          at most ${MAX_DEFAULT_THREADS}; 1 below 512 KB of text); the output is
                          the same for any n
  -h, --help              show this help

Exit codes: 0 all inputs built, 1 some input was bad (good films still written), 2 usage error.
`;

/**
 * The converter's signature, so tests can hand the CLI a stand-in (e.g. one that throws). Given
 * `onFilm`, it may hand films over as it builds them instead of returning them; given
 * `analyseAll`, it may take the per-document analyses from it (the thread pool).
 */
export type Convert = (
  docs: SourceText[],
  diagnostics: Diagnostics,
  onFilm?: (film: Film) => void,
  analyseAll?: AnalyseDocuments,
) => Film[];

/** What the CLI talks to; the real process by default, buffers in tests. */
export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  /** Folder the relative paths are taken from. */
  cwd?: string;
  /** Milliseconds clock for the progress line and the summary. */
  now?: () => number;
  /** The text converter (A1's convertDocuments unless a test swaps it). */
  convert?: Convert;
  /** The environment read for FABULA_THREADS (process.env by default). */
  env?: NodeJS.ProcessEnv;
}

const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Runs the converter, handing each film to `take` as it is built; a crash is isolated to the
 * documents that cause it (their films are lost).
 */
const convertGuarded = (
  convert: Convert,
  docs: SourceText[],
  diagnostics: Diagnostics,
  sink: FilmSink,
  take: (film: Film) => void,
  analyseAll?: AnalyseDocuments,
): void => {
  if (docs.length === 0) return;
  try {
    convert(docs, diagnostics, take, analyseAll).forEach(take);
  } catch (error) {
    // Retry one document at a time so one bad document cannot sink the rest (cross-document
    // merging is lost in this fallback; the crash is a converter bug and is reported as one).
    // What the batch handed over before it threw is dropped, as if it had never been built.
    sink.reset();
    diagnostics.warn(
      '(converter)',
      'converter-crash',
      `the converter threw on the whole batch (${errorMessage(error)}); converting one document at a time`,
    );
    for (const doc of docs) {
      // A document's films count only when its conversion returns.
      const held: Film[] = [];
      try {
        held.push(...convert([doc], diagnostics, (film) => held.push(film)));
      } catch (inner) {
        diagnostics.error(
          doc.file,
          'converter-crash',
          `made the converter fail (${errorMessage(inner)})`,
        );
        continue;
      }
      held.forEach(take);
    }
  }
};

/** Sets each source's optional `text` to the document text, so the app can show spans in context. */
const withSourceText = (film: Film, texts: ReadonlyMap<string, string>): Film => ({
  ...film,
  sources: film.sources.map((s) => {
    const text = texts.get(s.file);
    return text === undefined || s.text !== undefined ? s : { ...s, text };
  }),
});

/** Builds the film data: parses argv, reads, converts, corrects, validates, writes; returns the exit code. */
export const run = (argv: readonly string[], io: CliIo = processIo): number => {
  let values: {
    seeds?: string;
    out?: string;
    annotations?: string;
    threads?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        seeds: { type: 'string' },
        out: { type: 'string' },
        annotations: { type: 'string' },
        threads: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.stderr.write(`build-data: ${errorMessage(error).replace(/\.$/, '')} (see --help)\n`);
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  const threadsFlag = values.threads === undefined ? null : parseThreads(values.threads);
  if (values.threads !== undefined && threadsFlag === null) {
    io.stderr.write(
      `build-data: --threads needs a positive whole number, not '${values.threads}' (see --help)\n`,
    );
    return EXIT.usage;
  }
  const threadsEnv = parseThreads((io.env ?? process.env)[THREADS_ENV]);
  const now = io.now ?? (() => performance.now());
  const started = now();
  const cwd = io.cwd ?? process.cwd();
  const seeds = resolve(cwd, values.seeds ?? DEFAULTS.seeds);
  const out = resolve(cwd, values.out ?? DEFAULTS.out);
  const annotationsDir = resolve(cwd, values.annotations ?? DEFAULTS.annotations);
  if (!isFolder(seeds)) {
    io.stderr.write(`build-data: seeds folder ${seeds} does not exist (see --help)\n`);
    return EXIT.usage;
  }
  if (values.annotations !== undefined && !isFolder(annotationsDir)) {
    io.stderr.write(
      `build-data: annotations folder ${annotationsDir} does not exist (see --help)\n`,
    );
    return EXIT.usage;
  }

  // Leftovers of a killed run go first, whatever this run then manages to do.
  const diagnostics = new Diagnostics();
  try {
    cleanLeftovers(out);
  } catch (error) {
    diagnostics.warn(
      out,
      'leftovers',
      `leftovers of a killed run could not be cleaned (${errorMessage(error)})`,
    );
  }
  const progress = createProgress(io.stderr, now);
  const files = listInputFiles(seeds);
  const docs: SourceText[] = [];
  let bytes = 0;
  files.forEach((file, i) => {
    const doc = readDocument(seeds, file, diagnostics);
    if (doc) {
      docs.push(doc);
      bytes += Buffer.byteLength(doc.text, 'utf8');
    }
    progress.update('reading documents', i + 1, files.length, bytes);
  });

  const texts = docs
    .filter((d) => !d.file.toLowerCase().endsWith('.json'))
    .map((d) => {
      if (!looksLikeHtml(d.text)) return d;
      diagnostics.warn(
        d.file,
        'html-markup',
        'looks like an HTML page; its tags were blanked out (offsets unchanged)',
      );
      return { file: d.file, text: blankMarkup(d.text) };
    });
  const storyCurves = docs.filter((d) => d.file.toLowerCase().endsWith('.json'));

  // Each film is corrected, measured, validated and written as soon as it is built (filmSink.ts);
  // only the index summaries and the set of files that fed a film are kept.
  const annotationsRead = new Diagnostics();
  const sink = createFilmSink(
    out,
    readAnnotationFiles(annotationsDir, annotationsRead),
    annotationsRead.items,
    (count) => progress.count('converting and writing: films written', count),
  );
  const textOf = new Map(texts.map((d) => [d.file, d.text]));
  // The pool of threads for the documents' own analyses (the output is the same without it),
  // stopped as soon as the analyses are back (see the comment at the top).
  const threads =
    threadsFlag ?? threadsEnv ?? autoThreads(texts.reduce((n, d) => n + d.text.length, 0));
  const pool = threads > 1 ? createAnalysePool({ threads, closeWhenDone: true }) : null;
  progress.note(`converting ${texts.length} documents${pool ? ` on ${threads} threads` : ''}...`);
  try {
    convertGuarded(
      io.convert ?? convertDocuments,
      texts,
      diagnostics,
      sink,
      (film) => sink.add(withSourceText(film, textOf)),
      pool?.analyse,
    );
  } finally {
    void pool?.close();
  }
  // Story Curves films come after the converted ones: a converted film keeps an id both build.
  for (const doc of storyCurves) {
    const film = importStoryCurves(doc, diagnostics);
    if (film) sink.add(film);
  }
  for (const d of sink.messages()) diagnostics.report(d);

  // An input that fed no film and got no message of its own still gets one line.
  const named = new Set(diagnostics.errors.map((d) => d.file));
  for (const doc of docs)
    if (!sink.fed.has(doc.file) && !named.has(doc.file))
      diagnostics.error(doc.file, 'no-film', 'produced no film');

  let written = false;
  const films = sink.count;
  if (films > 0) {
    try {
      progress.note('writing the index...');
      sink.commit();
      written = true;
    } catch (error) {
      diagnostics.error(
        out,
        'write-failed',
        `could not be written (${errorMessage(error)}); the previous output is left in place`,
      );
    }
  }
  progress.clear();

  for (const d of diagnostics.items) {
    if (d.severity === 'info') continue;
    // Some stages repeat the file name in the message; print it once.
    const message = d.message.startsWith(`${d.file}: `)
      ? d.message.slice(d.file.length + 2)
      : d.message;
    io.stderr.write(
      `${d.severity === 'warning' ? 'warning: ' : ''}${formatDiagnostic({ ...d, message })}\n`,
    );
  }
  const seconds = ((now() - started) / 1000).toFixed(1);
  const size = formatMegabytes(bytes);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (files.length === 0) {
    io.stderr.write(
      `build-data: no *.txt or *.json documents in ${seeds}; ${out} left unchanged\n`,
    );
    return EXIT.badInput;
  }
  if (films === 0) {
    io.stderr.write(
      `build-data: no film could be built from ${plural(files.length, 'document')}; ${out} left unchanged\n`,
    );
    return EXIT.badInput;
  }
  const problems = new Set(diagnostics.errors.map((d) => d.file)).size;
  io.stderr.write(
    `${written ? 'built' : 'could not write'} ${plural(films, 'film')} from ${plural(files.length, 'document')} (${size}) in ${seconds} s` +
      (problems > 0 ? `; problems in ${plural(problems, 'file')}` : '') +
      '\n',
  );
  return diagnostics.errors.length > 0 || !written ? EXIT.badInput : EXIT.ok;
};

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) process.exitCode = run(process.argv.slice(2));
