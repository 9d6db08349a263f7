/**
 * The per-document half of the conversion (convert.ts's analyseDocument: cleaning, metadata,
 * segments, characters, placing) on several threads: the main thread and `threads - 1` worker
 * threads. Grouping documents into films, merging and building films stay in convertDocuments,
 * in the main thread, after every analysis is back; each document's analysis depends on its text
 * alone, and the analyses and their diagnostics are handed back in document order, so the films,
 * their ids and the messages are the same as on one thread, whatever thread did which document.
 *
 * Synchronous, like the rest of the build: the main thread analyses documents itself and, between
 * two, collects the workers' answers with receiveMessageOnPort; with nothing left to do it sleeps
 * on a shared counter the workers bump (Atomics.wait). Workers get batches of about BATCH_BYTES
 * of text, two at a time, once they have said they are ready. A worker loads the pipeline from a
 * bundle made ahead of its start (workerBundle.ts; a few tenths of a second, about 20 MB of heap),
 * else through tsx (analyseWorker.mjs; about a second and 45-65 MB more). A worker that stays
 * silent on a batch for STALL_MS is given up and its documents are analysed in the main thread.
 *
 * With `closeWhenDone` (the build), the workers are stopped as soon as the analyses are back:
 * building the films in the main thread is when memory peaks, and idle workers would still hold
 * their heaps then.
 */
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import { analyseDocument, type AnalyseDocuments, type DocumentAnalysis } from '../pipeline/convert';
import type { SourceText } from '../pipeline/source';
import { unpackAnalysis, type PackedDocumentAnalysis } from './packAnalysis';
import { workerBundle } from './workerBundle';

/** The environment variable that sets the number of threads (the CLI's --threads wins over it). */
export const THREADS_ENV = 'FABULA_THREADS';
/** Text handed to a worker per message (about six generated documents, a few tens of ms). */
const BATCH_BYTES = 32 * 1024;
/** Batches a worker holds at once: it starts the next while the main thread collects one. */
const IN_FLIGHT = 2;
/** How long a batch (or a worker's start) may take before the worker is given up. */
const STALL_MS = 120_000;
/**
 * The default number of threads at most: two threads give about 1.5 times one's speed; each more
 * worker adds its heap to the peak (see "Size and speed" in the README).
 */
export const MAX_DEFAULT_THREADS = 2;

/** What the worker entry receives (analyseWorker.ts). */
export interface PoolWorkerData {
  port: MessagePort;
  signal: SharedArrayBuffer;
}
/** Main -> worker: a batch of documents. */
export interface PoolRequest {
  batch: number;
  docs: SourceText[];
}
/** Worker -> main: ready once loaded; then one `done` per batch, its analyses in order. */
export type PoolReply =
  { type: 'ready' } | { type: 'done'; batch: number; results: PackedDocumentAnalysis[] };

/** A positive whole number of threads, or null. */
export const parseThreads = (value: string | undefined): number | null => {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 ? n : null;
};

/**
 * Below this much text the build's default is one thread: a worker's start (a few tenths of a
 * second, more when its bundle must be made) would eat what it saves.
 */
export const MIN_POOL_BYTES = 512 * 1024;

/** The build's default for `bytes` of text with no --threads nor FABULA_THREADS. */
export const autoThreads = (bytes: number, cores: number = availableParallelism()): number =>
  bytes < MIN_POOL_BYTES ? 1 : Math.max(1, Math.min(cores, MAX_DEFAULT_THREADS));

/**
 * The default: FABULA_THREADS when it is a positive number, else the machine's cores, at most
 * MAX_DEFAULT_THREADS.
 */
export const defaultThreads = (
  env: NodeJS.ProcessEnv = process.env,
  cores: number = availableParallelism(),
): number => parseThreads(env[THREADS_ENV]) ?? Math.max(1, Math.min(cores, MAX_DEFAULT_THREADS));

export interface AnalysePoolOptions {
  /** Threads analysing documents, the main one included (>= 2; 1 needs no pool). */
  threads: number;
  /** Text per batch handed to a worker (tests use a small one to spread a few documents). */
  batchBytes?: number;
  /** The main thread waits for every worker to be ready before analysing (tests, so workers work). */
  waitForWorkers?: boolean;
  /** Stops the workers as soon as a call's analyses are back (the pool then works alone). */
  closeWhenDone?: boolean;
  /** The worker's entry file (tests); by default the bundle, else the tsx entry. */
  entry?: string;
}

export interface AnalysePool {
  /** Analyses the documents, one result per document in the given order. */
  analyse: AnalyseDocuments;
  /** Documents analysed so far by the main thread and by each worker. */
  counts(): { main: number; workers: number[] };
  /** Workers not stopped or given up. */
  alive(): number;
  /**
   * Stops the workers; the pool's later calls are analysed in the main thread. Resolves once
   * every worker thread has exited (its heap is freed as it exits, with no wait needed).
   */
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  port: MessagePort;
  ready: boolean;
  dead: boolean;
  started: number;
  inFlight: number;
  analysed: number;
}

interface Pending {
  slot: Slot;
  from: number;
  to: number;
  sent: number;
}

/**
 * A path, not `new URL(..., import.meta.url)`: vite (vitest) rewrites that pattern as an asset
 * URL, and under its DOM environment a URL object is not Node's own.
 */
const TSX_ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'analyseWorker.mjs');

/** Starts `threads - 1` workers; they load while the caller goes on. */
export const createAnalysePool = (options: AnalysePoolOptions): AnalysePool => {
  const batchBytes = options.batchBytes ?? BATCH_BYTES;
  const entry = options.entry ?? (options.threads > 1 ? workerBundle() : null) ?? TSX_ENTRY;
  const exits: Promise<unknown>[] = [];
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const slots: Slot[] = [];
  for (let i = 1; i < options.threads; i++) {
    const channel = new MessageChannel();
    const data: PoolWorkerData = {
      port: channel.port2,
      signal: counter.buffer as SharedArrayBuffer,
    };
    let worker: Worker;
    try {
      // Not the parent's flags: a worker ignores `--import tsx` anyway, and --expose-gc and the
      // like are the main thread's business.
      worker = new Worker(entry, {
        execArgv: [],
        workerData: data,
        transferList: [channel.port2],
      });
    } catch {
      channel.port1.close();
      continue;
    }
    worker.unref();
    const slot: Slot = {
      worker,
      port: channel.port1,
      ready: false,
      dead: false,
      started: performance.now(),
      inFlight: 0,
      analysed: 0,
    };
    // A worker that fails to load or dies is given up; its batches go back to the main thread.
    worker.on('error', () => (slot.dead = true));
    exits.push(
      new Promise((exited) =>
        worker.once('exit', () => {
          slot.dead = true;
          exited(undefined);
        }),
      ),
    );
    slots.push(slot);
  }
  let mainCount = 0;
  let batchIds = 0;

  const giveUp = (slot: Slot): void => {
    slot.dead = true;
    slot.port.close();
    void slot.worker.terminate();
  };

  const analyse: AnalyseDocuments = (docs) => {
    const results: (DocumentAnalysis | undefined)[] = new Array<DocumentAnalysis | undefined>(
      docs.length,
    );
    let filled = 0;
    let next = 0;
    const pending = new Map<number, Pending>();
    /** Documents of batches taken back from a worker given up. */
    const reclaimed: number[] = [];
    const put = (i: number, r: DocumentAnalysis): void => {
      if (results[i] !== undefined) return;
      results[i] = r;
      filled++;
    };
    const collect = (slot: Slot): void => {
      for (let m = receiveMessageOnPort(slot.port); m; m = receiveMessageOnPort(slot.port)) {
        const reply = m.message as PoolReply;
        if (reply.type === 'ready') {
          slot.ready = true;
          continue;
        }
        slot.inFlight--;
        const p = pending.get(reply.batch);
        if (!p) continue;
        pending.delete(reply.batch);
        reply.results.forEach((r, k) => put(p.from + k, unpackAnalysis(r)));
        slot.analysed += reply.results.length;
      }
    };
    const send = (slot: Slot): void => {
      const from = next;
      let bytes = 0;
      while (next < docs.length && (next === from || bytes < batchBytes))
        bytes += docs[next++]?.text.length ?? 0;
      const batch = batchIds++;
      pending.set(batch, { slot, from, to: next, sent: performance.now() });
      slot.inFlight++;
      const request: PoolRequest = { batch, docs: docs.slice(from, next) };
      slot.port.postMessage(request);
    };
    const reclaimStalled = (now: number): void => {
      for (const slot of slots)
        if (!slot.dead && !slot.ready && now - slot.started > STALL_MS) giveUp(slot);
      for (const [batch, p] of pending)
        if (p.slot.dead || now - p.sent > STALL_MS) {
          if (!p.slot.dead) giveUp(p.slot);
          pending.delete(batch);
          for (let i = p.from; i < p.to; i++) reclaimed.push(i);
        }
    };
    const waiting = (): boolean =>
      options.waitForWorkers === true && slots.some((s) => !s.dead && !s.ready);
    const alone = (doc: SourceText, i: number): void => {
      put(i, analyseDocument(doc));
      mainCount++;
    };

    while (filled < docs.length) {
      const seen = Atomics.load(counter, 0);
      for (const slot of slots) if (!slot.dead) collect(slot);
      reclaimStalled(performance.now());
      for (const slot of slots)
        while (!slot.dead && slot.ready && slot.inFlight < IN_FLIGHT && next < docs.length)
          send(slot);
      // Every document handed out: a worker with nothing left in flight is stopped now, so its
      // heap is freed while the main thread finishes its own last documents.
      if (options.closeWhenDone && next >= docs.length)
        for (const slot of slots) if (!slot.dead && slot.inFlight === 0) giveUp(slot);
      const back = reclaimed.pop();
      if (back !== undefined) {
        const doc = docs[back];
        if (doc && results[back] === undefined) alone(doc, back);
        continue;
      }
      if (next < docs.length && !waiting()) {
        const doc = docs[next];
        if (doc) alone(doc, next);
        next++;
        continue;
      }
      // Nothing for the main thread: sleep until a worker answers (or a second passes, to look
      // for stalls).
      if (filled < docs.length) Atomics.wait(counter, 0, seen, 1000);
    }
    if (options.closeWhenDone) void close();
    return results as DocumentAnalysis[];
  };

  const close = async (): Promise<void> => {
    for (const slot of slots) if (!slot.dead) giveUp(slot);
    await Promise.all(exits);
  };

  return {
    analyse,
    counts: () => ({ main: mainCount, workers: slots.map((s) => s.analysed) }),
    alive: () => slots.filter((s) => !s.dead).length,
    close,
  };
};
