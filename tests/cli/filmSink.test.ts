import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFilmSink } from '../../src/cli/filmSink';
import { asChronoIndex, asStoryIndex, type Film } from '../../src/model';
import { formatDiagnostic, type Diagnostic } from '../../src/pipeline/diagnostics';

/** A valid two-scene film whose one source is `<file>`. */
const film = (id: string, file = `${id}.txt`): Film => ({
  schemaVersion: 1,
  id,
  title: id.toUpperCase(),
  aka: [],
  year: 2001,
  runtimeMinutes: null,
  director: null,
  language: null,
  genres: [],
  premise: null,
  sources: [{ file, chars: 8, text: 'Ann. Bob.' }],
  characters: [
    { id: 'ann', name: 'Ann', aliases: [], actor: null },
    { id: 'bob', name: 'Bob', aliases: [], actor: null },
  ],
  scenes: [0, 1].map((i) => ({
    id: `s0${i + 1}`,
    storyIndex: asStoryIndex(i),
    chronoIndex: asChronoIndex(1 - i),
    title: i ? 'Bob' : 'Ann',
    text: i ? 'Bob.' : 'Ann.',
    characters: [i ? 'bob' : 'ann'],
    kind: i ? 'present' : 'flashforward',
    timeCue: null,
    location: null,
    timeOfDay: null,
    spoiler: i,
    sources: [{ file, start: i * 5, end: i * 5 + 4 }],
  })),
});

/** The same film with both scenes at chronological position 0: not a permutation. */
const invalid = (id: string): Film => {
  const f = film(id);
  return { ...f, scenes: f.scenes.map((s) => ({ ...s, chronoIndex: asChronoIndex(0) })) };
};

const lines = (messages: Diagnostic[]): string[] => messages.map(formatDiagnostic);

let dir: string;
let out: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fabula-sink-'));
  out = join(dir, 'data');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const filmFiles = (): string[] => readdirSync(join(out, 'films')).sort();
const index = (): { films: { id: string }[] } =>
  JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { films: { id: string }[] };

describe('createFilmSink', () => {
  it('writes each film as it comes and swaps the folder in at commit, index sorted by id', () => {
    const sink = createFilmSink(out, [], []);
    sink.add(film('zeta'));
    sink.add(film('alpha'));
    // Written into the tmp folder already, nothing at `out` yet.
    expect(existsSync(out)).toBe(false);
    const tmp = readdirSync(dir).find((f) => f.startsWith('data.tmp-')) ?? '';
    expect(readdirSync(join(dir, tmp, 'films')).sort()).toEqual(['alpha.json', 'zeta.json']);
    sink.commit();
    expect(filmFiles()).toEqual(['alpha.json', 'zeta.json']);
    expect(index().films.map((f) => f.id)).toEqual(['alpha', 'zeta']);
    expect([sink.count, [...sink.fed].sort()]).toEqual([2, ['alpha.txt', 'zeta.txt']]);
  });

  it('keeps the first film of an id and reports the later ones by id, whatever their order', () => {
    const sink = createFilmSink(out, [], []);
    sink.add(film('zeta', 'z1.txt'));
    sink.add(film('zeta', 'z2.txt'));
    sink.add(film('alpha', 'a1.txt'));
    sink.add(film('alpha', 'a2.txt'));
    sink.commit();
    expect(lines(sink.messages())).toEqual([
      'a2.txt: builds film alpha, which a1.txt already builds; kept that one [duplicate-film-id]',
      'z2.txt: builds film zeta, which z1.txt already builds; kept that one [duplicate-film-id]',
    ]);
    expect(filmFiles()).toEqual(['alpha.json', 'zeta.json']);
    expect([...sink.fed].sort()).toEqual(['a1.txt', 'z1.txt']);
  });

  it('applies a film’s annotation file as the film comes and measures the corrected order', () => {
    const annotation = { film: 'alpha', moveScene: [{ scene: 's02', after: 's01' }] };
    const sink = createFilmSink(
      out,
      [{ file: 'annotations/alpha.json', text: JSON.stringify(annotation) }],
      [],
    );
    sink.add(film('alpha'));
    sink.commit();
    const written = JSON.parse(readFileSync(join(out, 'films', 'alpha.json'), 'utf8')) as Film;
    // Told s01, s02 with s02 first in time; the correction puts them in order.
    expect(written.scenes.map((s) => s.chronoIndex)).toEqual([0, 1]);
    expect(written.measures?.pattern).toBe('linear');
    expect(sink.messages()).toEqual([]);
  });

  it('gives the annotation files’ problems in file order, after the duplicates and the read problems', () => {
    const sink = createFilmSink(
      out,
      [
        {
          file: 'annotations/alpha.json',
          text: '{"film": "alpha", "setKind": [{"scene": "s09", "kind": "flashback"}]}',
        },
        { file: 'annotations/ghost.json', text: '{"film": "ghost"}' },
        {
          file: 'annotations/zeta.json',
          text: '{"film": "zeta", "setKind": [{"scene": "s08", "kind": "flashback"}]}',
        },
      ],
      [
        {
          file: 'annotations/empty.json',
          rule: 'empty-file',
          message: 'is empty',
          severity: 'error',
        },
      ],
    );
    // The films arrive zeta first; the messages still follow the file names.
    sink.add(film('zeta'));
    sink.add(film('alpha'));
    sink.add(film('alpha', 'again.txt'));
    expect(lines(sink.messages())).toEqual([
      'again.txt: builds film alpha, which alpha.txt already builds; kept that one [duplicate-film-id]',
      'annotations/empty.json: is empty [empty-file]',
      'annotations/alpha.json: setKind[0].scene names scene s09, which the film does not have [annotation-unknown-scene]',
      'annotations/ghost.json: names film ghost, which the seeds did not build [annotation-unknown-film]',
      'annotations/zeta.json: setKind[0].scene names scene s08, which the film does not have [annotation-unknown-scene]',
    ]);
  });

  it('reports an invalid film by id, writes nothing of it and does not count its files as fed', () => {
    const sink = createFilmSink(out, [], []);
    sink.add(invalid('zeta'));
    sink.add(film('beta'));
    sink.add(invalid('alpha'));
    sink.commit();
    expect(lines(sink.messages()).map((l) => l.replace(/ \(.*\)/, ''))).toEqual([
      'alpha.txt: builds an invalid film alpha [invalid-film]',
      'zeta.txt: builds an invalid film zeta [invalid-film]',
    ]);
    expect(filmFiles()).toEqual(['beta.json']);
    expect([sink.count, [...sink.fed]]).toEqual([1, ['beta.txt']]);
  });

  it('forgets what it was given before a reset, on the disk too', () => {
    const sink = createFilmSink(out, [], []);
    sink.add(film('alpha'));
    sink.add(film('alpha', 'twice.txt'));
    sink.reset();
    sink.add(film('beta'));
    sink.commit();
    expect(filmFiles()).toEqual(['beta.json']);
    expect([sink.count, sink.messages()]).toEqual([1, []]);
    expect(readdirSync(dir)).toEqual(['data']);
  });

  it('keeps counting when the disk fails, and commit throws that failure', () => {
    // The output's parent is a file: no folder can be made beside it.
    writeFileSync(join(dir, 'blocker'), 'x');
    const sink = createFilmSink(join(dir, 'blocker', 'data'), [], []);
    sink.add(film('alpha'));
    sink.add(film('beta'));
    expect(sink.count).toBe(2);
    expect(String(sink.writeError)).toMatch(/EEXIST|ENOTDIR/);
    expect(() => sink.commit()).toThrow(/EEXIST|ENOTDIR/);
  });
});
