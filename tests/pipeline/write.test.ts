import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asChronoIndex, asStoryIndex, checkFilmIndex, type Film } from '../../src/model';
import { buildIndex, cleanLeftovers, serialize, writeOutput } from '../../src/pipeline/write';

const film = (id: string, title: string): Film => ({
  schemaVersion: 1,
  id,
  title,
  aka: [],
  year: 2000,
  runtimeMinutes: null,
  director: null,
  language: null,
  genres: [],
  premise: null,
  sources: [{ file: `${id}.txt`, chars: 4, text: 'Abc.' }],
  characters: [{ id: 'ann', name: 'Ann', aliases: [], actor: null }],
  scenes: [
    {
      id: 's01',
      storyIndex: asStoryIndex(0),
      chronoIndex: asChronoIndex(0),
      title: 'Ann',
      text: 'Abc.',
      characters: ['ann'],
      kind: 'present',
      timeCue: null,
      location: null,
      timeOfDay: null,
      spoiler: 0,
      sources: [{ file: `${id}.txt`, start: 0, end: 4 }],
    },
  ],
});

// A dead pid: pids are below 2^22 on Linux.
const DEAD_PID = 4_194_999;

let dir: string;
let out: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fabula-write-'));
  out = join(dir, 'data');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeOutput', () => {
  it('writes index.json sorted by id and one file per film', () => {
    writeOutput(out, [film('zeta', 'Zeta'), film('alpha', 'Alpha')]);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(checkFilmIndex(index).ok).toBe(true);
    expect(index.films.map((f: { id: string }) => f.id)).toEqual(['alpha', 'zeta']);
    expect(readdirSync(join(out, 'films')).sort()).toEqual(['alpha.json', 'zeta.json']);
  });

  it('writes two-space JSON with a final newline and keys in schema order', () => {
    const shuffled = Object.fromEntries(Object.entries(film('alpha', 'Alpha')).reverse()) as Film;
    writeOutput(out, [shuffled]);
    const text = readFileSync(join(out, 'films', 'alpha.json'), 'utf8');
    expect(text).toBe(serialize(film('alpha', 'Alpha')));
    expect(Object.keys(JSON.parse(text)).slice(0, 3)).toEqual(['schemaVersion', 'id', 'title']);
  });

  it('replaces the previous output completely', () => {
    writeOutput(out, [film('old', 'Old')]);
    writeOutput(out, [film('new', 'New')]);
    expect(readdirSync(join(out, 'films'))).toEqual(['new.json']);
    expect(readdirSync(dir)).toEqual(['data']);
  });

  it('leaves the previous output in place when a film is invalid', () => {
    writeOutput(out, [film('good', 'Good')]);
    const bad = {
      ...film('bad', 'Bad'),
      scenes: [{ ...film('bad', 'Bad').scenes[0]!, chronoIndex: asChronoIndex(5) }],
    };
    expect(() => writeOutput(out, [bad])).toThrow(/film bad is invalid/);
    expect(readdirSync(join(out, 'films'))).toEqual(['good.json']);
    expect(readdirSync(dir)).toEqual(['data']);
  });

  it('summarises films in the index', () => {
    expect(buildIndex([film('a', 'A')])).toEqual({
      schemaVersion: 1,
      films: [{ id: 'a', title: 'A', year: 2000, sceneCount: 1, characterCount: 1 }],
    });
  });
});

describe('cleanLeftovers', () => {
  it('removes the tmp folder of a killed run', () => {
    mkdirSync(join(dir, `data.tmp-${DEAD_PID}`, 'films'), { recursive: true });
    writeOutput(out, [film('a', 'A')]);
    expect(readdirSync(dir)).toEqual(['data']);
  });

  it('restores the old output of a run killed between the two renames', () => {
    mkdirSync(join(dir, `data.old-${DEAD_PID}`));
    writeFileSync(join(dir, `data.old-${DEAD_PID}`, 'index.json'), '{}');
    expect(cleanLeftovers(out)).toEqual([`restored data.old-${DEAD_PID}`]);
    expect(existsSync(join(out, 'index.json'))).toBe(true);
  });

  it('leaves the folders of a live run alone', () => {
    mkdirSync(join(dir, `data.tmp-${process.pid}`));
    expect(cleanLeftovers(out)).toEqual([]);
  });
});
