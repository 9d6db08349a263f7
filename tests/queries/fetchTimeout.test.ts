import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError, FETCH_TIMEOUT_MS, fetchFilm } from '../../src/queries/fetchers';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

/** A fetch that never answers, but rejects like the real one when its signal aborts. */
const hanging = () =>
  vi.fn(
    (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('The operation was aborted.', 'AbortError')),
        );
      }),
  );

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a data file that never arrives', () => {
  it('fails after FETCH_TIMEOUT_MS with a message naming the film', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', hanging());
    const result = fetchFilm(SAMPLE_FILM.id).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS - 1);
    let settled = false;
    void result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = (await result) as DataLoadError;
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error.message).toBe(
      `The film “${SAMPLE_FILM.id}” took too long to load (no answer within ${FETCH_TIMEOUT_MS / 1000}\u00a0s).`,
    );
    expect(error.filmId).toBe(SAMPLE_FILM.id);
  });

  it('passes a cancellation by react-query through unchanged, not as a timeout', async () => {
    vi.stubGlobal('fetch', hanging());
    const controller = new AbortController();
    const result = fetchFilm(SAMPLE_FILM.id, controller.signal).catch((e: unknown) => e);
    controller.abort();
    const error = await result;
    expect(error).not.toBeInstanceOf(DataLoadError);
    expect((error as Error).name).toBe('AbortError');
  });
});
