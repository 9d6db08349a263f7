import { describe, expect, it } from 'vitest';
import {
  clampWindow,
  minSpanFor,
  panBy,
  revealInterval,
  unitToPx,
  zoomAround,
} from '../../src/timeline';

describe('zoom window maths', () => {
  it('keeps the point under the pointer fixed while zooming', () => {
    const w = { start: 0.2, end: 0.6 };
    const anchor = 0.25;
    const before = w.start + anchor * (w.end - w.start);
    const z = zoomAround(w, 2, anchor);
    expect(z.start + anchor * (z.end - z.start)).toBeCloseTo(before, 12);
    expect(z.end - z.start).toBeCloseTo(0.2, 12);
  });

  it('never zooms out beyond the whole axis nor in beyond the minimum span', () => {
    expect(zoomAround({ start: 0, end: 1 }, 0.5, 0.5)).toEqual({ start: 0, end: 1 });
    const deep = zoomAround({ start: 0, end: 1 }, 1e6, 0.5, minSpanFor(100));
    expect(deep.end - deep.start).toBeCloseTo(0.03, 12);
  });

  it('keeps a panned window inside the axis', () => {
    expect(panBy({ start: 0.8, end: 0.9 }, 5)).toEqual({ start: 0.9, end: 1 });
    const left = panBy({ start: 0.1, end: 0.3 }, -5);
    expect(left.start).toBe(0);
    expect(left.end).toBeCloseTo(0.2, 12);
  });

  it('repairs nonsense windows from a hand-edited link', () => {
    expect(clampWindow({ start: 0.9, end: 0.2 }, 0.01)).toEqual({ start: 0.545, end: 0.555 });
    expect(clampWindow({ start: Number.NaN, end: 3 })).toEqual({ start: 0, end: 1 });
  });

  it('pans just enough to bring an interval into view', () => {
    const w = { start: 0, end: 0.2 };
    expect(revealInterval(w, 0.05, 0.1)).toBe(w);
    const moved = revealInterval(w, 0.5, 0.52);
    expect(moved.end).toBeGreaterThanOrEqual(0.52);
    expect(moved.end - moved.start).toBeCloseTo(0.2, 12);
  });

  it('maps the window onto the plot width', () => {
    expect(unitToPx(0.5, { start: 0.25, end: 0.75 }, 800)).toBe(400);
  });
});
