import { describe, expect, it } from 'vitest';
import { arcHeight, arcOpacity, arcPath, computeLayout, storyJumps } from '../../src/timeline';
import { filmWithOrder } from './helpers';

describe('storyJumps', () => {
  it('joins every pair of consecutive visible scenes in story order', () => {
    const film = filmWithOrder([3, 0, 4, 1, 2]);
    expect(storyJumps(computeLayout(film, 4, 'equal'))).toHaveLength(4);
    expect(storyJumps(computeLayout(film, 2, 'equal'))).toHaveLength(2);
    expect(storyJumps(computeLayout(film, 0, 'equal'))).toHaveLength(0);
  });

  it('marks a jump to an earlier event as going back in time', () => {
    const jumps = storyJumps(computeLayout(filmWithOrder([3, 0, 4, 1, 2]), 4, 'equal'));
    expect(jumps.map((j) => j.direction)).toEqual(['back', 'forward', 'back', 'forward']);
  });
});

describe('arcPath', () => {
  it('bulges above the base for backward jumps and below for forward ones', () => {
    const controlY = (d: string) => Number(/C[\d.]+,([-\d.]+)/.exec(d)?.[1]);
    expect(controlY(arcPath(10, 200, 100, 'back', 50, 1000))).toBeLessThan(100);
    expect(controlY(arcPath(10, 200, 100, 'forward', 50, 1000))).toBeGreaterThan(100);
  });

  it('rises higher for longer jumps but never beyond its band', () => {
    expect(arcHeight(500, 50, 1000)).toBeGreaterThan(arcHeight(50, 50, 1000));
    expect(arcHeight(5000, 50, 1000)).toBe(50);
  });

  it('fades arcs as they multiply', () => {
    expect(arcOpacity(5000)).toBeLessThan(arcOpacity(40));
  });
});
