/**
 * bench:ui: first-render time and order-morph frame times of the built app in Chromium, for
 * generated films of 100, 1,000 and 5,000 scenes, plus the initial JavaScript's gzip size.
 * Prints figures; never asserts timings (this machine is shared).
 *
 *   npm run bench:ui [-- --no-build] [-- --sizes 100,1000] [-- --harness]
 *
 * It builds the app once, copies dist/ to a temp folder with the generated films added to
 * data/, serves that with `vite preview`, and opens `/?film=<id>&reveal=<n-1>` (no spoiler
 * question). If the app does not show a timeline (or with --harness), it builds and measures
 * tests/bench/harness.html instead, which renders the same Timeline component alone.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { summarizeFilm, type FilmIndex } from '../../src/model/film';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { generateFilm } from '../fixtures/generateFilm';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZES = (option('--sizes') ?? '100,1000,5000').split(',').map(Number);
const TOGGLES = Number(option('--toggles') ?? 6);
/** First render is measured on this many fresh page loads per size; the median is printed. */
const RUNS = Number(option('--runs') ?? 3);
const RENDERED_MARK = 'fabula:timeline-rendered';
/** Records every animation frame's timestamp into window.__frames until window.__stop. */
const FRAME_RECORDER = `(() => {
  window.__frames = [];
  window.__stop = false;
  const loop = (ts) => { window.__frames.push(ts); if (!window.__stop) requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
})()`;

const quantile = (xs: number[], q: number): number => {
  if (xs.length === 0) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

const freePort = () =>
  new Promise<number>((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });

/** Sum of gzip sizes of the entry chunk and every chunk index.html preloads statically. */
function initialJsGzip(distDir: string, html = 'index.html'): { bytes: number; files: string[] } {
  const page = readFileSync(join(distDir, html), 'utf8');
  const files = [
    ...page.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...page.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  let bytes = 0;
  for (const f of files)
    bytes += gzipSync(readFileSync(join(distDir, f.replace(/^\//, '')))).length;
  return { bytes, files };
}

async function serve(dir: string): Promise<{ url: string; proc: ChildProcess }> {
  const port = await freePort();
  const proc = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      dir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: ROOT, stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      // Any answer means the server is up (the harness build has no index.html: 404 is fine).
      if ((await fetch(url)).status < 500) return { url, proc };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('vite preview did not start');
}

async function firstRender(page: Page, url: string, filmId: string) {
  await page.goto(url);
  await page.waitForFunction(
    ([name, id]) =>
      performance.getEntriesByName(name).some((e) => (e as PerformanceMark).detail?.film === id),
    [RENDERED_MARK, filmId] as const,
    { timeout: 60_000 },
  );
  return page.evaluate(
    ([name, id]) => {
      const mark = performance
        .getEntriesByName(name)
        .find((e) => (e as PerformanceMark).detail?.film === id) as PerformanceMark;
      const res = performance
        .getEntriesByType('resource')
        .find((e) => e.name.includes(`/data/films/${id}.json`)) as
        PerformanceResourceTiming | undefined;
      return {
        fromFetchDone: mark.startTime - (res?.responseEnd ?? 0),
        fromNavigation: mark.startTime,
      };
    },
    [RENDERED_MARK, filmId] as const,
  );
}

async function measure(page: Page, url: string, filmId: string) {
  const renders = [];
  for (let r = 0; r < RUNS; r++) renders.push(await firstRender(page, url, filmId));
  const firstRenderMedian = {
    fromFetchDone: quantile(
      renders.map((r) => r.fromFetchDone),
      0.5,
    ),
    fromNavigation: quantile(
      renders.map((r) => r.fromNavigation),
      0.5,
    ),
  };
  const renderer = await page.getAttribute('[data-timeline-root]', 'data-renderer');
  const frames: number[] = [];
  for (let t = 0; t < TOGGLES; t++) {
    const name = t % 2 === 0 ? 'Chronological order' : 'Story order';
    // A string, not a function: tsx wraps named closures in a __name helper the page lacks.
    await page.evaluate(FRAME_RECORDER);
    await page.getByRole('button', { name, exact: true }).first().click();
    await page.waitForTimeout(100);
    await page.waitForSelector('[data-timeline-root]:not([data-morphing])', { timeout: 10_000 });
    const ts = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __stop: boolean };
      w.__stop = true;
      return w.__frames;
    });
    // Frame intervals from the click to the end of the morph; the first interval includes
    // React's commit of the new order, which is part of what the viewer waits for.
    for (let i = 1; i < ts.length; i++) frames.push((ts[i] ?? 0) - (ts[i - 1] ?? 0));
    await page.waitForTimeout(150);
  }
  return { firstRender: firstRenderMedian, renderer, frames };
}

async function main() {
  if (!flag('--no-build')) {
    console.log('building the app (npx vite build)…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  const dist = join(ROOT, 'dist');
  const work = mkdtempSync(join(tmpdir(), 'fabula-bench-'));
  const appDir = join(work, 'app');
  cpSync(dist, appDir, { recursive: true });
  const films = SIZES.map((n) =>
    generateFilm({ scenes: n, seed: 42 + n, id: `bench-${n}`, title: `Bench ${n}` }),
  );
  const writeData = (dir: string) => {
    mkdirSync(join(dir, 'data/films'), { recursive: true });
    const indexPath = join(dir, 'data/index.json');
    const index: FilmIndex = existsSync(indexPath)
      ? (JSON.parse(readFileSync(indexPath, 'utf8')) as FilmIndex)
      : { schemaVersion: 1, films: [] };
    for (const f of films) {
      writeFileSync(join(dir, `data/films/${f.id}.json`), JSON.stringify(f));
      index.films = index.films.filter((s) => s.id !== f.id).concat(summarizeFilm(f));
    }
    writeFileSync(indexPath, JSON.stringify(index));
  };
  writeData(appDir);

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const procs: ChildProcess[] = [];
  try {
    const first = await serve(appDir);
    let url = first.url;
    procs.push(first.proc);
    let pageFor = (id: string, n: number) => `${url}/?film=${id}&reveal=${n - 1}`;
    let mode = 'app';
    let js = initialJsGzip(appDir);
    const probe = await browser.newPage();
    await probe.goto(pageFor(films[0]?.id ?? '', SIZES[0] ?? 0));
    const hasTimeline =
      !flag('--harness') &&
      (await probe
        .waitForSelector('[data-timeline-root]', { timeout: 8000 })
        .then(() => true)
        .catch(() => false));
    await probe.close();
    if (!hasTimeline) {
      mode = 'harness';
      console.log(
        flag('--harness')
          ? 'measuring tests/bench/harness.html (--harness)'
          : 'the app shows no timeline: measuring tests/bench/harness.html instead',
      );
      const harnessDir = join(work, 'harness');
      const { build } = await import('vite');
      await build({
        root: ROOT,
        logLevel: 'warn',
        build: {
          outDir: harnessDir,
          emptyOutDir: true,
          rollupOptions: { input: join(ROOT, 'tests/bench/harness.html') },
        },
      });
      writeData(harnessDir);
      const served = await serve(harnessDir);
      procs.push(served.proc);
      url = served.url;
      pageFor = (id) => `${url}/tests/bench/harness.html?film=${id}`;
      js = initialJsGzip(harnessDir, 'tests/bench/harness.html');
    }

    console.log(`\nbench:ui (${mode}, Chromium ${browser.version()}, viewport 1440x900)`);
    console.log(
      'scenes  renderer  first render (fetch done → painted)  from navigation  frames  median frame  p95 frame  fps (median)',
    );
    for (const film of films) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const n = film.scenes.length;
      const r = await measure(page, pageFor(film.id, n), film.id);
      const med = quantile(r.frames, 0.5);
      const p95 = quantile(r.frames, 0.95);
      console.log(
        [
          String(n).padStart(6),
          String(r.renderer ?? '?').padStart(9),
          `${r.firstRender.fromFetchDone.toFixed(1)} ms`.padStart(36),
          `${r.firstRender.fromNavigation.toFixed(1)} ms`.padStart(16),
          String(r.frames.length).padStart(7),
          `${med.toFixed(1)} ms`.padStart(13),
          `${p95.toFixed(1)} ms`.padStart(10),
          (1000 / med).toFixed(0).padStart(13),
        ].join('  '),
      );
      await page.close();
    }
    console.log(
      `\ninitial JS (entry + static imports), gzip: ${(js.bytes / 1024).toFixed(1)} KB in ${js.files.length} file(s)`,
    );
  } finally {
    await browser.close();
    for (const p of procs) if (p.pid) process.kill(-p.pid);
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
