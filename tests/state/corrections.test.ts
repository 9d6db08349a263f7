import { describe, expect, it } from 'vitest';
import type { Film } from '../../src/model/film';
import { parseAnnotations, applyAnnotations } from '../../src/pipeline/annotations';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { withStructure } from '../../src/pipeline/measures';
import {
  annotationFileText,
  applyCorrections,
  CORRECTIONS_KEY_PREFIX,
  correctionsOf,
  countCorrections,
  describeCorrection,
  emptyAnnotations,
  proposeCorrection,
  readCorrections,
  withCorrection,
  withoutCorrection,
  writeCorrections,
  type CorrectionStorage,
} from '../../src/state/corrections';
import { visibleAliases } from '../../src/state/spoiler';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

const FILM = SAMPLE_FILM;
const ID = FILM.id;
const KEY = CORRECTIONS_KEY_PREFIX + ID;

const memoryStorage = (): CorrectionStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};

const chronoOrder = (film: Film): string[] =>
  [...film.scenes].sort((a, b) => a.chronoIndex - b.chronoIndex).map((s) => s.id);
const scene = (film: Film, id: string) => film.scenes.find((s) => s.id === id);

describe('corrections storage', () => {
  it('reads back what it wrote, under fabula:annotations:<film-id>', () => {
    const storage = memoryStorage();
    const annotations = { film: ID, setKind: [{ scene: 's03', kind: 'flashback' as const }] };
    expect(writeCorrections(annotations, storage)).toBe(true);
    expect(JSON.parse(storage.data.get(KEY) ?? '')).toEqual(annotations);
    expect(readCorrections(ID, storage)).toEqual({ annotations, notice: null });
  });

  it('has no corrections and no notice for a film never corrected', () => {
    expect(readCorrections(ID, memoryStorage())).toEqual({
      annotations: emptyAnnotations(ID),
      notice: null,
    });
  });

  it('forgets the entry when the last correction goes', () => {
    const storage = memoryStorage();
    writeCorrections({ film: ID, setKind: [{ scene: 's03', kind: 'flashback' }] }, storage);
    writeCorrections(emptyAnnotations(ID), storage);
    expect(storage.data.has(KEY)).toBe(false);
  });

  it.each([
    ['not JSON', '{"film": '],
    ['not the annotation format', JSON.stringify({ film: ID, setKind: [{ scene: 's03' }] })],
    ['an unknown list', JSON.stringify({ film: ID, reorder: [] })],
    ['another film', JSON.stringify({ film: 'memento' })],
    ['a bare value', '42'],
  ])('drops an entry that is %s, with a notice, and does not throw', (_, raw) => {
    const storage = memoryStorage();
    storage.data.set(KEY, raw);
    const read = readCorrections(ID, storage);
    expect(read.annotations).toEqual(emptyAnnotations(ID));
    expect(read.notice).toMatch(/could not be read and were dropped/);
    expect(storage.data.has(KEY)).toBe(false);
  });

  it('survives a storage that throws or is missing', () => {
    const throwing: CorrectionStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(readCorrections(ID, throwing).annotations).toEqual(emptyAnnotations(ID));
    expect(
      writeCorrections({ film: ID, setKind: [{ scene: 's01', kind: 'flashback' }] }, throwing),
    ).toBe(false);
    expect(writeCorrections(emptyAnnotations(ID), null)).toBe(false);
  });
});

describe('corrections list', () => {
  it('lists corrections in the converter order and removes one by index', () => {
    const a = {
      film: ID,
      moveScene: [{ scene: 's02', after: 's04' }],
      setKind: [{ scene: 's03', kind: 'flashback' as const }],
      mergeCharacters: [{ into: 'ada', from: ['hugo'] }],
    };
    expect(correctionsOf(a).map((c) => c.list)).toEqual([
      'mergeCharacters',
      'setKind',
      'moveScene',
    ]);
    expect(countCorrections(a)).toBe(3);
    expect(withoutCorrection(a, 1)).toEqual({
      film: ID,
      mergeCharacters: [{ into: 'ada', from: ['hugo'] }],
      moveScene: [{ scene: 's02', after: 's04' }],
    });
  });

  it('replaces a scene’s earlier kind, and drops a kind set back to the built one', () => {
    let a = withCorrection(
      emptyAnnotations(ID),
      { list: 'setKind', entry: { scene: 's03', kind: 'flashback' } },
      FILM,
    );
    a = withCorrection(a, { list: 'setKind', entry: { scene: 's03', kind: 'recounted' } }, FILM);
    expect(a.setKind).toEqual([{ scene: 's03', kind: 'recounted' }]);
    a = withCorrection(a, { list: 'setKind', entry: { scene: 's03', kind: 'present' } }, FILM);
    expect(countCorrections(a)).toBe(0);
  });

  it('replaces a scene’s earlier move, so moving a scene twice is no contradiction', () => {
    let a = emptyAnnotations(ID);
    for (const target of ['s04', 's06']) {
      const p = proposeCorrection(FILM, a, {
        list: 'moveScene',
        entry: { scene: 's02', after: target },
      });
      if (!p.ok) throw new Error(p.error);
      a = p.annotations;
    }
    expect(a.moveScene).toEqual([{ scene: 's02', after: 's06' }]);
  });
});

describe('applying corrections', () => {
  it('returns the very film when there is nothing to apply', () => {
    expect(applyCorrections(FILM, emptyAnnotations(ID))).toEqual({ film: FILM, error: null });
  });

  it('sets a kind, moves a scene in time and merges two characters, story order untouched', () => {
    const a = {
      film: ID,
      mergeCharacters: [{ into: 'ada', from: ['hugo'] }],
      setKind: [{ scene: 's03', kind: 'flashback' as const }],
      moveScene: [{ scene: 's02', after: 's04' }],
    };
    const { film, error } = applyCorrections(FILM, a);
    expect(error).toBeNull();
    expect(scene(film, 's03')?.kind).toBe('flashback');
    const order = chronoOrder(film);
    expect(order.indexOf('s02')).toBe(order.indexOf('s04') + 1);
    expect(film.scenes.map((s) => s.id)).toEqual(FILM.scenes.map((s) => s.id));
    expect(film.characters.map((c) => c.id)).not.toContain('hugo');
    expect(scene(film, 's05')?.characters).toEqual(['ada']);
    expect(film.characters.find((c) => c.id === 'ada')?.aliases).toContain('Hugo Brandt');
  });

  it('matches what the converter builds from the downloaded file', () => {
    const a = {
      film: ID,
      mergeCharacters: [{ into: 'bruno', from: ['hugo'] }],
      setKind: [{ scene: 's07', kind: 'flashforward' as const }],
      moveScene: [{ scene: 's09', before: 's02' }],
    };
    const built = { ...FILM, measures: withStructure(FILM).measures };
    const browser = applyCorrections(built, a).film;
    const d = new Diagnostics();
    const parsed = parseAnnotations(`annotations/${ID}.json`, annotationFileText(a), d);
    expect(d.items).toEqual([]);
    const converter = withStructure(applyAnnotations(FILM, parsed!, `${ID}.json`, d));
    expect(d.items).toEqual([]);
    expect(browser).toEqual(converter);
  });

  it('recomputes the structure measures when the film carries them', () => {
    const built = withStructure(FILM);
    const a = { film: ID, moveScene: [{ scene: 's08', before: 's02' }] };
    const { film } = applyCorrections(built, a);
    expect(film.measures).toEqual(withStructure({ ...film, measures: undefined }).measures);
    expect(film.measures).not.toEqual(built.measures);
  });

  it('refuses a cycle with one line, leaving the corrections as they were', () => {
    const first = proposeCorrection(FILM, emptyAnnotations(ID), {
      list: 'moveScene',
      entry: { scene: 's02', before: 's04' },
    });
    if (!first.ok) throw new Error(first.error);
    const second = proposeCorrection(FILM, first.annotations, {
      list: 'moveScene',
      entry: { scene: 's04', before: 's02' },
    });
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.error).toMatch(
        /^Not applied: the moves would contradict each other: scene 2 before scene 4 before scene 2\.$/,
      );
      expect(second.error).not.toContain('\n');
    }
  });

  it('shows the film as loaded, with the reason, when kept corrections no longer apply', () => {
    const { film, error } = applyCorrections(FILM, {
      film: ID,
      setKind: [{ scene: 's99', kind: 'flashback' }],
    });
    expect(film).toBe(FILM);
    expect(error).toMatch(/s99/);
  });

  it('keeps a spoiler alias hidden after its character is merged into another', () => {
    const { film } = applyCorrections(FILM, {
      film: ID,
      mergeCharacters: [{ into: 'bruno', from: ['clara'] }],
    });
    const bruno = film.characters.find((c) => c.id === 'bruno')!;
    expect(bruno.aliases).toContain('Ada’s grandmother');
    expect(visibleAliases(bruno, 4)).not.toContain('Ada’s grandmother');
    expect(visibleAliases(bruno, 9)).toContain('Ada’s grandmother');
  });
});

describe('the annotation file', () => {
  it('is the converter format, accepted by its parser as <film-id>.json', () => {
    const a = withCorrection(
      emptyAnnotations(ID),
      { list: 'setKind', entry: { scene: 's03', kind: 'flashback' } },
      FILM,
    );
    const text = annotationFileText(a);
    expect(text).toBe(
      `{\n  "film": "${ID}",\n  "setKind": [\n    {\n      "scene": "s03",\n      "kind": "flashback"\n    }\n  ]\n}\n`,
    );
    const d = new Diagnostics();
    expect(parseAnnotations(`data/annotations/${ID}.json`, text, d)).toEqual(a);
    expect(d.items).toEqual([]);
  });
});

describe('describing corrections', () => {
  it('names scenes and characters the limit reveals, and only those', () => {
    const move = { list: 'moveScene' as const, entry: { scene: 's02', after: 's09' } };
    expect(describeCorrection(move, FILM, 9)).toBe(
      '“A letter in 1962” (scene 2) happens just after “Clara leaves” (scene 9)',
    );
    expect(describeCorrection(move, FILM, 3)).toBe(
      '“A letter in 1962” (scene 2) happens just after a scene not yet revealed',
    );
    const merge = { list: 'mergeCharacters' as const, entry: { into: 'ada', from: ['hugo'] } };
    expect(describeCorrection(merge, FILM, 9)).toBe('Hugo Brandt merged into Ada Lind');
    expect(describeCorrection(merge, FILM, 2)).toBe(
      'a character not yet introduced merged into Ada Lind',
    );
    expect(
      describeCorrection({ list: 'setKind', entry: { scene: 's08', kind: 'present' } }, FILM, 9),
    ).toBe('“The light goes out” (scene 8) is a present scene');
  });
});
