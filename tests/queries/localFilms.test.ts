import { describe, expect, it } from 'vitest';
import { summarizeFilm, type Film } from '../../src/model/film';
import { DataLoadError } from '../../src/queries/fetchers';
import { memoryFilmStore } from '../../src/queries/filmStore';
import {
  deleteLocalFilm,
  fetchAnyFilm,
  fetchFilmList,
  fingerprintOf,
  listLocalFilms,
  localIdFor,
  readLocalFilm,
  saveLocalFilm,
} from '../../src/queries/localFilms';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

const NONE = new Set<string>();
const clock = () => {
  let t = 1000;
  return () => (t += 1000);
};
const retitled = (title: string): Film => ({ ...SAMPLE_FILM, title });

describe('local films', () => {
  it('stores a film under the local prefix and reads it back', async () => {
    const store = memoryFilmStore();
    const saved = await saveLocalFilm(SAMPLE_FILM, NONE, store);
    expect(saved).toEqual({ id: `my-${SAMPLE_FILM.id}`, existed: false });
    const film = await readLocalFilm(saved.id, store);
    expect(film).toEqual({ ...SAMPLE_FILM, id: saved.id });
  });

  it('never takes the id of a bundled film or of another local film', async () => {
    const store = memoryFilmStore();
    const bundled = new Set([`my-${SAMPLE_FILM.id}`]);
    const first = await saveLocalFilm(SAMPLE_FILM, bundled, store);
    const second = await saveLocalFilm(retitled('Another telling'), bundled, store);
    expect(first.id).toBe(`my-${SAMPLE_FILM.id}-2`);
    expect(second.id).toBe(`my-${SAMPLE_FILM.id}-3`);
  });

  it('stores the same film once and hands back its id', async () => {
    const store = memoryFilmStore();
    const first = await saveLocalFilm(SAMPLE_FILM, NONE, store);
    const again = await saveLocalFilm({ ...SAMPLE_FILM, id: 'elsewhere' }, NONE, store);
    expect(again).toEqual({ id: first.id, existed: true });
    expect(await listLocalFilms(store)).toHaveLength(1);
  });

  it('keeps a local id that is free, as a downloaded film opened again has', () => {
    expect(localIdFor('my-rope', NONE)).toBe('my-rope');
    expect(localIdFor('rope', new Set(['my-rope']))).toBe('my-rope-2');
  });

  it('fingerprints content, not the id', () => {
    expect(fingerprintOf({ ...SAMPLE_FILM, id: 'a' })).toBe(fingerprintOf(SAMPLE_FILM));
    expect(fingerprintOf(retitled('Other'))).not.toBe(fingerprintOf(SAMPLE_FILM));
  });

  it('lists local films newest first, marked local', async () => {
    const store = memoryFilmStore();
    const now = clock();
    await saveLocalFilm(retitled('Older'), NONE, store, now);
    await saveLocalFilm(retitled('Newer'), NONE, store, now);
    const list = await listLocalFilms(store);
    expect(list.map((f) => [f.title, f.local])).toEqual([
      ['Newer', true],
      ['Older', true],
    ]);
  });

  it('leaves a damaged entry out of the list', async () => {
    const store = memoryFilmStore();
    await store.put(
      { id: 'my-broken', summary: { id: 'my-broken' }, fingerprint: 'x', savedAt: 1 },
      {},
    );
    expect(await listLocalFilms(store)).toEqual([]);
  });

  it('refuses a stored film that no longer matches the contract, naming it', async () => {
    const store = memoryFilmStore();
    const summary = summarizeFilm({ ...SAMPLE_FILM, id: 'my-bad' });
    await store.put({ id: 'my-bad', summary, fingerprint: 'x', savedAt: 1 }, { id: 'my-bad' });
    await expect(readLocalFilm('my-bad', store)).rejects.toThrow(DataLoadError);
    await expect(readLocalFilm('my-bad', store)).rejects.toThrow(/Your film “my-bad”.*damaged/);
  });

  it('merges local films ahead of the bundled index', async () => {
    const store = memoryFilmStore();
    await saveLocalFilm(SAMPLE_FILM, NONE, store);
    const bundled = { schemaVersion: 1 as const, films: [summarizeFilm(SAMPLE_FILM)] };
    const list = await fetchFilmList(Promise.resolve(bundled), store);
    expect(list.films.map((f) => [f.id, f.local ?? false])).toEqual([
      [`my-${SAMPLE_FILM.id}`, true],
      [SAMPLE_FILM.id, false],
    ]);
  });

  it('reads a local id from the store without asking the server', async () => {
    const store = memoryFilmStore();
    const { id } = await saveLocalFilm(SAMPLE_FILM, NONE, store);
    await expect(fetchAnyFilm(id, undefined, store)).resolves.toMatchObject({ id });
  });

  it('forgets a deleted film', async () => {
    const store = memoryFilmStore();
    const { id } = await saveLocalFilm(SAMPLE_FILM, NONE, store);
    await deleteLocalFilm(id, store);
    expect(await readLocalFilm(id, store)).toBeNull();
    expect(await listLocalFilms(store)).toEqual([]);
  });
});
