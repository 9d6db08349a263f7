import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timeline, type TimelineProps } from '../../src/components/Timeline';
import { computeLayout } from '../../src/timeline';
import { generateFilm } from '../fixtures/generateFilm';
import { filmWithOrder } from '../timeline/helpers';

const film = filmWithOrder([3, 0, 4, 1, 2, 5]);

const props = (over: Partial<TimelineProps> = {}): TimelineProps => ({
  film,
  order: 'story',
  revealLimit: film.scenes.length - 1,
  highlighted: null,
  selectedSceneId: null,
  lanes: null,
  sizing: 'equal',
  zoom: { start: 0, end: 1 },
  onSelectScene: () => {},
  onZoomChange: () => {},
  ...over,
});

const sceneButtons = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<HTMLElement>('[data-scene-id]'));
// left is calc(<centre>% - <width> / 2): read the centre.
const left = (el: HTMLElement) => parseFloat(/calc\(([-\d.]+)%/.exec(el.style.left)?.[1] ?? 'NaN');
const root = (container: HTMLElement) =>
  container.querySelector<HTMLElement>('[data-timeline-root]');
const markX = (container: HTMLElement, i: number) =>
  Number(
    /translate\(([-\d.]+)/.exec(
      container.querySelectorAll('svg g g g')[i]?.getAttribute('transform') ?? '',
    )?.[1],
  );

const expectClose = (actual: number[], expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i] ?? Number.NaN, 3));
};

const reduceMotion = (on: boolean) =>
  vi.stubGlobal(
    'matchMedia',
    (q: string) => ({ matches: on && q.includes('reduce'), media: q }) as MediaQueryList,
  );

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Timeline', () => {
  it('draws one focusable, labelled element per visible scene', () => {
    const { container } = render(<Timeline {...props()} />);
    const buttons = sceneButtons(container);
    expect(buttons.map((b) => b.dataset.sceneId)).toEqual(film.scenes.map((s) => s.id));
    expect(
      screen.getByRole('button', { name: new RegExp(`^${film.scenes[0]?.title}`) }),
    ).toBeInTheDocument();
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
  });

  it('positions scenes by storyIndex in story order and by chronoIndex in chronological order', () => {
    const { container, rerender } = render(<Timeline {...props()} />);
    const buttons = sceneButtons(container);
    const story = buttons.map(left);
    expect(story).toEqual([...story].sort((a, b) => a - b));
    reduceMotion(true);
    rerender(<Timeline {...props({ order: 'chrono' })} />);
    const chrono = sceneButtons(container).map(left);
    expectClose(
      film.scenes.map((s) => chrono[s.storyIndex] ?? Number.NaN),
      film.scenes.map((s) => ((s.chronoIndex + 0.5) / film.scenes.length) * 100),
    );
  });

  it('moves the accessible elements only once the morph has ended', async () => {
    reduceMotion(false);
    const { container, rerender } = render(<Timeline {...props()} />);
    const before = sceneButtons(container).map(left);
    rerender(<Timeline {...props({ order: 'chrono' })} />);
    expect(sceneButtons(container).map(left)).toEqual(before);
    await waitFor(() => expect(root(container)).not.toHaveAttribute('data-morphing'), {
      timeout: 3000,
    });
    expect(sceneButtons(container).map(left)).not.toEqual(before);
  });

  it('does not draw scenes beyond the spoiler limit, and leaves their chronological slots empty', () => {
    const { container } = render(<Timeline {...props({ revealLimit: 2, order: 'chrono' })} />);
    const buttons = sceneButtons(container);
    expect(buttons.map((b) => b.dataset.sceneId)).toEqual(film.scenes.slice(0, 3).map((s) => s.id));
    const full = computeLayout(film, 5, 'equal');
    expectClose(
      buttons.map((b) => left(b) / 100),
      Array.from(full.chronoCenters.slice(0, 3)),
    );
    expect(container.textContent).not.toContain(film.scenes[3]?.title);
  });

  it('draws one jump arc per consecutive pair of visible scenes in chronological order', () => {
    reduceMotion(true);
    const { container, rerender } = render(<Timeline {...props()} />);
    expect(container.querySelectorAll('[data-arc]')).toHaveLength(0);
    rerender(<Timeline {...props({ order: 'chrono' })} />);
    expect(container.querySelectorAll('[data-arc]')).toHaveLength(5);
    expect(container.querySelectorAll('[data-arc="back"]')).toHaveLength(2);
    rerender(<Timeline {...props({ order: 'chrono', revealLimit: 3 })} />);
    expect(container.querySelectorAll('[data-arc]')).toHaveLength(3);
  });

  it('moves marks instantly under prefers-reduced-motion', () => {
    reduceMotion(true);
    const { container, rerender } = render(<Timeline {...props()} />);
    const before = markX(container, 0);
    rerender(<Timeline {...props({ order: 'chrono' })} />);
    expect(root(container)).not.toHaveAttribute('data-morphing');
    expect(markX(container, 0)).toBeGreaterThan(before);
  });

  it('animates the order change from the current positions and reports when it ends', async () => {
    reduceMotion(false);
    const { container, rerender } = render(<Timeline {...props()} />);
    const start = markX(container, 0);
    rerender(<Timeline {...props({ order: 'chrono' })} />);
    expect(root(container)).toHaveAttribute('data-morphing', 'true');
    // The first frame still shows the story position, not React's committed target.
    expect(markX(container, 0)).toBeCloseTo(start, 1);
    await waitFor(() => expect(root(container)).not.toHaveAttribute('data-morphing'), {
      timeout: 3000,
    });
    expect(markX(container, 0)).toBeGreaterThan(start);
  });

  it('dims scenes outside the character filter and says so to screen readers', () => {
    const highlighted = new Set([film.scenes[1]?.id ?? '']);
    render(<Timeline {...props({ highlighted })} />);
    expect(screen.getAllByRole('button', { name: /not in filter/ })).toHaveLength(
      film.scenes.length - 1,
    );
  });

  it('draws a lane per chosen character through their scenes', () => {
    const ids = film.characters.slice(0, 2).map((c) => c.id);
    const { container } = render(<Timeline {...props({ lanes: ids })} />);
    expect(container.querySelectorAll('[data-lane]')).toHaveLength(2);
    expect(container.textContent).toContain(film.characters[0]?.name);
  });

  it('selects a scene on click and rings the selected scene', () => {
    const onSelectScene = vi.fn();
    const { container, rerender } = render(<Timeline {...props({ onSelectScene })} />);
    fireEvent.click(sceneButtons(container)[2] as HTMLElement);
    expect(onSelectScene).toHaveBeenCalledWith(film.scenes[2]?.id);
    rerender(
      <Timeline {...props({ onSelectScene, selectedSceneId: film.scenes[2]?.id ?? null })} />,
    );
    expect(screen.getByTestId('timeline-selection')).toBeInTheDocument();
    expect(sceneButtons(container)[2]).toHaveAttribute('aria-pressed', 'true');
  });

  it('selects a focused scene with Enter or Space', () => {
    const onSelectScene = vi.fn();
    const { container } = render(<Timeline {...props({ onSelectScene })} />);
    const scene = sceneButtons(container)[3] as HTMLElement;
    fireEvent.keyDown(scene, { key: 'Enter' });
    fireEvent.keyDown(scene, { key: ' ' });
    expect(onSelectScene).toHaveBeenCalledTimes(2);
    expect(onSelectScene).toHaveBeenCalledWith(film.scenes[3]?.id);
  });

  it('hands decorations the extent of each visible scene in the current order', () => {
    reduceMotion(true);
    const seen: Array<{ x0: number; x1: number } | null> = [];
    const decorations = ({
      extentOf,
    }: {
      extentOf: (i: number) => { x0: number; x1: number } | null;
    }) => {
      seen.length = 0;
      for (let i = 0; i < film.scenes.length + 1; i++) seen.push(extentOf(i));
      return <rect data-testid="decoration" />;
    };
    render(<Timeline {...props({ order: 'chrono', revealLimit: 3, decorations })} />);
    expect(screen.getByTestId('decoration')).toBeInTheDocument();
    expect(seen.slice(4)).toEqual([null, null, null]);
    // Story scene 1 happens first in time: leftmost in chronological order.
    const lefts = seen.slice(0, 4).map((e) => e?.x0 ?? Number.NaN);
    expect(Math.min(...lefts)).toBe(lefts[1]);
  });

  it('zooms with the buttons and fits back', () => {
    const onZoomChange = vi.fn();
    const { rerender } = render(<Timeline {...props({ onZoomChange })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    const zoomed = onZoomChange.mock.calls[0]?.[0] as { start: number; end: number };
    expect(zoomed.end - zoomed.start).toBeLessThan(1);
    rerender(<Timeline {...props({ onZoomChange, zoom: zoomed })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Fit' }));
    expect(onZoomChange).toHaveBeenLastCalledWith({ start: 0, end: 1 });
  });

  it('shows a tooltip with kind and both positions on focus', () => {
    const { container } = render(<Timeline {...props()} />);
    act(() => (sceneButtons(container)[1] as HTMLElement).focus());
    expect(screen.getByTestId('timeline-tooltip').textContent).toMatch(
      /Scene 2 of 6 as told · 1st in time/,
    );
  });

  it('paints large films on a canvas and keeps the accessible layer', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const big = generateFilm({ scenes: 800 });
    const { container } = render(<Timeline {...props({ film: big, revealLimit: 799 })} />);
    expect(root(container)).toHaveAttribute('data-renderer', 'canvas');
    expect(container.querySelector('canvas')).toBeInTheDocument();
    await waitFor(() => expect(sceneButtons(container)).toHaveLength(800));
  });
});
