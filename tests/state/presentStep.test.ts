import { describe, expect, it } from 'vitest';
import { presentScenes, presentStep } from '../../src/state/present';
import { scenesInOrder } from '../../src/state/spoiler';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

const story = scenesInOrder(SAMPLE_FILM, 9, 'story');
const ids = (scenes: { id: string }[]) => scenes.map((s) => s.id);

describe('presentScenes', () => {
  it('keeps every visible scene without a filter, and only the filtered ones with one', () => {
    expect(ids(presentScenes(story, null))).toEqual(ids(story));
    expect(ids(presentScenes(story, new Set(['s05', 's02'])))).toEqual(['s02', 's05']);
  });
});

describe('presentStep', () => {
  const shown = presentScenes(story, new Set(['s02', 's05', 's08']));

  it('steps forward and back among the shown scenes and stays at the ends', () => {
    expect(presentStep(story, shown, 's02', 1)).toBe('s05');
    expect(presentStep(story, shown, 's05', -1)).toBe('s02');
    expect(presentStep(story, shown, 's08', 1)).toBe('s08');
    expect(presentStep(story, shown, 's02', -1)).toBe('s02');
  });

  it('from a filtered-out scene, goes to the nearest shown scene on that side', () => {
    expect(presentStep(story, shown, 's03', 1)).toBe('s05');
    expect(presentStep(story, shown, 's03', -1)).toBe('s02');
    expect(presentStep(story, shown, 's09', 1)).toBe('s09');
  });

  it('with nothing selected, starts at the first (or the last) shown scene', () => {
    expect(presentStep(story, shown, null, 1)).toBe('s02');
    expect(presentStep(story, shown, null, -1)).toBe('s08');
  });

  it('does nothing when no scene is shown', () => {
    expect(presentStep(story, [], 's01', 1)).toBe('s01');
  });
});
