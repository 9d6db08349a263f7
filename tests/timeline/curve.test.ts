import { describe, expect, it } from 'vitest';
import { asChronoIndex, asStoryIndex, type Block, type Film, type Scene } from '../../src/model';
import { computeBlocks } from '../../src/pipeline/measures';
import { blockBrackets } from '../../src/timeline/blockBrackets';
import {
  COMPACT_FRAME,
  CURVE_FRAME,
  computeCurve,
  curveScales,
  morphY,
} from '../../src/timeline/curve';

const filmOf = (chrono: readonly number[], locations: readonly (string | null)[] = []) => {
  const scenes = chrono.map((c, i): Scene => ({
    id: `s${i}`,
    storyIndex: asStoryIndex(i),
    chronoIndex: asChronoIndex(c),
    title: `Scene ${i}`,
    text: '',
    characters: [],
    kind: 'present',
    timeCue: null,
    location: locations[i] ?? null,
    timeOfDay: null,
    spoiler: 0,
    sources: [],
  }));
  const film: Pick<Film, 'scenes' | 'blocks'> = { scenes };
  return { ...film, blocks: computeBlocks(film) };
};

describe('curve scales', () => {
  it('puts story order across and chronological order upwards, earliest lowest', () => {
    const s = curveScales(4, CURVE_FRAME);
    expect(s.x(0)).toBe(CURVE_FRAME.margin.left);
    expect(s.x(4)).toBe(CURVE_FRAME.width - CURVE_FRAME.margin.right);
    expect(s.y(0)).toBeGreaterThan(s.y(3));
  });
});

describe('computeCurve', () => {
  it('draws a linear film as a rising staircase of segments', () => {
    const g = computeCurve(filmOf([0, 1, 2, 3]), 3);
    const ys = g.marks.map((m) => m.y);
    expect(ys).toEqual([...ys].sort((a, b) => b - a));
    g.marks.forEach((m, i) => {
      expect(m.x1).toBeGreaterThan(m.x0);
      if (i > 0) expect(m.x0).toBeGreaterThan(g.marks[i - 1]?.x1 ?? Infinity);
    });
  });
  it('shows a flashback as a drop in the path', () => {
    const g = computeCurve(filmOf([1, 2, 0, 3, 4]), 4);
    const [, second, third] = g.marks;
    expect(third?.y).toBeGreaterThan(second?.y ?? Infinity);
    expect(g.path.startsWith('M')).toBe(true);
    expect(g.path.match(/C/g)).toHaveLength(4);
  });
  it('draws no scene beyond the spoiler limit and keeps the others where they were', () => {
    const film = filmOf([3, 0, 1, 2, 4]);
    const all = computeCurve(film, 4);
    const limited = computeCurve(film, 1);
    expect(limited.marks.map((m) => m.sceneId)).toEqual(['s0', 's1']);
    expect(limited.marks).toEqual(all.marks.slice(0, 2));
  });
  it('bands runs of scenes at one location, visible scenes only', () => {
    const film = filmOf([0, 1, 2, 3, 4], ['Motel', 'Motel', null, 'Diner', 'Motel']);
    const bands = computeCurve(film, 3).bands;
    expect(bands.map((b) => [b.location, b.start, b.end])).toEqual([
      ['Motel', 0, 1],
      ['Diner', 3, 3],
    ]);
    expect(bands[0]?.color).not.toBe(bands[1]?.color);
  });
  it('boxes each block and withholds relations under a spoiler limit', () => {
    const film = filmOf([1, 2, 0, 3, 4]);
    const full = computeCurve(film, 4).boxes;
    expect(full.map((b) => [b.start, b.end, b.relation])).toEqual([
      [0, 1, 'main'],
      [2, 2, 'flashback'],
      [3, 4, 'main'],
    ]);
    const limited = computeCurve(film, 3).boxes;
    expect(limited.map((b) => [b.start, b.end, b.relation])).toEqual([
      [0, 1, null],
      [2, 2, null],
      [3, 3, null],
    ]);
  });
  it('fits the compact frame', () => {
    const g = computeCurve(filmOf([2, 1, 0]), 2, COMPACT_FRAME);
    for (const m of g.marks) {
      expect(m.x0).toBeGreaterThanOrEqual(0);
      expect(m.x1).toBeLessThanOrEqual(COMPACT_FRAME.width);
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(COMPACT_FRAME.height);
    }
  });
});

describe('morph and brackets', () => {
  it('morphs y linearly from the flat line to the curve', () => {
    expect(morphY(100, 300, 0)).toBe(300);
    expect(morphY(100, 300, 0.5)).toBe(200);
    expect(morphY(100, 300, 1)).toBe(100);
  });
  it('spans a bracket over its block scenes in the current order', () => {
    const blocks: Block[] = [
      { id: 'b01', start: asStoryIndex(0), end: asStoryIndex(1), relation: 'main' },
      { id: 'b02', start: asStoryIndex(2), end: asStoryIndex(2), relation: 'flashback' },
    ];
    const extent = (i: number) => ({ x0: i * 10, x1: i * 10 + 8 });
    expect(blockBrackets(blocks, extent, 2, 3)).toEqual([
      { id: 'b01', x0: 0, x1: 18, relation: 'main' },
      { id: 'b02', x0: 20, x1: 28, relation: 'flashback' },
    ]);
    expect(blockBrackets(blocks, extent, 1, 3)).toEqual([
      { id: 'b01', x0: 0, x1: 18, relation: null },
    ]);
  });
});
