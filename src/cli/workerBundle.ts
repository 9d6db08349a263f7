/**
 * The analysis worker's entry as one plain JavaScript file, bundled ahead of the workers' start
 * (esbuild), so a worker thread loads the pipeline without tsx: a worker that registers tsx and
 * compiles the pipeline itself holds some 45-65 MB of heap more than one that loads a bundle
 * (about 20 MB), and takes longer to start.
 *
 * The bundle is made in a child process (esbuild's synchronous API would otherwise keep a helper
 * thread of its own in this process) and kept in node_modules/.cache/fabula, named by a hash of
 * its inputs' contents: the next build re-hashes the files the last bundle was made of (listed in
 * a manifest beside it) and bundles again only when one of them changed. So the workers always
 * run the code the main thread runs. Any failure (no esbuild, a read-only folder) gives null, and
 * the pool falls back to the tsx entry (analyseWorker.mjs).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The TypeScript entry of a worker (what the bundle is made of). */
const ENTRY = join(HERE, 'analyseWorker.ts');
/** The project's root (src/cli/../..): the cache lives in its node_modules. */
const ROOT = resolve(HERE, '..', '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'fabula');

interface Manifest {
  /** The hash of the inputs' contents the bundle was made of (its file name). */
  key: string;
  /** The bundle's inputs, relative to ROOT, as esbuild's metafile lists them. */
  inputs: string[];
}

/** A hash of the files' contents (null when one cannot be read), with the entry's own path. */
const hashInputs = (inputs: readonly string[]): string | null => {
  const hash = createHash('sha256').update(ENTRY).update('\0');
  try {
    for (const input of inputs)
      hash
        .update(input)
        .update('\0')
        .update(readFileSync(join(ROOT, input)))
        .update('\0');
  } catch {
    return null;
  }
  return hash.digest('hex').slice(0, 24);
};

/** The child process's script: bundles ENTRY, writes the bundle and prints its inputs. */
const BUNDLE_SCRIPT = `
const { buildSync } = require('esbuild');
const [entry, outfile] = process.argv.slice(1);
const r = buildSync({
  entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', packages: 'external', metafile: true, logLevel: 'silent',
});
process.stdout.write(JSON.stringify(Object.keys(r.metafile.inputs)));
`;

/** Bundles the entry into a temporary file in the cache; its inputs, or null on failure. */
const bundle = (outfile: string): string[] | null => {
  const child = spawnSync(
    process.execPath,
    ['--input-type=commonjs', '-e', BUNDLE_SCRIPT, ENTRY, outfile],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ESBUILD_WORKER_THREADS: '0' },
      timeout: 60_000,
    },
  );
  if (child.status !== 0) return null;
  try {
    const inputs = JSON.parse(child.stdout) as unknown;
    return Array.isArray(inputs) && inputs.every((i) => typeof i === 'string') ? inputs : null;
  } catch {
    return null;
  }
};

/** The manifest's path for this checkout (one per project folder, beside the bundles). */
const manifestPath = (): string =>
  join(CACHE, `analyseWorker-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.json`);

const readManifest = (): Manifest | null => {
  try {
    const m = JSON.parse(readFileSync(manifestPath(), 'utf8')) as Partial<Manifest>;
    return typeof m.key === 'string' && Array.isArray(m.inputs) ? (m as Manifest) : null;
  } catch {
    return null;
  }
};

const bundlePath = (key: string): string => join(CACHE, `analyseWorker-${key}.cjs`);

/** Whether an input was modified at or after `since` (ms), or cannot be read. */
const changedSince = (inputs: readonly string[], since: number): boolean =>
  inputs.some((input) => {
    try {
      return statSync(join(ROOT, input)).mtimeMs >= since;
    } catch {
      return true;
    }
  });

/**
 * The path of an up-to-date bundle of the worker (made now if needed), or null when none can be
 * had. The check costs a few milliseconds; a bundle takes esbuild about half a second. A bundle
 * whose inputs were edited while esbuild ran serves this run but is not recorded, so the next
 * run makes it again.
 */
export const workerBundle = (): string | null => {
  const manifest = readManifest();
  if (manifest) {
    const key = hashInputs(manifest.inputs);
    if (key === manifest.key && existsSync(bundlePath(key))) return bundlePath(key);
  }
  try {
    mkdirSync(CACHE, { recursive: true });
  } catch {
    return null;
  }
  const temp = join(CACHE, `analyseWorker-${process.pid}-${Date.now()}.tmp.cjs`);
  // Modification times are whole milliseconds or coarser: a second's margin.
  const started = Date.now() - 1000;
  const inputs = bundle(temp);
  const key = inputs ? hashInputs(inputs) : null;
  if (!inputs || !key) {
    rmSync(temp, { force: true });
    return null;
  }
  try {
    renameSync(temp, bundlePath(key));
    if (changedSince(inputs, started)) return bundlePath(key);
    // This checkout's previous bundle goes (another checkout's bundles have other names).
    if (manifest && manifest.key !== key) rmSync(bundlePath(manifest.key), { force: true });
    const next: Manifest = { key, inputs };
    const manifestTemp = `${manifestPath()}.${process.pid}.tmp`;
    writeFileSync(manifestTemp, JSON.stringify(next));
    renameSync(manifestTemp, manifestPath());
  } catch {
    rmSync(temp, { force: true });
    return existsSync(bundlePath(key)) ? bundlePath(key) : null;
  }
  return bundlePath(key);
};
