import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError, fetchFilm, fetchFilmIndex } from '../../src/queries/fetchers';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

const respond = (body: unknown, status = 200) =>
  vi.fn(
    async (_url: string) =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }),
  );

afterEach(() => vi.unstubAllGlobals());

describe('fetchers', () => {
  it('returns a film that matches the contract', async () => {
    vi.stubGlobal('fetch', respond(SAMPLE_FILM));
    await expect(fetchFilm(SAMPLE_FILM.id)).resolves.toMatchObject({
      id: SAMPLE_FILM.id,
      title: SAMPLE_FILM.title,
    });
  });

  it('asks for /data/films/<id>.json', async () => {
    const fetchMock = respond(SAMPLE_FILM);
    vi.stubGlobal('fetch', fetchMock);
    await fetchFilm(SAMPLE_FILM.id);
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`/data/films/${SAMPLE_FILM.id}.json`);
  });

  it('names the film when its JSON does not match the contract', async () => {
    vi.stubGlobal('fetch', respond({ ...SAMPLE_FILM, scenes: 'none' }));
    const error = await fetchFilm(SAMPLE_FILM.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).message).toMatch(/the-lighthouse-letters.*contract/);
    expect((error as DataLoadError).filmId).toBe(SAMPLE_FILM.id);
  });

  it('reports a 404 as not found, with the status', async () => {
    vi.stubGlobal('fetch', respond('nope', 404));
    const error = (await fetchFilm('missing').catch((e: unknown) => e)) as DataLoadError;
    expect(error.status).toBe(404);
    expect(error.message).toMatch(/not found/);
  });

  it('reports invalid JSON and network failures as load errors', async () => {
    vi.stubGlobal('fetch', respond('{not json'));
    await expect(fetchFilmIndex()).rejects.toThrow(/not valid JSON/);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    await expect(fetchFilmIndex()).rejects.toThrow(/Could not reach/);
  });

  it('rejects a film file that holds another film', async () => {
    vi.stubGlobal('fetch', respond(SAMPLE_FILM));
    await expect(fetchFilm('other-film')).rejects.toThrow(/another film/);
  });
});
