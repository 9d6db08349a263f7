import { existsSync, rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  autoThreads,
  createAnalysePool,
  defaultThreads,
  MIN_POOL_BYTES,
  parseThreads,
  type AnalysePool,
} from '../../src/cli/analysePool';
import { workerBundle } from '../../src/cli/workerBundle';
import { packAnalysis, unpackAnalysis } from '../../src/cli/packAnalysis';
import {
  analyseDocument,
  convertDocuments,
  type DocumentAnalysis,
} from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import type { SourceText } from '../../src/pipeline/source';
import { generateCorpus } from '../bench/corpus';
import { makeSandbox, type Sandbox } from '../pipeline/fixtures/sandbox';

// Two documents of one film (same title, same people): they must still merge and align.
const RECAP = [
  'Title: The Salt Orchard',
  'Year: 1987',
  'Director: Maren Holt',
  'A beekeeper on a windy coast keeps a secret about the night the orchard burned.',
  'Spoilers ahead.',
  'Ottilie Brask (Hana Vuori) tends the hives above the cliffs while her nephew Ansel repairs the barn.',
  'Twenty years earlier, Ottilie had watched the orchard burn and said nothing to the police.',
  'Back in the present, Ansel finds a scorched key in the barn and asks Ottilie about it.',
  'Ottilie rechristens the old mare Ember and rides to the harbour.',
].join('\n');

const SYNOPSIS = [
  'Title: The Salt Orchard',
  '',
  'Ottilie (Hana Vuori) tends the hives above the cliffs. Ansel repairs the barn roof.',
  '',
  'Ansel finds a scorched key and shows it to Ottilie, who goes pale.',
  '',
  'At the harbour, Ottilie finally tells Ansel what happened the night of the fire.',
].join('\n');

const DOCS: SourceText[] = [
  { file: 'orchard-recap.txt', text: RECAP },
  { file: 'orchard-synopsis.txt', text: SYNOPSIS },
  { file: 'blank.txt', text: '  \n' },
  ...generateCorpus(6, 11),
];

const convertOn = (analyse?: AnalysePool['analyse']) => {
  const diagnostics = new Diagnostics();
  const films = convertDocuments(DOCS, diagnostics, undefined, analyse);
  return { films: JSON.stringify(films), diagnostics: JSON.stringify(diagnostics.items) };
};

describe('the analysis pool (worker threads)', () => {
  let pool: AnalysePool;
  beforeAll(() => {
    // One document per batch, and the main thread waits for the worker: it surely takes some.
    pool = createAnalysePool({ threads: 2, batchBytes: 1, waitForWorkers: true });
  });
  afterAll(() => pool.close());

  it('gives the same films and messages as one thread, merged films included', () => {
    const one = convertOn();
    const pooled = convertOn(pool.analyse);
    expect(pool.counts().workers[0]).toBeGreaterThan(0);
    expect(pooled.films).toBe(one.films);
    expect(pooled.diagnostics).toBe(one.diagnostics);
    const films = JSON.parse(pooled.films) as { id: string; sources: { file: string }[] }[];
    expect(films.find((f) => f.id === 'the-salt-orchard')?.sources.map((s) => s.file)).toEqual([
      'orchard-recap.txt',
      'orchard-synopsis.txt',
    ]);
    expect(pooled.diagnostics).toMatch(/blank\.txt: no story found/);
  }, 120_000);

  it('answers in document order whichever thread analysed which document', () => {
    const results = pool.analyse(DOCS);
    expect(results).toHaveLength(DOCS.length);
    expect(results[2]?.analysis).toBeNull();
    expect(results[0]?.analysis?.meta.title).toBe('The Salt Orchard');
  }, 120_000);
});

/** An analysis with its deferred rest read back, keys in the order analyseDocument gives. */
const whole = (r: DocumentAnalysis): DocumentAnalysis => {
  if (!r.analysis || !('rest' in r.analysis)) return r;
  const { meta, characters, rest } = r.analysis;
  const { premise, segments, placements } = rest();
  return {
    analysis: { meta, premise, segments, placements, characters },
    diagnostics: r.diagnostics,
  };
};

describe('a pool that closes when done (the build)', () => {
  it('stops its workers as soon as the analyses are back, with the same results', async () => {
    const pool = createAnalysePool({
      threads: 2,
      batchBytes: 1,
      waitForWorkers: true,
      closeWhenDone: true,
    });
    expect(pool.alive()).toBe(1);
    const results = pool.analyse(DOCS);
    // Stopped before analyse returns: the films are built with no idle worker holding a heap.
    expect(pool.alive()).toBe(0);
    expect(pool.counts().workers[0]).toBeGreaterThan(0);
    expect(JSON.stringify(results.map(whole))).toBe(JSON.stringify(DOCS.map(analyseDocument)));
    await pool.close();
    // A later call still answers, in the main thread alone.
    const main = pool.counts().main;
    expect(pool.analyse(DOCS.slice(0, 2))).toHaveLength(2);
    expect(pool.counts().main).toBe(main + 2);
  }, 120_000);

  it('keeps what a worker analysed compact until its film is built', () => {
    const doc = DOCS[0] as SourceText;
    const packed = packAnalysis(analyseDocument(doc));
    expect(packed.analysis?.packed).toBeInstanceOf(Uint8Array);
    expect(packed.analysis?.meta.title).toBe('The Salt Orchard');
    const back = unpackAnalysis(packed);
    expect(back.analysis && 'rest' in back.analysis).toBe(true);
    expect(JSON.stringify(whole(back))).toBe(JSON.stringify(analyseDocument(doc)));
    expect(
      unpackAnalysis(packAnalysis(analyseDocument(DOCS[2] as SourceText))).analysis,
    ).toBeNull();
  });

  it('loads its workers from a bundle made ahead, made again only when its inputs change', () => {
    const first = workerBundle();
    expect(first).toMatch(/analyseWorker-[0-9a-f]+\.cjs$/);
    expect(existsSync(first ?? '')).toBe(true);
    expect(workerBundle()).toBe(first);
  }, 120_000);
});

describe('thread counts', () => {
  it('reads a positive whole number, else nothing', () => {
    expect(parseThreads('3')).toBe(3);
    expect(parseThreads(' 1 ')).toBe(1);
    expect(parseThreads('0')).toBeNull();
    expect(parseThreads('two')).toBeNull();
    expect(parseThreads('1.5')).toBeNull();
    expect(parseThreads(undefined)).toBeNull();
  });

  it('defaults to FABULA_THREADS, else the cores, at most two', () => {
    expect(defaultThreads({ FABULA_THREADS: '3' })).toBe(3);
    expect(defaultThreads({ FABULA_THREADS: 'many' })).toBeGreaterThanOrEqual(1);
    expect(defaultThreads({})).toBeGreaterThanOrEqual(1);
    expect(defaultThreads({}, 8)).toBe(2);
    expect(defaultThreads({}, 2)).toBe(2);
    expect(defaultThreads({}, 1)).toBe(1);
    expect(defaultThreads({ FABULA_THREADS: '4' }, 1)).toBe(4);
  });

  it('gives the build one thread for little text, else the cores, at most two', () => {
    expect(autoThreads(10_000, 8)).toBe(1);
    expect(autoThreads(MIN_POOL_BYTES - 1, 8)).toBe(1);
    expect(autoThreads(MIN_POOL_BYTES, 8)).toBe(2);
    expect(autoThreads(50 * MIN_POOL_BYTES, 2)).toBe(2);
    expect(autoThreads(50 * MIN_POOL_BYTES, 1)).toBe(1);
  });
});

describe('build-data --threads', () => {
  let box: Sandbox;
  afterEach(() => rmSync(box.dir, { recursive: true, force: true }));

  it('writes the same files on one thread and on two', () => {
    box = makeSandbox();
    for (const doc of DOCS) box.seed(doc.file, doc.text);
    const one = box.run(['--threads', '1']);
    const filesOne = box.files();
    const two = box.run(['--threads', '2']);
    expect(two.code).toBe(one.code);
    expect(two.stderr.replace(/ in \d+\.\d s/, '')).toBe(one.stderr.replace(/ in \d+\.\d s/, ''));
    expect(box.files()).toEqual(filesOne);
  }, 120_000);

  it('rejects a thread count that is not a positive whole number', () => {
    box = makeSandbox();
    const r = box.run(['--threads', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--threads needs a positive whole number/);
  });
});
