/**
 * bench:pipeline: throughput, peak memory and growth of the converter.
 *
 *   npm run bench:pipeline [-- --quick] [-- --cli-10k] [-- --threads <n>]
 *
 *   --quick        skips the 10,000-document corpus in memory
 *   --cli-10k      also runs the full CLI on 10,000 files (about a minute more)
 *   --threads <n>  the pooled runs' threads (default FABULA_THREADS, else the cores, at most 2);
 *                  1 runs the one-thread figures only
 *
 * 1. In memory (no disk): convertDocuments on seeded corpora of 100, 1,000 and 10,000 generated
 *    documents (~5 KB each: synopses, recap pages, press kits; see corpus.ts), each film handed
 *    over as it is built and counted (as the build writes them), not kept. Each size twice: on
 *    one thread, then with the documents' analyses on the thread pool (src/cli/analysePool.ts),
 *    with the ratio of the two wall times. As in the build, each pooled run starts its own pool
 *    (inside the timed run: the workers' start counts) and stops it as soon as the analyses are
 *    back; the main thread is warm (JIT) in both runs, a worker starts cold.
 * 2. The full CLI, as a real process (`node --import tsx src/cli/build-data.ts`, what
 *    `npm run build:data` runs), on 1,000 files in a temp folder (and 10,000 with --cli-10k):
 *    read, convert, validate, write; with --threads 1, then with the pool.
 * Prints MB/s (1 MB = 2^20 bytes of UTF-8) on wall time and on CPU time (steadier when other
 * work shares the machine; with the pool it is every thread's CPU), peak RSS (the whole process,
 * worker threads included), and CPU time(10x)/time(1x), about 10 when cost is linear. Targets:
 * >= 1 MB/s, peak < 500 MB. Figures only, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalysePool, defaultThreads, parseThreads } from '../../src/cli/analysePool';
import { convertDocuments, type AnalyseDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { generateCorpus, generateDocument, mulberry32 } from './corpus';

const MB = 1024 * 1024;
const SIZES = [100, 1_000, 10_000] as const;
const CLI_DOCUMENTS = 1_000;
const CLI_DOCUMENTS_LARGE = 10_000;
const SEED = 42;
const quick = process.argv.includes('--quick');
const cli10k = process.argv.includes('--cli-10k');
const threadsAt = process.argv.indexOf('--threads');
const threads =
  (threadsAt >= 0 ? parseThreads(process.argv[threadsAt + 1]) : null) ?? defaultThreads();

/** Peak resident memory since the last reset, in bytes (Linux VmHWM; else the process maximum). */
const peakRss = (): number => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m?.[1]) return Number(m[1]) * 1024;
  } catch {
    // Not Linux: fall back below.
  }
  return process.resourceUsage().maxRSS * 1024;
};

/** Resets the high-water mark so each corpus gets its own peak (Linux only; harmless elsewhere). */
const resetPeak = (): void => {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Without it the peak is the process-wide maximum so far, which still bounds each run.
  }
};

const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;

/**
 * CPU seconds of each thread of this process (workers, the collector's helpers), by Linux task
 * id, from /proc/self/task (null elsewhere). On this machine each login session's processes share
 * one fair slice of the CPU (sched_autogroup): under other sessions' load a second thread gets no
 * more CPU, and wall time cannot show what the pool does. The busiest thread's CPU, or all CPU
 * over the cores when more, is about what the run would take with the cores to itself.
 */
const taskCpu = (): Map<number, number> | null => {
  try {
    const out = new Map<number, number>();
    for (const task of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime, in clock ticks (100 a second on Linux).
      out.set(Number(task), (Number(fields[11]) + Number(fields[12])) / 100);
    }
    return out;
  } catch {
    return null;
  }
};

/**
 * The main thread's CPU and the busiest other thread's, between two taskCpu readings. A thread
 * gone by the second reading (a worker stopped when the analyses were back) is no longer listed:
 * the process's CPU (`total`) less that of the threads listed is its share.
 */
const threadCpu = (
  before: Map<number, number> | null,
  after: Map<number, number> | null,
  total: number,
): { main: number; busiestOther: number } | null => {
  if (!before || !after) return null;
  let main = 0;
  let busiestOther = 0;
  let listed = 0;
  for (const [task, cpu] of after) {
    const used = cpu - (before.get(task) ?? 0);
    listed += used;
    if (task === process.pid) main = used;
    else busiestOther = Math.max(busiestOther, used);
  }
  return { main, busiestOther: Math.max(busiestOther, total - listed) };
};

interface Row {
  documents: number;
  bytes: number;
  seconds: number;
  /** CPU seconds (user + system) of this process: steadier than wall time on a shared machine. */
  cpu: number;
  films: number;
  errors: number;
  peak: number;
  /** RSS with the corpus generated, before converting: the converter's own share is peak - base. */
  base: number;
  /** CPU seconds of the main thread and of the busiest other one, where /proc tells them. */
  threads: { main: number; busiestOther: number } | null;
}

/** Runs convertDocuments on `count` documents; with `threads` > 1 on a pool started in the run. */
const inMemory = async (count: number, poolThreads = 1): Promise<Row> => {
  // Each text as the build reads it from a file: one flat string. The generator concatenates
  // its pieces, and V8 keeps such strings as ropes that every regex pass pays for (about 20%
  // slower on this corpus), which no document read from disk ever is. Flattened one document
  // at a time, as the build reads one file at a time: a whole corpus of ropes flattened after
  // (generateCorpus(count, SEED).map(...), the same documents) leaves the heap grown by ropes
  // no build ever holds, about 115 MB more RSS before converting 10,000 documents.
  const rng = mulberry32(SEED);
  const docs = Array.from({ length: count }, (_, i) => {
    const d = generateDocument(rng, i);
    return { ...d, text: Buffer.from(d.text, 'utf8').toString('utf8') };
  });
  const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
  (globalThis as { gc?: () => void }).gc?.();
  resetPeak();
  const base = process.memoryUsage().rss;
  const diagnostics = new Diagnostics();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const threadStart = taskCpu();
  const pool =
    poolThreads > 1 ? createAnalysePool({ threads: poolThreads, closeWhenDone: true }) : null;
  const analyseAll: AnalyseDocuments | undefined = pool?.analyse;
  // Films handed over as they are built and counted, not kept: the build writes each film as it
  // comes (filmSink.ts) and never holds them all, and holding 10,000 films here (about 12 KB
  // each) would measure the bench's own array rather than the converter.
  let films = 0;
  convertDocuments(
    docs,
    diagnostics,
    () => {
      films++;
    },
    analyseAll,
  );
  const cpuUsed = process.cpuUsage(cpuStart);
  const threadEnd = taskCpu();
  const seconds = (performance.now() - start) / 1000;
  const peak = peakRss();
  // Its workers are gone before the next run measures anything.
  await pool?.close();
  return {
    documents: count,
    bytes,
    seconds,
    cpu: (cpuUsed.user + cpuUsed.system) / 1e6,
    films,
    errors: diagnostics.errors.length,
    peak,
    base,
    threads: threadCpu(threadStart, threadEnd, (cpuUsed.user + cpuUsed.system) / 1e6),
  };
};

const print = (label: string, r: Row): void =>
  console.log(
    `${label.padEnd(22)} ${String(r.documents).padStart(6)} docs ${mb(r.bytes).padStart(9)} ` +
      `${r.seconds.toFixed(2).padStart(7)} s ${(r.bytes / MB / r.seconds).toFixed(2).padStart(6)} MB/s ` +
      `(cpu ${r.cpu.toFixed(2)} s, ${(r.bytes / MB / r.cpu).toFixed(2)} MB/s) ` +
      `peak ${mb(r.peak).padStart(9)} (before ${mb(r.base)})  films ${r.films}  errors ${r.errors}` +
      (r.threads
        ? `\n${''.padEnd(23)}cpu of the main thread ${r.threads.main.toFixed(2)} s, busiest other ${r.threads.busiestOther.toFixed(2)} s; ` +
          `with ${cores} free cores about ${alone(r).toFixed(2)} s, ${(r.bytes / MB / alone(r)).toFixed(2)} MB/s`
        : ''),
  );

const cores = availableParallelism();
/** The time the run would take with the machine's cores to itself (see threadCpu). */
const alone = (r: Row): number =>
  r.threads ? Math.max(r.threads.main, r.threads.busiestOther, r.cpu / cores) : r.cpu;

const cliRun = (count: number, cliThreads: number): void => {
  const dir = mkdtempSync(join(tmpdir(), 'fabula-bench-'));
  try {
    const seeds = join(dir, 'seeds');
    mkdirSync(seeds);
    let bytes = 0;
    for (const doc of generateCorpus(count, SEED)) {
      writeFileSync(join(seeds, doc.file), doc.text);
      bytes += Buffer.byteLength(doc.text);
    }
    const args = [
      process.execPath,
      '--import',
      'tsx',
      'src/cli/build-data.ts',
      '--seeds',
      seeds,
      '--out',
      join(dir, 'out'),
      '--annotations',
      join(dir, 'annotations'),
      '--threads',
      String(cliThreads),
    ];
    // An empty annotations folder, so no real correction file applies to generated films.
    mkdirSync(join(dir, 'annotations'));
    // GNU time reports the child's peak RSS; without it, only the wall time is measured.
    const hasTime = spawnSync('/usr/bin/time', ['--version']).status === 0;
    const start = performance.now();
    const child = hasTime
      ? spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M cpu_s=%U+%S', ...args], {
          encoding: 'utf8',
        })
      : spawnSync(process.execPath, args.slice(1), { encoding: 'utf8' });
    const seconds = (performance.now() - start) / 1000;
    const peak = Number(/maxrss_kb=(\d+)/.exec(child.stderr)?.[1] ?? 0) * 1024;
    const cpuMatch = /cpu_s=([\d.]+)\+([\d.]+)/.exec(child.stderr);
    const cpu = cpuMatch ? Number(cpuMatch[1]) + Number(cpuMatch[2]) : 0;
    const summary =
      child.stderr.split('\n').find((l) => l.startsWith('built ')) ?? '(no summary line)';
    console.log(
      `full CLI, ${String(cliThreads).padStart(2)} thread${cliThreads === 1 ? ' ' : 's'}  ${String(count).padStart(6)} docs ${mb(bytes).padStart(9)} ` +
        `${seconds.toFixed(2).padStart(7)} s ${(bytes / MB / seconds).toFixed(2).padStart(6)} MB/s ` +
        (cpu ? `(cpu ${cpu.toFixed(2)} s, ${(bytes / MB / cpu).toFixed(2)} MB/s) ` : '') +
        `peak ${peak ? mb(peak).padStart(9) : '  unknown'}  exit ${child.status}`,
    );
    console.log(`  its summary: ${summary}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const main = async (): Promise<void> => {
  console.log(
    `bench:pipeline  node ${process.version}, seed ${SEED}, ~5 KB documents, pool of ${threads} threads${quick ? ', --quick' : ''}${cli10k ? ', --cli-10k' : ''}`,
  );
  // Warm-up: JIT and lazy module state, so the 100-document figure is not mostly start-up. A
  // first pool makes the workers' bundle if it is missing or stale (workerBundle.ts), which the
  // build does once after the pipeline changes, not on every run.
  convertDocuments(generateCorpus(20, SEED + 1), new Diagnostics());
  if (threads > 1) await createAnalysePool({ threads }).close();
  const rows: Row[] = [];
  const pooledRows: Row[] = [];
  for (const size of SIZES) {
    if (quick && size > 1_000) continue;
    const row = await inMemory(size);
    rows.push(row);
    print('convertDocuments, 1', row);
    if (threads <= 1) continue;
    const pooled = await inMemory(size, threads);
    pooledRows.push(pooled);
    print(`convertDocuments, ${threads}`, pooled);
    console.log(
      `  ${threads} threads / 1 thread: wall time ${(pooled.seconds / row.seconds).toFixed(2)}, ` +
        `cpu ${(pooled.cpu / row.cpu).toFixed(2)}, with free cores ${(alone(pooled) / alone(row)).toFixed(2)}`,
    );
  }
  const linearity = (label: string, list: Row[], of: (r: Row) => number) => {
    const time = (n: number) => {
      const r = list.find((x) => x.documents === n);
      return r ? of(r) : undefined;
    };
    const ratio = (big: number, small: number) => {
      const a = time(big);
      const b = time(small);
      return a !== undefined && b !== undefined ? (a / b).toFixed(1) : 'n/a';
    };
    console.log(
      `linearity (${label}): time(1,000)/time(100) = ${ratio(1_000, 100)}, time(10,000)/time(1,000) = ${ratio(10_000, 1_000)} (10 = linear)`,
    );
  };
  linearity('cpu time, 1 thread', rows, (r) => r.cpu);
  if (threads > 1) linearity(`wall time, ${threads} threads`, pooledRows, (r) => r.seconds);
  cliRun(CLI_DOCUMENTS, 1);
  if (threads > 1) cliRun(CLI_DOCUMENTS, threads);
  if (cli10k) cliRun(CLI_DOCUMENTS_LARGE, threads);
  console.log('targets: >= 1 MB/s, peak < 500 MB');
};

await main();
