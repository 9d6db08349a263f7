import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoryCurve } from '../../src/components/StoryCurve';
import { withStructure } from '../../src/pipeline/measures';
import { generateFilm } from '../fixtures/generateFilm';

// The shared setup does not unmount between tests; each file cleans up after itself.
afterEach(cleanup);

const film = withStructure(generateFilm({ scenes: 12, seed: 11, title: 'Test Film' }));
const scenesDrawn = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-scene-id]')].map((e) => e.getAttribute('data-scene-id'));

describe('StoryCurve', () => {
  it('draws one focusable, labelled element per scene', () => {
    const { container } = render(
      <StoryCurve
        film={film}
        revealLimit={11}
        highlighted={null}
        selectedSceneId={null}
        onSelectScene={() => {}}
      />,
    );
    expect(scenesDrawn(container)).toEqual(film.scenes.map((s) => s.id));
    const first = film.scenes[0];
    const el = container.querySelector(`[data-scene-id="${first?.id}"]`);
    expect(el).toHaveAttribute('tabindex', '0');
    expect(el?.getAttribute('aria-label')).toContain(first?.title ?? '?');
    expect(el?.getAttribute('aria-label')).toContain('scene 1 of 12 as told');
  });

  it('draws exactly the scenes up to the spoiler limit and no block relation', () => {
    const { container } = render(
      <StoryCurve
        film={film}
        revealLimit={4}
        highlighted={null}
        selectedSceneId={null}
        onSelectScene={() => {}}
      />,
    );
    expect(scenesDrawn(container)).toEqual(film.scenes.slice(0, 5).map((s) => s.id));
    expect(container.querySelector('[data-relation]')).toBeNull();
  });

  it('selects a scene on click and on Enter, and marks the selected one pressed', () => {
    const onSelect = vi.fn();
    const target = film.scenes[3]?.id ?? '';
    const { container } = render(
      <StoryCurve
        film={film}
        revealLimit={11}
        highlighted={null}
        selectedSceneId={target}
        onSelectScene={onSelect}
      />,
    );
    const el = container.querySelector(`[data-scene-id="${target}"]`) as Element;
    expect(el).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(el);
    fireEvent.keyDown(el, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledTimes(2);
    expect(onSelect).toHaveBeenCalledWith(target);
  });

  it('dims the scenes the character filter leaves out', () => {
    const keep = new Set([film.scenes[0]?.id ?? '']);
    const { container } = render(
      <StoryCurve
        film={film}
        revealLimit={11}
        highlighted={keep}
        selectedSceneId={null}
        onSelectScene={() => {}}
      />,
    );
    const opacities = [...container.querySelectorAll('path[opacity]')].map((p) =>
      Number(p.getAttribute('opacity')),
    );
    expect(opacities).toContain(1);
    expect(opacities.some((o) => o < 0.5)).toBe(true);
  });

  it('draws the compact curve as one named image without focusable scenes', () => {
    const { container } = render(
      <StoryCurve
        film={film}
        revealLimit={11}
        highlighted={null}
        selectedSceneId={null}
        onSelectScene={() => {}}
        compact
      />,
    );
    expect(screen.getByRole('img', { name: 'Story curve of Test Film' })).toBeInTheDocument();
    expect(container.querySelector('[data-scene-id]')).toBeNull();
  });

  it('grows out of the flat timeline, and not at all under reduced motion', () => {
    const props = {
      film,
      revealLimit: 11,
      highlighted: null,
      selectedSceneId: null,
      onSelectScene: () => {},
    };
    const animated = render(<StoryCurve {...props} />).container;
    expect(animated.querySelector('svg[data-morphing="true"]')).not.toBeNull();
    cleanup();
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce') }));
    try {
      const still = render(<StoryCurve {...props} />).container;
      expect(still.querySelector('svg[data-morphing]')).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
