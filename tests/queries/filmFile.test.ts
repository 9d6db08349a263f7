import { describe, expect, it } from 'vitest';
import { fileTooLarge, filmFileBlob, parseFilmFile } from '../../src/queries/filmFile';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

describe('film files', () => {
  it('opens a downloaded film again', async () => {
    const text = await filmFileBlob(SAMPLE_FILM).text();
    const parsed = parseFilmFile('lighthouse.json', text);
    expect(parsed.ok && parsed.value.id).toBe(SAMPLE_FILM.id);
  });

  it('adds the structure measures a film file lacks', () => {
    const { measures: _m, blocks: _b, ...bare } = SAMPLE_FILM;
    const parsed = parseFilmFile('bare.json', JSON.stringify(bare));
    expect(parsed.ok && parsed.value.measures?.sceneCount).toBe(SAMPLE_FILM.scenes.length);
  });

  it('names the file that is not JSON', () => {
    const parsed = parseFilmFile('notes.json', '{ "title": ');
    expect(parsed).toMatchObject({ ok: false });
    if (!parsed.ok) expect(parsed.error).toMatch(/^“notes\.json” is not valid JSON \(.+\)\.$/);
  });

  it('names the file and the first problem when the JSON is not a film', () => {
    const parsed = parseFilmFile('other.json', JSON.stringify({ ...SAMPLE_FILM, scenes: 'none' }));
    expect(parsed).toEqual({
      ok: false,
      error: expect.stringMatching(/^“other\.json” is not a Fabula film \(scenes: .+\)\.$/),
    });
  });

  it('refuses a file over its size limit in one line', () => {
    expect(fileTooLarge('big.json', 25_000_000, 20_000_000)).toBe(
      '“big.json” is too large (25.0 MB; the limit is 20.0 MB).',
    );
    expect(fileTooLarge('small.json', 10, 20_000_000)).toBeNull();
  });
});
