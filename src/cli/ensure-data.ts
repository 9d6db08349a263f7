/**
 * ensure-data: run by `npm run dev` and `npm run build` before Vite. Rebuilds the film data (the
 * in-process `run` of build-data.ts, default folders) when public/data/index.json is missing or
 * older than any file under data/seeds, data/annotations, src/pipeline or src/model; otherwise
 * prints "film data is up to date". A bad seed does not stop dev: its errors are printed and the
 * command still exits 0 as long as some film data exists. Exit 1 only when there is none.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULTS, run, type CliIo } from './build-data';

/** Folders whose files, when newer than the output, make the data stale. */
export const WATCHED = [DEFAULTS.seeds, DEFAULTS.annotations, 'src/pipeline', 'src/model'] as const;

/** The newest modification time (ms) of any file under a folder, 0 when it has none. */
export const newestMtime = (folder: string): number => {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.isFile()) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
};

/** Why the data needs a rebuild, or null when it is up to date. */
export const staleReason = (cwd: string): string | null => {
  const index = resolve(cwd, DEFAULTS.out, 'index.json');
  if (!existsSync(index)) return `${DEFAULTS.out}/index.json is missing`;
  const built = statSync(index).mtimeMs;
  const newer = WATCHED.find((folder) => newestMtime(resolve(cwd, folder)) > built);
  return newer ? `${newer} changed since the last build` : null;
};

/** Rebuilds the film data when stale; returns the exit code (0 whenever some data exists). */
export const ensureData = (
  io: CliIo = { stdout: process.stdout, stderr: process.stderr },
): number => {
  const cwd = io.cwd ?? process.cwd();
  const reason = staleReason(cwd);
  if (reason === null) {
    io.stdout.write('film data is up to date\n');
    return 0;
  }
  io.stdout.write(`building film data: ${reason}\n`);
  const code = run([], io);
  if (code === 0) return 0;
  if (existsSync(resolve(cwd, DEFAULTS.out, 'index.json'))) {
    io.stderr.write(
      'ensure-data: some inputs were bad (see above); continuing with the film data that was built\n',
    );
    return 0;
  }
  io.stderr.write('ensure-data: no film data could be built; fix the errors above\n');
  return 1;
};

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) process.exitCode = ensureData();
