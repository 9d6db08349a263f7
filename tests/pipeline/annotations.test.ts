import { describe, expect, it } from 'vitest';
import { asChronoIndex, asStoryIndex, checkFilm, type Film } from '../../src/model';
import {
  applyAnnotationFiles,
  applyAnnotations,
  parseAnnotations,
} from '../../src/pipeline/annotations';
import { Diagnostics } from '../../src/pipeline/diagnostics';

const FILE = 'annotations/test-film.json';

/** A four-scene film: story order s01..s04, chronology s01, s02, s03, s04. */
const film = (): Film => ({
  schemaVersion: 1,
  id: 'test-film',
  title: 'Test Film',
  aka: [],
  year: null,
  runtimeMinutes: null,
  director: null,
  language: null,
  genres: [],
  premise: null,
  sources: [],
  characters: [
    { id: 'vera', name: 'Vera', aliases: [], actor: 'Elena Anaya' },
    { id: 'vicente', name: 'Vicente', aliases: [], actor: null },
    { id: 'robert', name: 'Robert Ledgard', aliases: ['Robert', 'Zeca'], actor: null },
  ],
  scenes: ['s01', 's02', 's03', 's04'].map((id, i) => ({
    id,
    storyIndex: asStoryIndex(i),
    chronoIndex: asChronoIndex(i),
    title: id,
    text: '',
    characters: i % 2 ? ['vicente', 'robert'] : ['vera'],
    kind: 'present' as const,
    timeCue: null,
    location: null,
    timeOfDay: null,
    spoiler: i / 3,
    sources: [],
  })),
});

const apply = (annotations: object) => {
  const diagnostics = new Diagnostics();
  const parsed = parseAnnotations(
    FILE,
    JSON.stringify({ film: 'test-film', ...annotations }),
    diagnostics,
  );
  const result = parsed ? applyAnnotations(film(), parsed, FILE, diagnostics) : film();
  return { result, messages: diagnostics.items.map((d) => d.message) };
};

const chronology = (f: Film) =>
  [...f.scenes].sort((a, b) => a.chronoIndex - b.chronoIndex).map((s) => s.id);

describe('applying annotations', () => {
  it('merges characters into one, keeping the names as aliases', () => {
    const { result, messages } = apply({ mergeCharacters: [{ into: 'vera', from: ['vicente'] }] });
    expect(messages).toEqual([]);
    expect(result.characters.map((c) => [c.id, c.aliases])).toEqual([
      ['vera', ['Vicente']],
      ['robert', ['Robert', 'Zeca']],
    ]);
    expect(result.scenes[1]?.characters).toEqual(['vera', 'robert']);
  });

  it('renames a character, keeping its id and the old name as an alias', () => {
    const { result } = apply({ renameCharacters: [{ character: 'vera', name: 'Vera Cruz' }] });
    expect(result.characters[0]).toMatchObject({
      id: 'vera',
      name: 'Vera Cruz',
      aliases: ['Vera'],
    });
  });

  it('splits an alias into its own character in the listed scenes', () => {
    const { result, messages } = apply({
      splitCharacters: [{ character: 'robert', alias: 'Zeca', scenes: ['s04'] }],
    });
    expect(messages).toEqual([]);
    expect(result.characters.find((c) => c.id === 'robert')?.aliases).toEqual(['Robert']);
    expect(result.scenes[3]?.characters).toEqual(['vicente', 'zeca']);
    expect(result.scenes[1]?.characters).toEqual(['vicente', 'robert']);
  });

  it('sets a scene kind', () => {
    expect(apply({ setKind: [{ scene: 's03', kind: 'flashback' }] }).result.scenes[2]?.kind).toBe(
      'flashback',
    );
  });

  it('moves a scene before another in chronological order, keeping story order', () => {
    const { result } = apply({ moveScene: [{ scene: 's04', before: 's02' }] });
    expect(chronology(result)).toEqual(['s01', 's04', 's02', 's03']);
    expect(result.scenes.map((s) => s.id)).toEqual(['s01', 's02', 's03', 's04']);
    expect(checkFilm(result).ok).toBe(true);
  });

  it('moves a scene after another', () => {
    expect(chronology(apply({ moveScene: [{ scene: 's01', after: 's03' }] }).result)).toEqual([
      's02',
      's03',
      's01',
      's04',
    ]);
  });
});

describe('bad annotation files', () => {
  it('names an unknown scene id', () => {
    const { result, messages } = apply({ moveScene: [{ scene: 's99', before: 's01' }] });
    expect(messages).toEqual(['moveScene[0].scene names scene s99, which the film does not have']);
    expect(result).toEqual(film());
  });

  it('names an unknown character id', () => {
    expect(apply({ mergeCharacters: [{ into: 'vera', from: ['nobody'] }] }).messages).toEqual([
      'mergeCharacters[0].from[0] names character nobody, which the film does not have',
    ]);
  });

  it('reports a cycle among moves and applies nothing', () => {
    const { result, messages } = apply({
      moveScene: [
        { scene: 's01', before: 's02' },
        { scene: 's02', before: 's01' },
      ],
    });
    expect(messages).toEqual(['moveScene asks for a cycle: s01 before s02 before s01']);
    expect(chronology(result)).toEqual(['s01', 's02', 's03', 's04']);
  });

  it('reports a move that a later move undoes', () => {
    const { messages } = apply({
      moveScene: [
        { scene: 's01', before: 's04' },
        { scene: 's04', after: 's02' },
      ],
    });
    expect(messages).toEqual([
      'moveScene[0] (s01 before s04) is undone by a later move; the moves contradict each other',
    ]);
  });

  it('reports a syntax error with line and column', () => {
    const d = new Diagnostics();
    expect(parseAnnotations(FILE, '{\n  "film": "test-film"\n  "setKind": []\n}', d)).toBeNull();
    expect(d.items.map((i) => i.message)).toEqual([
      "is not valid JSON (expected ',' or '}' after property value at line 3, column 3)",
    ]);
  });

  it('reports an unknown field so a typo is not silently ignored', () => {
    const d = new Diagnostics();
    parseAnnotations(FILE, '{"film": "test-film", "mergeCharacter": []}', d);
    expect(d.items.map((i) => i.message)).toEqual([
      'the file has unknown field(s) "mergeCharacter"',
    ]);
  });

  it('reports a file named for a film the seeds did not build', () => {
    const d = new Diagnostics();
    const out = applyAnnotationFiles(
      [film()],
      [{ file: 'annotations/other.json', text: '{"film": "other"}' }],
      d,
    );
    expect(d.items.map((i) => `${i.file}: ${i.message}`)).toEqual([
      'annotations/other.json: names film other, which the seeds did not build',
    ]);
    expect(out).toEqual([film()]);
  });

  it('reports a film field that disagrees with the file name', () => {
    const d = new Diagnostics();
    parseAnnotations(FILE, '{"film": "memento"}', d);
    expect(d.items.map((i) => i.message)).toEqual([
      'names film memento, but the file is named for test-film',
    ]);
  });
});
