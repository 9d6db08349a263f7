import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TimelineBlocks } from '../../src/components/TimelineBlocks';
import { asStoryIndex, type Block } from '../../src/model';

// The shared setup does not unmount between tests; each file cleans up after itself.
afterEach(cleanup);

const blocks: Block[] = [
  { id: 'b01', start: asStoryIndex(0), end: asStoryIndex(5), relation: 'main' },
  { id: 'b02', start: asStoryIndex(6), end: asStoryIndex(11), relation: 'flashback' },
];
const extentOf = (i: number) => ({ x0: i * 20, x1: i * 20 + 18 });
const draw = (revealLimit: number) =>
  render(
    <svg>
      <TimelineBlocks
        blocks={blocks}
        extentOf={extentOf}
        revealLimit={revealLimit}
        sceneCount={12}
        y={10}
      />
    </svg>,
  ).container;

describe('TimelineBlocks', () => {
  it('brackets the blocks told off the main line and names their relation', () => {
    const container = draw(11);
    const drawn = [...container.querySelectorAll('[data-block-id]')];
    expect(drawn.map((g) => g.getAttribute('data-relation'))).toEqual(['flashback']);
    expect(container.querySelector('path')?.getAttribute('d')).toBe('M120,16V10H238V16');
    expect(container.textContent).toContain('Flashback');
  });

  it('under a spoiler limit draws neutral brackets for the visible part only, unnamed', () => {
    const container = draw(7);
    const drawn = [...container.querySelectorAll('[data-block-id]')];
    expect(drawn.map((g) => g.getAttribute('data-block-id'))).toEqual(['b01', 'b02']);
    expect(container.querySelector('[data-relation]')).toBeNull();
    expect(container.textContent).toBe('');
    expect(drawn[1]?.querySelector('path')?.getAttribute('d')).toBe('M120,16V10H158V16');
  });
});
