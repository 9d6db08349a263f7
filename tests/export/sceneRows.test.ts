import { describe, expect, it } from 'vitest';
import { SCENE_COLUMNS, sceneRows } from '../../src/export/sceneRows';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

const col = (name: (typeof SCENE_COLUMNS)[number]) => SCENE_COLUMNS.indexOf(name);

describe('sceneRows', () => {
  it('has a header and one row per scene within the spoiler limit', () => {
    const rows = sceneRows(SAMPLE_FILM, 3, 'story', null);
    expect(rows[0]).toEqual([...SCENE_COLUMNS]);
    expect(rows.slice(1).map((r) => r[col('Scene id')])).toEqual(['s01', 's02', 's03', 's04']);
  });

  it('lists chronological order by time and numbers time among the visible scenes', () => {
    const rows = sceneRows(SAMPLE_FILM, 3, 'chrono', null).slice(1);
    // s02 (chrono 0), s04 (1), s01 (4), s03 (5): ranks 1..4 among the four visible scenes.
    expect(rows.map((r) => r[col('Scene id')])).toEqual(['s02', 's04', 's01', 's03']);
    expect(rows.map((r) => r[col('Chronological position')])).toEqual([1, 2, 3, 4]);
    expect(rows.map((r) => r[col('Story position')])).toEqual([2, 4, 1, 3]);
  });

  it('says which scenes the character filter keeps, and nothing without a filter', () => {
    const filtered = sceneRows(SAMPLE_FILM, 3, 'story', new Set(['s02', 's04'])).slice(1);
    expect(filtered.map((r) => r[col('In filter')])).toEqual(['no', 'yes', 'no', 'yes']);
    const plain = sceneRows(SAMPLE_FILM, 3, 'story', null).slice(1);
    expect(plain.every((r) => r[col('In filter')] === '')).toBe(true);
  });

  it('names characters and kinds as the app shows them', () => {
    const first = sceneRows(SAMPLE_FILM, 0, 'story', null)[1];
    expect(first?.[col('Characters')]).toBe('Ada Lind; Bruno');
    expect(first?.[col('Kind')]).toBe('Present');
    expect(first?.[col('Title')]).toBe('The storm arrives');
  });

  it('gives only the header when nothing is revealed', () => {
    expect(sceneRows(SAMPLE_FILM, -1, 'story', null)).toHaveLength(1);
  });
});
