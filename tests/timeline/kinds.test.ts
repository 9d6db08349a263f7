import { describe, expect, it } from 'vitest';
import { SCENE_KINDS } from '../../src/model/film';
import { contrastRatio, kindStyle, LANE_COLORS } from '../../src/timeline';

describe('kind palette', () => {
  it.each(SCENE_KINDS)('draws %s labels with at least WCAG AA contrast', (kind) => {
    const s = kindStyle(kind);
    expect(contrastRatio(s.ink, s.fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every kind its own shape, so colour is not the only cue', () => {
    expect(new Set(SCENE_KINDS.map((k) => kindStyle(k).shape)).size).toBe(SCENE_KINDS.length);
  });

  it('keeps lane names readable on white', () => {
    for (const c of LANE_COLORS) expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
