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
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  SCHEMA_VERSION,
  checkFilm,
  checkFilmIndex,
  summarizeFilm,
  type Film,
  type FilmIndex,
} from '../model';

/**
 * The only module that writes: it replaces the output folder atomically.
 *
 * 1. Clean leftovers of killed runs: `<out>.tmp-<pid>` folders of dead processes are removed;
 *    an `<out>.old-<pid>` left by a run killed in the middle of the swap is moved back to
 *    `<out>` when `<out>` is missing (else removed).
 * 2. Write `index.json` and `films/<id>.json` into `<out>.tmp-<pid>`, fsync every file and folder.
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

/** Builds index.json's content: every film's summary, sorted by id. */
export const buildIndex = (films: readonly Film[]): FilmIndex => ({
  schemaVersion: SCHEMA_VERSION,
  films: [...films].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(summarizeFilm),
});

const sleep = (ms: number): void => {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

const writeFileSynced = (path: string, text: string): void => {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
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
 * Validates and writes the films and their index into `out`, replacing it atomically.
 * Throws (leaving the previous output in place) when a film is invalid or the disk fails.
 */
export const writeOutput = (
  out: string,
  films: readonly Film[],
  onFile?: (done: number, total: number) => void,
): WriteResult => {
  const delay = Number(process.env[WRITE_DELAY_ENV] ?? 0) || 0;
  const checked = films.map((film) => {
    const result = checkFilm(film);
    if (!result.ok) throw new Error(`film ${film.id} is invalid: ${result.error}`);
    return result.value;
  });
  const index = checkFilmIndex(buildIndex(checked));
  if (!index.ok) throw new Error(`index is invalid: ${index.error}`);

  mkdirSync(dirname(out), { recursive: true });
  cleanLeftovers(out);
  const tmp = `${out}.tmp-${process.pid}`;
  const old = `${out}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  let bytes = 0;
  try {
    mkdirSync(join(tmp, 'films'), { recursive: true });
    const total = checked.length + 1;
    checked.forEach((film, i) => {
      const text = serialize(film);
      writeFileSynced(join(tmp, 'films', `${film.id}.json`), text);
      bytes += Buffer.byteLength(text);
      onFile?.(i + 1, total);
      sleep(delay);
    });
    // The index goes last: its presence marks a complete folder.
    const indexText = serialize(index.value);
    writeFileSynced(join(tmp, 'index.json'), indexText);
    bytes += Buffer.byteLength(indexText);
    onFile?.(total, total);
    fsyncFolder(join(tmp, 'films'));
    fsyncFolder(tmp);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
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
  return { files: checked.length + 1, bytes };
};
