import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asChronoIndex,
  asStoryIndex,
  checkFilm,
  type Film,
  type Scene,
  type SceneKind,
} from '../../src/model';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import {
  classifyPattern,
  computeBlocks,
  computeMeasures,
  computeRawMeasures,
  countInversions,
  longestIncreasingLength,
  withStructure,
} from '../../src/pipeline/measures';
import { importStoryCurves } from '../../src/pipeline/storycurves';
import { generateFilm } from '../fixtures/generateFilm';

/** A film whose i-th told scene has chronoIndex chrono[i] (kinds optional, default present). */
const filmOf = (
  chrono: readonly number[],
  kinds: readonly SceneKind[] = [],
): Pick<Film, 'scenes'> => ({
  scenes: chrono.map((c, i): Scene => ({
    id: `s${i}`,
    storyIndex: asStoryIndex(i),
    chronoIndex: asChronoIndex(c),
    title: `Scene ${i}`,
    text: '',
    characters: [],
    kind: kinds[i] ?? 'present',
    timeCue: null,
    location: null,
    timeOfDay: null,
    spoiler: 0,
    sources: [],
  })),
});

const relations = (chrono: readonly number[], kinds?: readonly SceneKind[]) =>
  computeBlocks(filmOf(chrono, kinds)).map((b) => `${b.start}-${b.end}:${b.relation}`);

describe('measures of a linear film (0 1 2 3 4)', () => {
  const m = computeMeasures(filmOf([0, 1, 2, 3, 4]));
  it('counts no jump and gives jump sizes of 0', () => {
    expect([m.backwardJumps, m.forwardJumps, m.meanJump, m.maxJump]).toEqual([0, 0, 0, 0]);
  });
  it('has tau 1, nothing out of order and nonlinearity 0', () => {
    expect([m.kendallTau, m.outOfOrderShare, m.nonlinearity]).toEqual([1, 0, 0]);
  });
  it('is one main block named linear', () => {
    expect(relations([0, 1, 2, 3, 4])).toEqual(['0-4:main']);
    expect(m.pattern).toBe('linear');
  });
});

describe('measures of a film told backwards (4 3 2 1 0)', () => {
  const m = computeMeasures(filmOf([4, 3, 2, 1, 0]));
  it('counts every step as a backward jump of size 1', () => {
    expect([m.backwardJumps, m.forwardJumps, m.meanJump, m.maxJump]).toEqual([4, 0, 1, 1]);
  });
  it('has tau -1, four fifths out of order and nonlinearity 1 (12 / floor(25/2))', () => {
    expect(m.kendallTau).toBe(-1);
    expect(m.outOfOrderShare).toBeCloseTo(0.8, 12);
    expect(m.nonlinearity).toBe(1);
  });
  it('is named backwards', () => {
    expect(m.pattern).toBe('backwards');
  });
});

describe('measures of a film with a single flashback block (1 2 0 3 4)', () => {
  const chrono = [1, 2, 0, 3, 4];
  const m = computeMeasures(filmOf(chrono));
  it('counts one jump back of size 2 and one forward of size 3', () => {
    expect([m.backwardJumps, m.forwardJumps, m.meanJump, m.maxJump]).toEqual([1, 1, 2.5, 3]);
  });
  it('has tau 0.6 (2 inversions of 10 pairs), a fifth out of order and nonlinearity 4/12', () => {
    expect(m.kendallTau).toBeCloseTo(0.6, 12);
    expect(m.outOfOrderShare).toBeCloseTo(0.2, 12);
    expect(m.nonlinearity).toBeCloseTo(1 / 3, 12);
  });
  it('labels the middle block a flashback and names the pattern single-flashback', () => {
    expect(relations(chrono)).toEqual(['0-1:main', '2-2:flashback', '3-4:main']);
    expect(m.pattern).toBe('single-flashback');
  });
  it('labels the block recounted when its scenes are told in dialogue', () => {
    const kinds: SceneKind[] = ['present', 'present', 'recounted', 'present', 'present'];
    expect(relations(chrono, kinds)[1]).toBe('2-2:recounted');
    expect(computeMeasures(filmOf(chrono, kinds)).pattern).toBe('single-flashback');
  });
});

describe('patterns', () => {
  it('names a film opening with a later scene, then told in order, in medias res', () => {
    expect(relations([4, 0, 1, 2, 3])).toEqual(['0-0:flashforward', '1-4:main']);
    expect(computeMeasures(filmOf([4, 0, 1, 2, 3])).pattern).toBe('in-medias-res');
  });
  it('names a film that opens, returns to and closes in a later present a frame story', () => {
    const chrono = [8, 9, 0, 1, 2, 10, 3, 4, 5, 6, 7, 11];
    expect(relations(chrono)).toEqual([
      '0-1:frame',
      '2-4:main',
      '5-5:frame',
      '6-10:main',
      '11-11:frame',
    ]);
    expect(computeMeasures(filmOf(chrono)).pattern).toBe('frame-story');
  });
  it('names present and past told in turn alternating, not backwards', () => {
    const chrono = [5, 0, 6, 1, 7, 2, 8, 3, 9, 4];
    const m = computeMeasures(filmOf(chrono));
    expect(m.kendallTau).toBeGreaterThan(0);
    expect(m.pattern).toBe('alternating');
  });
  it('names a shuffled film with no clear shape nonlinear', () => {
    expect(computeMeasures(filmOf([2, 0, 4, 1, 3, 5])).pattern).toBe('nonlinear');
  });
  it('classifies from measures and blocks alone', () => {
    const film = filmOf([1, 2, 0, 3, 4]);
    expect(classifyPattern(computeRawMeasures(film), computeBlocks(film))).toBe('single-flashback');
  });
});

describe('edge cases and invariants', () => {
  it('gives an empty film zero measures and no block', () => {
    const m = computeMeasures(filmOf([]));
    expect(m).toMatchObject({ sceneCount: 0, kendallTau: 1, outOfOrderShare: 0, nonlinearity: 0 });
    expect(computeBlocks(filmOf([]))).toEqual([]);
  });
  it('counts inversions as the brute force does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 }), (values) => {
        let brute = 0;
        for (let i = 0; i < values.length; i++)
          for (let j = i + 1; j < values.length; j++)
            if ((values[i] as number) > (values[j] as number)) brute++;
        expect(countInversions(values)).toBe(brute);
      }),
    );
  });
  it('finds the longest increasing subsequence of a known sequence', () => {
    expect(longestIncreasingLength([3, 1, 4, 1, 5, 9, 2, 6])).toBe(4);
  });
  it('keeps every measure in range and tiles the film with jumps + 1 blocks', () => {
    const permutation = fc
      .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 60 })
      .map((keys) =>
        keys
          .map((k, i) => [k, i] as const)
          .sort((a, b) => a[0] - b[0] || a[1] - b[1])
          .map(([, i]) => i),
      );
    fc.assert(
      fc.property(permutation, (chrono) => {
        const film = filmOf(chrono);
        const m = computeMeasures(film);
        const blocks = computeBlocks(film);
        expect(m.kendallTau).toBeGreaterThanOrEqual(-1);
        expect(m.kendallTau).toBeLessThanOrEqual(1);
        expect(m.nonlinearity).toBeGreaterThanOrEqual(0);
        expect(m.nonlinearity).toBeLessThanOrEqual(1);
        expect(blocks).toHaveLength(m.backwardJumps + m.forwardJumps + 1);
        blocks.forEach((b, i) => expect(b.start).toBe(i === 0 ? 0 : (blocks[i - 1]?.end ?? 0) + 1));
        expect(blocks.at(-1)?.end).toBe(chrono.length - 1);
      }),
    );
  });
  it('measures a 5,000-scene film in well under a second', () => {
    const film = generateFilm({ scenes: 5000, seed: 7 });
    const t0 = performance.now();
    withStructure(film);
    expect(performance.now() - t0).toBeLessThan(500);
  });
  it('returns a film that still passes the contract, with both fields set', () => {
    const film = withStructure(generateFilm({ scenes: 40, seed: 3 }));
    const checked = checkFilm(film);
    expect(checked.ok).toBe(true);
    expect(film.measures?.sceneCount).toBe(40);
    expect(film.blocks?.length).toBeGreaterThan(0);
  });
});

describe('the ten Story Curves films', () => {
  const dir = join(__dirname, '../../data/seeds');
  const films = readdirSync(dir)
    .filter((f) => f.endsWith('_simple.json'))
    .sort()
    .map((file) => {
      const film = importStoryCurves(
        { file, text: readFileSync(join(dir, file), 'utf8') },
        new Diagnostics(),
      );
      if (!film) throw new Error(`${file} did not import`);
      return { file, measures: computeMeasures(film) };
    });
  const byFile = (prefix: string) => {
    const found = films.find((f) => f.file.startsWith(prefix));
    if (!found) throw new Error(`no ${prefix} film`);
    return found.measures;
  };
  it('finds all ten', () => {
    expect(films).toHaveLength(10);
  });
  it('puts Memento out of order the most, with the lowest tau, and names it backwards', () => {
    const memento = byFile('memento');
    for (const { measures } of films) {
      expect(memento.outOfOrderShare).toBeGreaterThanOrEqual(measures.outOfOrderShare);
      expect(memento.kendallTau).toBeLessThanOrEqual(measures.kendallTau);
      expect(memento.backwardJumps).toBeGreaterThanOrEqual(measures.backwardJumps);
    }
    expect(memento.kendallTau).toBeLessThan(0);
    expect(memento.pattern).toBe('backwards');
  });
  it('finds Fight Club nearly linear: least nonlinear, tau above 0.95, in medias res', () => {
    const fightClub = byFile('fight_club');
    for (const { measures } of films)
      expect(fightClub.nonlinearity).toBeLessThanOrEqual(measures.nonlinearity);
    expect(fightClub.kendallTau).toBeGreaterThan(0.95);
    expect(fightClub.pattern).toBe('in-medias-res');
  });
});
