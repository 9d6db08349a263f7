import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  MessageChannel,
  Worker,
  receiveMessageOnPort,
  type MessagePort,
} from 'node:worker_threads';
import {
  SCHEMA_VERSION,
  checkFilm,
  checkFilmIndex,
  summarizeFilm,
  type Film,
  type FilmIndex,
  type FilmSummary,
} from '../model';

/**
 * The only module that writes: it replaces the output folder atomically.
 *
 * 1. Clean leftovers of killed runs: `<out>.tmp-<pid>` folders of dead processes are removed;
 *    an `<out>.old-<pid>` left by a run killed in the middle of the swap is moved back to
 *    `<out>` when `<out>` is missing (else removed).
 * 2. Write `films/<id>.json` into `<out>.tmp-<pid>` one film at a time, as the caller hands them
 *    over (openOutput), then `index.json`; fsync every file and folder. The fsyncs run on a worker
 *    thread while the caller goes on (the disk waits overlap the conversion and each other);
 *    commit waits for all of them before the swap.
 * 3. Swap: rename `<out>` to `<out>.old-<pid>`, rename the tmp folder to `<out>`, remove the old one.
 *    If the second rename fails the old folder is renamed back.
 * A reader sees either the whole old output or the whole new one; a killed run leaves the last
 * good output in place. Files are `JSON.stringify(x, null, 2)` plus a newline, keys in the schema's
 * order (the zod parse rebuilds every object in declaration order), so output is byte-stable.
 */

/** Test hook: milliseconds to sleep after each file written, so a test can kill a run mid-write. */
export const WRITE_DELAY_ENV = 'FABULA_WRITE_DELAY_MS';

/** Serialises a value the one way every output file is written. */
export const serialize = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** index.json's content from the films' summaries, sorted by id. */
const indexOf = (summaries: readonly FilmSummary[]): FilmIndex => ({
  schemaVersion: SCHEMA_VERSION,
  films: [...summaries].sort(byId),
});

/** Builds index.json's content: every film's summary, sorted by id. */
export const buildIndex = (films: readonly Film[]): FilmIndex => indexOf(films.map(summarizeFilm));

const sleep = (ms: number): void => {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

const fsyncFolder = (path: string): void => {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems refuse fsync on a folder; the renames are still atomic there.
  }
};

/** A zombie (killed, not yet reaped) still answers kill(pid, 0) but will never finish its run. */
const isZombie = (pid: number): boolean => {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

const isAlive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes (or restores) what killed runs left beside the output folder; returns what it did. */
export const cleanLeftovers = (out: string): string[] => {
  const parent = dirname(out);
  const name = basename(out);
  const done: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return done;
  }
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
  for (const entry of entries.sort()) {
    const m = pattern.exec(entry);
    if (!m || isAlive(Number(m[2]))) continue;
    const path = join(parent, entry);
    if (m[1] === 'old' && !existsSync(out)) {
      renameSync(path, out);
      done.push(`restored ${entry}`);
    } else {
      rmSync(path, { recursive: true, force: true });
      done.push(`removed ${entry}`);
    }
  }
  return done;
};

/** What the writer did, for the summary line. */
export interface WriteResult {
  files: number;
  bytes: number;
}

/**
 * The fsyncs of the written files, on a worker thread: main writes and closes a file and goes
 * on; the worker reopens it and fsyncs it (a few at a time, so the journal commits are shared).
 * `wait` blocks until every file handed over is on the disk and throws the first failure.
 */
interface Syncer {
  sync(path: string): void;
  wait(): void;
  stop(): void;
}

/** Files the worker fsyncs at once (each holds a descriptor until its fsync returns). */
const SYNC_CONCURRENCY = 8;
/** Paths handed to the worker per message (a message costs about as much as writing a file). */
const SYNC_BATCH = 32;
/** How long commit waits for the worker to finish one more fsync before giving the write up. */
const SYNC_STALL_MS = 120_000;

// Plain CommonJS, run with `eval`: no loader (tsx) is needed in the worker.
const SYNC_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const done = new Int32Array(workerData.done);
const queue = [];
let running = 0;
const finish = (path, error) => {
  if (error) workerData.errors.postMessage(path + ': ' + error.message);
  running--;
  Atomics.add(done, 0, 1);
  Atomics.notify(done, 0);
  next();
};
const next = () => {
  while (running < ${SYNC_CONCURRENCY} && queue.length > 0) {
    const path = queue.shift();
    running++;
    fs.open(path, 'r+', (openError, fd) => {
      if (openError) return finish(path, openError);
      fs.fsync(fd, (syncError) => fs.close(fd, () => finish(path, syncError)));
    });
  }
};
parentPort.on('message', (paths) => {
  queue.push(...paths);
  next();
});
`;

const syncNow = (path: string): void => {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

/** The worker-thread syncer; where no worker can start, each file is fsynced at once instead. */
const startSyncer = (): Syncer => {
  let worker: Worker;
  let errors: MessagePort;
  const done = new Int32Array(new SharedArrayBuffer(4));
  try {
    const channel = new MessageChannel();
    errors = channel.port1;
    worker = new Worker(SYNC_WORKER, {
      eval: true,
      // Not the parent's flags: `--import tsx` would load the TypeScript loader for nothing.
      execArgv: [],
      workerData: { done: done.buffer, errors: channel.port2 },
      transferList: [channel.port2],
    });
    worker.unref();
  } catch {
    return { sync: syncNow, wait: () => undefined, stop: () => undefined };
  }
  let sent = 0;
  let batch: string[] = [];
  const flush = (): void => {
    if (batch.length === 0) return;
    worker.postMessage(batch);
    sent += batch.length;
    batch = [];
  };
  return {
    sync(path) {
      batch.push(path);
      if (batch.length >= SYNC_BATCH) flush();
    },
    wait() {
      flush();
      for (let seen = Atomics.load(done, 0); seen < sent; seen = Atomics.load(done, 0))
        if (Atomics.wait(done, 0, seen, SYNC_STALL_MS) === 'timed-out')
          throw new Error(`the fsync worker made no progress in ${SYNC_STALL_MS / 1000} s`);
      const failed = receiveMessageOnPort(errors);
      if (failed) throw new Error(`fsync failed: ${String(failed.message)}`);
    },
    stop() {
      errors.close();
      void worker.terminate();
    },
  };
};

/** An output folder being written film by film; nothing is visible at `out` before `commit`. */
export interface OutputWriter {
  /** Writes one film, exactly as checkFilm returned it (keys in the schema's order). */
  add(film: Film): void;
  /** Writes index.json, waits for every file to reach the disk and swaps the folder in. */
  commit(): WriteResult;
  /** Removes what was written (the previous output stays). */
  abort(): void;
}

/**
 * Opens `<out>.tmp-<pid>` for writing (made at the first film). Throws as the disk fails; the
 * caller then aborts, leaving the previous output in place.
 */
export const openOutput = (out: string): OutputWriter => {
  const delay = Number(process.env[WRITE_DELAY_ENV] ?? 0) || 0;
  const tmp = `${out}.tmp-${process.pid}`;
  const old = `${out}.old-${process.pid}`;
  const summaries: FilmSummary[] = [];
  let syncer: Syncer | null = null;
  let bytes = 0;
  const open = (): Syncer => {
    if (syncer) return syncer;
    mkdirSync(dirname(out), { recursive: true });
    cleanLeftovers(out);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(join(tmp, 'films'), { recursive: true });
    syncer = startSyncer();
    return syncer;
  };
  const write = (path: string, text: string, sync: Syncer): void => {
    writeFileSync(path, text);
    sync.sync(path);
    bytes += Buffer.byteLength(text);
  };
  const abort = (): void => {
    syncer?.stop();
    syncer = null;
    try {
      rmSync(tmp, { recursive: true, force: true });
    } catch {
      // Best effort: the next run removes a dead run's tmp folder (cleanLeftovers).
    }
  };
  return {
    add(film) {
      const sync = open();
      write(join(tmp, 'films', `${film.id}.json`), serialize(film), sync);
      summaries.push(summarizeFilm(film));
      sleep(delay);
    },
    commit() {
      try {
        const sync = open();
        const index = checkFilmIndex(indexOf(summaries));
        if (!index.ok) throw new Error(`index is invalid: ${index.error}`);
        // The index goes last: its presence marks a complete folder.
        write(join(tmp, 'index.json'), serialize(index.value), sync);
        sync.wait();
        sync.stop();
        fsyncFolder(join(tmp, 'films'));
        fsyncFolder(tmp);
      } catch (error) {
        abort();
        throw error;
      }
      const hadOld = existsSync(out);
      if (hadOld) renameSync(out, old);
      try {
        renameSync(tmp, out);
      } catch (error) {
        if (hadOld) renameSync(old, out);
        rmSync(tmp, { recursive: true, force: true });
        throw error;
      }
      fsyncFolder(dirname(out));
      if (hadOld) rmSync(old, { recursive: true, force: true });
      return { files: summaries.length + 1, bytes };
    },
    abort,
  };
};

/**
 * Validates and writes the films and their index into `out`, replacing it atomically.
 * Throws (leaving the previous output in place) when a film is invalid or the disk fails.
 */
export const writeOutput = (
  out: string,
  films: readonly Film[],
  onFile?: (done: number, total: number) => void,
): WriteResult => {
  const checked = films.map((film) => {
    const result = checkFilm(film);
    if (!result.ok) throw new Error(`film ${film.id} is invalid: ${result.error}`);
    return result.value;
  });
  const writer = openOutput(out);
  const total = checked.length + 1;
  try {
    checked.forEach((film, i) => {
      writer.add(film);
      onFile?.(i + 1, total);
    });
  } catch (error) {
    writer.abort();
    throw error;
  }
  const result = writer.commit();
  onFile?.(total, total);
  return result;
};
