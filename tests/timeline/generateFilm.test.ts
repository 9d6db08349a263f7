import { describe, expect, it } from 'vitest';
import { checkFilm } from '../../src/model/validate';
import { generateFilm } from '../fixtures/generateFilm';

describe('generateFilm (test fixture)', () => {
  it.each([1, 10, 1000])('makes a valid film of %i scenes', (n) => {
    const result = checkFilm(generateFilm({ scenes: n }));
    expect(result.ok ? '' : result.error).toBe('');
  });

  it('is deterministic for a seed', () => {
    expect(generateFilm({ scenes: 50, seed: 4 })).toEqual(generateFilm({ scenes: 50, seed: 4 }));
  });

  it('tells the story out of chronological order', () => {
    const film = generateFilm({ scenes: 100 });
    expect(film.scenes.some((s) => Number(s.chronoIndex) !== Number(s.storyIndex))).toBe(true);
    expect(new Set(film.scenes.map((s) => s.kind)).size).toBe(4);
  });
});
