import { describe, expect, it } from 'vitest';
import { highlightedScenes } from '../../src/state/highlight';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

describe('highlightedScenes', () => {
  it('is null with no character chosen', () => {
    expect(highlightedScenes(SAMPLE_FILM, [], 'any', 9)).toBeNull();
  });

  it('highlights scenes with any of the chosen characters', () => {
    expect([...highlightedScenes(SAMPLE_FILM, ['hugo', 'clara'], 'any', 9)!]).toEqual([
      's02',
      's04',
      's05',
      's06',
      's07',
      's09',
      's10',
    ]);
  });

  it('highlights only scenes with all of the chosen characters', () => {
    expect([...highlightedScenes(SAMPLE_FILM, ['ada', 'bruno'], 'all', 9)!]).toEqual([
      's01',
      's03',
      's07',
      's10',
    ]);
  });

  it('never highlights scenes beyond the limit', () => {
    expect([...highlightedScenes(SAMPLE_FILM, ['ada'], 'any', 2)!]).toEqual(['s01', 's03']);
  });

  it('leaves out chosen characters not yet introduced, so a link cannot hint at them', () => {
    expect(highlightedScenes(SAMPLE_FILM, ['hugo'], 'any', 3)).toBeNull();
    expect([...highlightedScenes(SAMPLE_FILM, ['ada', 'hugo'], 'all', 3)!]).toEqual(['s01', 's03']);
  });
});
