import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useViewStore } from '../../src/state/store';
import { historyModeFor, parseUrl, toSearch, URL_KEYS } from '../../src/state/url';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/viewState';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

const store = () => useViewStore.getState();
const inFilm: ViewState = { ...DEFAULT_VIEW_STATE, film: 'memento', scene: 's07' };

beforeEach(() => localStorage.clear());
afterEach(() => resetStore());

describe('present in the URL', () => {
  it('is off by default and leaves no parameter', () => {
    expect(DEFAULT_VIEW_STATE.present).toBe(false);
    expect(toSearch(inFilm)).toBe('?film=memento&scene=s07');
  });

  it('writes present=1 last and reads it back', () => {
    const search = toSearch({ ...inFilm, order: 'chrono', present: true });
    expect(search).toBe('?film=memento&order=chrono&scene=s07&present=1');
    expect(parseUrl(search)).toEqual({
      state: { ...inFilm, order: 'chrono', present: true },
      ignored: [],
    });
  });

  it('belongs in a shared link and entering or leaving it adds a history entry', () => {
    expect(URL_KEYS.present.inLink).toBe(true);
    expect(toSearch({ ...inFilm, present: true }, { forLink: true })).toContain('present=1');
    expect(historyModeFor(inFilm, { ...inFilm, present: true })).toBe('push');
    expect(historyModeFor({ ...inFilm, present: true }, inFilm)).toBe('push');
  });

  it('drops a bad value and names it', () => {
    const { state, ignored } = parseUrl('?film=memento&present=yes');
    expect(state.present).toBe(false);
    expect(ignored).toEqual(['present=yes (not a valid value)']);
  });

  it('needs a film: without one it is ignored and never written', () => {
    const { state, ignored } = parseUrl('?present=1');
    expect(state.present).toBe(false);
    expect(ignored).toEqual(['present (needs a film)']);
    expect(toSearch({ ...DEFAULT_VIEW_STATE, present: true })).toBe('');
  });
});

describe('present actions', () => {
  it('enterPresent selects the first visible scene of the current order when none is selected', () => {
    store().selectFilm(SAMPLE_FILM.id);
    store().setRevealLimit(3, SAMPLE_FILM);
    store().setOrder('chrono');
    store().enterPresent(SAMPLE_FILM);
    // Chronologically first among s01..s04 is s02 (chronoIndex 0).
    expect(store()).toMatchObject({ present: true, scene: 's02' });
  });

  it('enterPresent keeps a visible selection and replaces one beyond the spoiler limit', () => {
    store().selectFilm(SAMPLE_FILM.id);
    store().setRevealLimit(3, SAMPLE_FILM);
    store().selectScene('s03');
    store().enterPresent(SAMPLE_FILM);
    expect(store().scene).toBe('s03');
    store().exitPresent();
    store().selectScene('s08');
    store().enterPresent(SAMPLE_FILM);
    expect(store().scene).toBe('s01');
  });

  it('exitPresent leaves present mode and keeps the scene', () => {
    store().selectFilm(SAMPLE_FILM.id);
    store().revealAll();
    store().enterPresent(SAMPLE_FILM);
    store().stepScene(SAMPLE_FILM, 1);
    store().exitPresent();
    expect(store()).toMatchObject({ present: false, scene: 's02' });
  });

  it('opening another film or the compare page leaves present mode', () => {
    store().selectFilm(SAMPLE_FILM.id);
    store().revealAll();
    store().enterPresent(SAMPLE_FILM);
    store().selectFilm('other');
    expect(store().present).toBe(false);
    store().selectFilm(SAMPLE_FILM.id);
    store().enterPresent(SAMPLE_FILM);
    store().openPage('compare');
    expect(store().present).toBe(false);
  });
});
