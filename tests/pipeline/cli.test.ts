import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFilm, checkFilmIndex, type Film } from '../../src/model';
import type { Convert } from '../../src/cli/build-data';
import { ensureData } from '../../src/cli/ensure-data';
import { convertDocuments as realConvert } from '../../src/pipeline/convert';
import { generateCorpus } from '../bench/corpus';
import { makeSandbox, problemLines, storyCurvesFile, type Sandbox } from './fixtures/sandbox';

let box: Sandbox;
beforeEach(() => {
  box = makeSandbox();
});
afterEach(() => rmSync(box.dir, { recursive: true, force: true }));

const [docA, docB] = generateCorpus(2, 7);

const seedGood = () => {
  box.seed(docA!.file, docA!.text);
  box.seed(docB!.file, docB!.text);
  box.seed('memento_simple.json', storyCurvesFile());
};

describe('usage', () => {
  it('prints usage for --help and exits 0', () => {
    const r = box.run(['--help']);
    expect([r.code, r.stdout.startsWith('Usage: npm run build:data')]).toEqual([0, true]);
  });

  it('rejects an unknown flag with one line and exit code 2', () => {
    const r = box.run(['--frobnicate']);
    expect(r.code).toBe(2);
    expect(problemLines(r.stderr)).toEqual([
      "build-data: Unknown option '--frobnicate' (see --help)",
    ]);
  });

  it('rejects a stray argument with exit code 2', () => {
    expect(box.run(['extra']).code).toBe(2);
  });

  it('rejects a missing seeds folder with exit code 2', () => {
    rmSync(box.seeds, { recursive: true });
    const r = box.run();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^build-data: seeds folder .* does not exist/);
  });
});

describe('a good run', () => {
  it('writes index.json and one valid film per input, exits 0, prints one summary line', () => {
    seedGood();
    const r = box.run();
    expect(r.stderr).toMatch(/^built 3 films from 3 documents \(0\.0 MB\) in \d+\.\d s\n$/);
    expect(r.code).toBe(0);
    const index = JSON.parse(readFileSync(join(box.out, 'index.json'), 'utf8'));
    expect(checkFilmIndex(index).ok).toBe(true);
    const ids: string[] = index.films.map((f: { id: string }) => f.id);
    expect(ids).toEqual([...ids].sort());
    expect(readdirSync(join(box.out, 'films')).sort()).toEqual(ids.map((id) => `${id}.json`));
    for (const id of ids) {
      const film = JSON.parse(readFileSync(join(box.out, 'films', `${id}.json`), 'utf8'));
      expect(checkFilm(film).ok).toBe(true);
    }
  });

  it('sets every text source to the document text', () => {
    seedGood();
    box.run();
    const texts = new Map([docA!, docB!].map((d) => [d.file, d.text]));
    const films = readdirSync(join(box.out, 'films')).map(
      (f) => JSON.parse(readFileSync(join(box.out, 'films', f), 'utf8')) as Film,
    );
    const sources = films.flatMap((f) => f.sources).filter((s) => s.file.endsWith('.txt'));
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const s of sources) expect(s.text).toBe(texts.get(s.file));
  });

  it('writes byte-identical output on a second run', () => {
    seedGood();
    box.run();
    const first = box.files();
    box.run();
    expect(box.files()).toEqual(first);
  });

  it('builds the real seeds (copied to a temp folder) byte-identically twice', () => {
    for (const f of readdirSync('data/seeds'))
      copyFileSync(join('data/seeds', f), join(box.seeds, f));
    expect(box.run().code).toBe(0);
    const first = box.files();
    expect(box.run().code).toBe(0);
    expect(box.files()).toEqual(first);
    // Every text source carries the document as readFileSync gives it, and every span lies inside.
    for (const [path, text] of Object.entries(first)) {
      if (!path.startsWith('films')) continue;
      const film = JSON.parse(text) as Film;
      expect(checkFilm(film).ok).toBe(true);
      for (const source of film.sources.filter((s) => s.file.endsWith('.txt')))
        expect(source.text).toBe(readFileSync(join('data/seeds', source.file), 'utf8'));
      for (const span of film.scenes.flatMap((s) => s.sources))
        expect(span.end).toBeLessThanOrEqual(
          film.sources.find((s) => s.file === span.file)?.chars ?? -1,
        );
    }
  });

  it('draws no progress line when stderr is not a terminal', () => {
    seedGood();
    expect(box.run([], { tty: false }).stderr).not.toContain('\r');
  });

  it('draws a \\r-updated progress line on a terminal', () => {
    seedGood();
    expect(box.run([], { tty: true }).stderr).toMatch(/\rreading documents 3\/3, [\d.]+ MB\/s/);
  });

  it('builds only the text films from a folder without Story Curves files', () => {
    box.seed(docA!.file, docA!.text);
    box.run();
    const index = JSON.parse(readFileSync(join(box.out, 'index.json'), 'utf8'));
    expect(index.films).toHaveLength(1);
  });
});

describe('failures', () => {
  it('leaves the previous output untouched when no film can be built', () => {
    seedGood();
    box.run();
    const before = box.files();
    for (const f of readdirSync(box.seeds)) rmSync(join(box.seeds, f));
    box.seed('empty.txt', '');
    const r = box.run();
    expect(r.code).toBe(1);
    expect(problemLines(r.stderr)).toEqual([
      'empty.txt: is empty [empty-file]',
      `build-data: no film could be built from 1 document; ${box.out} left unchanged`,
    ]);
    expect(box.files()).toEqual(before);
  });

  it('reports an empty seeds folder and exits 1', () => {
    const r = box.run();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no \*\.txt or \*\.json documents/);
  });

  it('isolates a converter crash to the document that causes it', () => {
    seedGood();
    const real: Convert = (docs, d) => {
      if (docs.some((doc) => doc.file === docB!.file)) throw new Error('boom');
      return realConvert(docs, d);
    };
    const r = box.run([], { convert: real });
    expect(r.code).toBe(1);
    expect(problemLines(r.stderr)).toContain(
      `${docB!.file}: made the converter fail (boom) [converter-crash]`,
    );
    expect(JSON.parse(readFileSync(join(box.out, 'index.json'), 'utf8')).films).toHaveLength(2);
  });
});

describe('films written as they are built', () => {
  it('drops what a crashing batch handed over and redoes it one document at a time', () => {
    seedGood();
    // Hands every film of the batch over, then throws: those films must not stay written.
    const crashLate: Convert = (docs, d, onFilm) => {
      const films = realConvert(docs, d);
      if (docs.length > 1) {
        films.forEach((film) => onFilm?.({ ...film, id: `batch-${film.id}` }));
        throw new Error('late boom');
      }
      return films;
    };
    const r = box.run([], { convert: crashLate });
    expect(r.code).toBe(0);
    expect(problemLines(r.stderr)).toEqual([
      'warning: (converter): the converter threw on the whole batch (late boom); converting one document at a time [converter-crash]',
    ]);
    const ids = JSON.parse(readFileSync(join(box.out, 'index.json'), 'utf8')).films.map(
      (f: { id: string }) => f.id,
    );
    expect(ids).toHaveLength(3);
    expect(ids.some((id: string) => id.startsWith('batch-'))).toBe(false);
    expect(readdirSync(join(box.out, 'films'))).toHaveLength(3);
  });

  it('keeps a converted film over a Story Curves file that builds the same id', () => {
    box.seed(docA!.file, docA!.text);
    box.run();
    const [id] = JSON.parse(readFileSync(join(box.out, 'index.json'), 'utf8')).films.map(
      (f: { id: string }) => f.id,
    );
    box.seed(`${id}_simple.json`, storyCurvesFile());
    const r = box.run();
    expect(problemLines(r.stderr)).toEqual([
      `${id}_simple.json: builds film ${id}, which ${docA!.file} already builds; kept that one [duplicate-film-id]`,
    ]);
    const film = JSON.parse(readFileSync(join(box.out, 'films', `${id}.json`), 'utf8')) as Film;
    expect(film.sources.map((s) => s.file)).toEqual([docA!.file]);
  });
});

describe('atomic output', () => {
  it('keeps the previous output intact when the real CLI is killed mid-write', async () => {
    // A first, good run gives the "previous output".
    seedGood();
    expect(box.run().code).toBe(0);
    const before = box.files();
    // Then a bigger seeds folder, written slowly, killed once its tmp folder holds some films.
    for (const doc of generateCorpus(40, 99)) writeFileSync(join(box.seeds, doc.file), doc.text);
    const child = spawn(
      'npx',
      ['tsx', 'src/cli/build-data.ts', '--seeds', box.seeds, '--out', box.out],
      {
        cwd: process.cwd(),
        env: { ...process.env, FABULA_WRITE_DELAY_MS: '200' },
        stdio: 'ignore',
        detached: true,
      },
    );
    const tmpHasFilms = () =>
      readdirSync(box.dir)
        .filter((f) => f.startsWith('out.tmp-'))
        .some(
          (f) =>
            existsSync(join(box.dir, f, 'films')) &&
            readdirSync(join(box.dir, f, 'films')).length >= 3,
        );
    const deadline = Date.now() + 60_000;
    while (!tmpHasFilms() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(tmpHasFilms()).toBe(true);
    // npx starts tsx which starts node: kill the whole process group.
    process.kill(-(child.pid ?? 0), 'SIGKILL');
    await new Promise((r) => child.on('exit', r));
    // The killed node process (grandchild of npx) may take a moment to go: wait for its pid.
    const pidOf = readdirSync(box.dir)
      .find((f) => f.startsWith('out.tmp-'))
      ?.slice('out.tmp-'.length);
    const gone = () => {
      try {
        process.kill(Number(pidOf), 0);
        return false;
      } catch {
        return true;
      }
    };
    for (let i = 0; i < 100 && !gone(); i++) await new Promise((r) => setTimeout(r, 50));
    // The previous output is read back byte for byte, and every file of it still parses and validates.
    expect(box.files()).toEqual(before);
    expect(checkFilmIndex(JSON.parse(before['index.json'] ?? 'null')).ok).toBe(true);
    const previousFilms = Object.entries(box.files()).filter(([path]) => path.startsWith('films'));
    expect(previousFilms).toHaveLength(3);
    for (const [, text] of previousFilms) expect(checkFilm(JSON.parse(text)).ok).toBe(true);
    // The next run cleans the leftover tmp folder.
    expect(readdirSync(box.dir).some((f) => f.startsWith('out.tmp-'))).toBe(true);
    box.run();
    expect(readdirSync(box.dir).filter((f) => f.startsWith('out.'))).toEqual([]);
  }, 90_000);
});

describe('ensure-data', () => {
  const project = () => {
    mkdirSync(join(box.dir, 'data', 'seeds'), { recursive: true });
    writeFileSync(join(box.dir, 'data', 'seeds', 'memento_simple.json'), storyCurvesFile());
    let out = '';
    const io = {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (out += t) },
      cwd: box.dir,
    };
    return { io, output: () => out };
  };

  it('builds the data when public/data/index.json is missing', () => {
    const { io, output } = project();
    expect(ensureData(io)).toBe(0);
    expect(output()).toMatch(
      /^building film data: public\/data\/index\.json is missing\nbuilt 1 film from 1 document/,
    );
    expect(existsSync(join(box.dir, 'public', 'data', 'index.json'))).toBe(true);
  });

  it('says the data is up to date when no input is newer', () => {
    const { io, output } = project();
    ensureData(io);
    const index = join(box.dir, 'public', 'data', 'index.json');
    utimesSync(index, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    expect(ensureData(io)).toBe(0);
    expect(output().endsWith('film data is up to date\n')).toBe(true);
  });

  it('carries on with exit 0 when a seed is bad but film data exists', () => {
    const { io, output } = project();
    writeFileSync(join(box.dir, 'data', 'seeds', 'empty.txt'), '');
    expect(ensureData(io)).toBe(0);
    expect(output()).toContain('empty.txt: is empty [empty-file]');
  });

  it('exits 1 when no film data exists at all', () => {
    const { io } = project();
    writeFileSync(join(box.dir, 'data', 'seeds', 'memento_simple.json'), '{}');
    expect(ensureData(io)).toBe(1);
  });
});
