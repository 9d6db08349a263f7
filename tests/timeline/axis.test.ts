import { describe, expect, it } from 'vitest';
import { axisTicks, computeLayout, fitLabel } from '../../src/timeline';
import { generateFilm } from '../fixtures/generateFilm';

describe('fitLabel', () => {
  it('keeps a title that fits and ellipsises one that does not', () => {
    expect(fitLabel('Motel', 200)).toBe('Motel');
    const cut = fitLabel('Arrival at the Lighthouse at night', 100);
    expect(cut?.endsWith('…')).toBe(true);
    expect((cut?.length ?? 0) * 6.2).toBeLessThanOrEqual(100);
  });

  it('draws no label where only a stub would fit', () => {
    expect(fitLabel('Arrival at the Lighthouse', 30)).toBeNull();
  });
});

describe('axisTicks', () => {
  it('thins ticks so labels stay apart', () => {
    const layout = computeLayout(generateFilm({ scenes: 1000 }), 999, 'equal');
    const ticks = axisTicks(layout, 'story', { start: 0, end: 1 }, 1000);
    expect(ticks.length).toBeLessThanOrEqual(1000 / 44 + 2);
    expect(ticks.length).toBeGreaterThan(5);
  });

  it('shows only ticks inside the zoom window', () => {
    const layout = computeLayout(generateFilm({ scenes: 100 }), 99, 'equal');
    const ticks = axisTicks(layout, 'chrono', { start: 0.5, end: 0.6 }, 1000);
    for (const t of ticks) expect(t.x).toBeGreaterThan(0.49);
    expect(ticks.map((t) => t.label)).toContain('55');
  });
});
