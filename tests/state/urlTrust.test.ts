import { describe, expect, it } from 'vitest';
import { parseUrl, quoteForNotice, toSearch, validateAgainstFilm } from '../../src/state/url';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

describe('reading hostile links', () => {
  it('quotes at most 40 characters of a value and replaces control characters', () => {
    expect(quoteForNotice('a'.repeat(10_000))).toBe(`${'a'.repeat(40)}…`);
    expect(quoteForNotice('s01\u0000\u202e')).toBe('s01\ufffd\ufffd');
    // Astral characters are not cut in half.
    expect(quoteForNotice('🎬'.repeat(50))).toBe(`${'🎬'.repeat(40)}…`);
  });

  it('keeps a 10 KB garbage value out of the notice', () => {
    const { ignored } = parseUrl(`?film=x&scene=${'%3C'.repeat(3000)}&${'z'.repeat(5000)}=1`);
    expect(ignored.every((line) => line.length < 80)).toBe(true);
    expect(ignored).toHaveLength(2);
  });

  it('survives broken percent-encoding, NUL and lone surrogates', () => {
    for (const q of [
      '%',
      '%%',
      '%zz',
      '%00',
      '%C0%AF',
      '%ED%A0%80',
      '%uD800',
      'film=%F4%90%80%80',
    ]) {
      expect(() => parseUrl(`?${q}=${q}&film=${q}`)).not.toThrow();
      expect(parseUrl(`?film=${q}`).state.film).toBeNull();
    }
  });

  it('rejects a zoom window that rounds to nothing, so what it writes back reads again', () => {
    expect(parseUrl('?film=x&zoom=0.000001,0.000002').state.zoom).toEqual(DEFAULT_VIEW_STATE.zoom);
    const ok = parseUrl('?film=x&zoom=0.25,0.2501').state;
    expect(parseUrl(toSearch(ok)).ignored).toEqual([]);
  });

  it('says when a reveal limit past the last scene is clamped', () => {
    const { state, ignored } = validateAgainstFilm(
      { ...DEFAULT_VIEW_STATE, film: SAMPLE_FILM.id, reveal: 400 },
      SAMPLE_FILM,
    );
    expect(state.reveal).toBe(9);
    expect(ignored).toEqual(['reveal=400 (the film has 10 scenes: showing all)']);
  });

  it('names at most five unknown characters', () => {
    const chars = Array.from({ length: 60 }, (_, i) => `c${i}`);
    const { ignored } = validateAgainstFilm(
      { ...DEFAULT_VIEW_STATE, film: SAMPLE_FILM.id, chars },
      SAMPLE_FILM,
    );
    expect(ignored).toEqual(['chars: c0, c1, c2, c3, c4 and 55 more (not in this film)']);
  });
});
