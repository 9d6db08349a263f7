import { describe, expect, it } from 'vitest';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';
import {
  historyModeFor,
  parseUrl,
  toSearch,
  URL_KEYS,
  URL_PARAM_ORDER,
  validateAgainstFilm,
} from '../../src/state/url';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/viewState';

const full: ViewState = {
  film: 'memento',
  order: 'chrono',
  scene: 's07',
  chars: ['leonard', 'natalie'],
  match: 'all',
  reveal: 12,
  lanes: true,
  sizing: 'equal',
  zoom: { start: 0.25, end: 0.5 },
  view: 'timeline',
  page: 'explore',
  present: false,
  ex: [],
  answer: null,
};

describe('toSearch', () => {
  it('omits every default, so the default state is an empty query', () => {
    expect(toSearch(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('writes readable parameters in a stable order with unescaped commas', () => {
    expect(toSearch(full)).toBe(
      '?film=memento&order=chrono&scene=s07&chars=leonard,natalie&match=all&reveal=12&lanes=1&sizing=equal&zoom=0.25,0.5',
    );
  });

  it('writes premise-only as reveal=none and everything as reveal=all', () => {
    expect(toSearch({ ...DEFAULT_VIEW_STATE, film: 'x', reveal: -1 })).toBe('?film=x&reveal=none');
    expect(toSearch({ ...DEFAULT_VIEW_STATE, film: 'x', reveal: 'all' })).toBe(
      '?film=x&reveal=all',
    );
  });

  it('has one row per view-state key and lists each in the parameter order', () => {
    expect(new Set(URL_PARAM_ORDER)).toEqual(new Set(Object.keys(DEFAULT_VIEW_STATE)));
    expect(Object.keys(URL_KEYS).sort()).toEqual(Object.keys(DEFAULT_VIEW_STATE).sort());
  });
});

describe('parseUrl', () => {
  it('round-trips a full state through the query string', () => {
    const { state, ignored } = parseUrl(toSearch(full));
    expect(state).toEqual(full);
    expect(ignored).toEqual([]);
  });

  it('round-trips the string: parse then write gives the same query back', () => {
    const search = '?film=the-lighthouse-letters&order=chrono&scene=s04&reveal=none';
    expect(toSearch(parseUrl(search).state)).toBe(search);
  });

  it('reads an empty query as the default state', () => {
    expect(parseUrl('')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
  });

  it('drops garbage values and names each one', () => {
    const { state, ignored } = parseUrl(
      '?film=memento&order=sideways&reveal=lots&zoom=0.9,0.1&match=most&lanes=maybe',
    );
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, film: 'memento' });
    expect(ignored).toHaveLength(5);
    expect(ignored[0]).toContain('order=sideways');
  });

  it('keeps the first of repeated parameters and says so', () => {
    const { state, ignored } = parseUrl('?film=memento&order=chrono&order=story');
    expect(state.order).toBe('chrono');
    expect(ignored).toEqual(['order (repeated: kept the first value)']);
  });

  it('lists unknown parameters without failing', () => {
    const { state, ignored } = parseUrl('?film=memento&utm_source=mail');
    expect(state.film).toBe('memento');
    expect(ignored).toEqual(['utm_source (unknown parameter)']);
  });

  it('ignores film-bound parameters when no film is given', () => {
    const { state, ignored } = parseUrl('?scene=s01&chars=ada&reveal=3&order=chrono');
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, order: 'chrono' });
    expect(ignored).toHaveLength(3);
  });

  it('rejects a film id that is not a slug and a scene id with unsafe characters', () => {
    const { state } = parseUrl('?film=Mem%20ento&scene=%3Cscript%3E');
    expect(state.film).toBeNull();
    expect(state.scene).toBeNull();
  });

  it('deduplicates and trims character lists', () => {
    expect(parseUrl('?film=x&chars=ada,,bruno,ada').state.chars).toEqual(['ada', 'bruno']);
  });

  it('accepts reveal=-1 as premise only and rejects negative limits below it', () => {
    expect(parseUrl('?film=x&reveal=-1').state.reveal).toBe(-1);
    expect(parseUrl('?film=x&reveal=-5').state.reveal).toBeNull();
  });
});

describe('validateAgainstFilm', () => {
  const base: ViewState = { ...DEFAULT_VIEW_STATE, film: SAMPLE_FILM.id };

  it('keeps a state that fits the film unchanged (same object)', () => {
    const state = { ...base, scene: 's03', chars: ['ada'] };
    expect(validateAgainstFilm(state, SAMPLE_FILM).state).toBe(state);
  });

  it('drops an unknown scene and unknown characters, naming them', () => {
    const { state, ignored } = validateAgainstFilm(
      { ...base, scene: 's99', chars: ['ada', 'zed'] },
      SAMPLE_FILM,
    );
    expect(state.scene).toBeNull();
    expect(state.chars).toEqual(['ada']);
    expect(ignored.join(' ')).toMatch(/s99.*zed/);
  });

  it('clamps a reveal limit past the last scene', () => {
    expect(validateAgainstFilm({ ...base, reveal: 400 }, SAMPLE_FILM).state.reveal).toBe(9);
  });
});

describe('historyModeFor', () => {
  it('pushes for film, order, scene and filter changes', () => {
    expect(historyModeFor(full, { ...full, order: 'story' })).toBe('push');
    expect(historyModeFor(full, { ...full, scene: 's08' })).toBe('push');
    expect(historyModeFor(full, { ...full, chars: ['leonard'] })).toBe('push');
    expect(historyModeFor(full, { ...full, match: 'any' })).toBe('push');
    expect(historyModeFor(full, { ...full, film: 'other' })).toBe('push');
  });

  it('replaces for continuous changes: spoiler limit, zoom, sizing, lanes', () => {
    expect(historyModeFor(full, { ...full, reveal: 13 })).toBe('replace');
    expect(historyModeFor(full, { ...full, zoom: { start: 0.3, end: 0.6 } })).toBe('replace');
    expect(historyModeFor(full, { ...full, sizing: 'text', lanes: false })).toBe('replace');
  });
});
