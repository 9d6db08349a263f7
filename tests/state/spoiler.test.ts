import { describe, expect, it } from 'vitest';
import {
  introducedCharacters,
  scenesInOrder,
  visibleAliases,
  visibleName,
  visibleScenes,
} from '../../src/state/spoiler';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

const clara = SAMPLE_FILM.characters.find((c) => c.id === 'clara')!;

describe('spoiler', () => {
  it('shows exactly the scenes with storyIndex up to the limit', () => {
    expect(visibleScenes(SAMPLE_FILM, 3).map((s) => s.storyIndex)).toEqual([0, 1, 2, 3]);
    expect(visibleScenes(SAMPLE_FILM, -1)).toEqual([]);
  });

  it('introduces a character at the first visible scene that names them', () => {
    expect(
      introducedCharacters(SAMPLE_FILM, 0)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['ada', 'bruno']);
    expect(introducedCharacters(SAMPLE_FILM, 3).find((c) => c.id === 'hugo')).toBeUndefined();
    expect(introducedCharacters(SAMPLE_FILM, 4).find((c) => c.id === 'hugo')?.introducedAt).toBe(4);
  });

  it('counts scenes over visible scenes only', () => {
    expect(introducedCharacters(SAMPLE_FILM, 2).find((c) => c.id === 'ada')?.sceneCount).toBe(2);
    expect(introducedCharacters(SAMPLE_FILM, 9).find((c) => c.id === 'ada')?.sceneCount).toBe(6);
  });

  it('hides an alias until its revealedAt scene is visible', () => {
    expect(visibleAliases(clara, 8)).toEqual(['Clara']);
    expect(visibleAliases(clara, 9)).toEqual(['Clara', 'Ada’s grandmother']);
  });

  it('never shows a name that is itself a later reveal', () => {
    const masked = { ...clara, name: 'Ada’s grandmother' };
    expect(visibleName(masked, 2)).toBe('Clara');
    expect(visibleName(masked, 9)).toBe('Ada’s grandmother');
  });

  it('orders visible scenes by chronoIndex in chronological order', () => {
    expect(scenesInOrder(SAMPLE_FILM, 3, 'chrono').map((s) => s.id)).toEqual([
      's02',
      's04',
      's01',
      's03',
    ]);
  });
});
