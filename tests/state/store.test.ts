import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useViewStore } from '../../src/state/store';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

const store = () => useViewStore.getState();

beforeEach(() => localStorage.clear());
afterEach(() => resetStore());

describe('view store', () => {
  it('starts from the default view state', () => {
    expect(store().film).toBeNull();
    expect(store().order).toBe(DEFAULT_VIEW_STATE.order);
  });

  it('selectFilm resets selection, filter and zoom and keeps the order', () => {
    store().setOrder('chrono');
    store().selectFilm('a');
    store().selectScene('s01');
    store().toggleCharacter('ada');
    store().setZoom({ start: 0.2, end: 0.4 });
    store().selectFilm('b');
    expect(store()).toMatchObject({
      film: 'b',
      scene: null,
      chars: [],
      zoom: { start: 0, end: 1 },
      order: 'chrono',
    });
  });

  it('selectFilm takes the remembered reveal limit of that film', () => {
    localStorage.setItem('fabula:seen:memento', 'unseen:4');
    store().selectFilm('memento');
    expect(store().reveal).toBe(4);
    store().selectFilm('heat');
    expect(store().reveal).toBeNull();
  });

  it('toggleOrder switches between story and chronological order', () => {
    store().toggleOrder();
    expect(store().order).toBe('chrono');
    store().toggleOrder();
    expect(store().order).toBe('story');
  });

  it('stepScene walks the visible scenes in the current order and stops at the ends', () => {
    store().selectFilm(SAMPLE_FILM.id);
    store().setRevealLimit(3, SAMPLE_FILM);
    store().stepScene(SAMPLE_FILM, 1);
    expect(store().scene).toBe('s01');
    store().setOrder('chrono');
    store().stepScene(SAMPLE_FILM, 1);
    expect(store().scene).toBe('s03');
    store().stepScene(SAMPLE_FILM, 1);
    expect(store().scene).toBe('s03');
    store().stepScene(SAMPLE_FILM, -1);
    expect(store().scene).toBe('s01');
  });

  it('toggleCharacter adds then removes a character; clearCharacters empties the filter', () => {
    store().toggleCharacter('ada');
    store().toggleCharacter('bruno');
    store().toggleCharacter('ada');
    expect(store().chars).toEqual(['bruno']);
    store().clearCharacters();
    expect(store().chars).toEqual([]);
  });

  it('setRevealLimit clamps, remembers, and closes a scene it hides', () => {
    store().selectFilm(SAMPLE_FILM.id);
    store().selectScene('s06');
    store().setRevealLimit(3, SAMPLE_FILM);
    expect(store().scene).toBeNull();
    expect(localStorage.getItem(`fabula:seen:${SAMPLE_FILM.id}`)).toBe('unseen:3');
    store().setRevealLimit(99, SAMPLE_FILM);
    expect(store().reveal).toBe(9);
  });

  it('answerSeen(false) shows the premise only and revealAll shows everything, both remembered', () => {
    store().selectFilm(SAMPLE_FILM.id);
    store().answerSeen(false);
    expect(store().reveal).toBe(-1);
    expect(localStorage.getItem(`fabula:seen:${SAMPLE_FILM.id}`)).toBe('unseen:-1');
    store().revealAll();
    expect(store().reveal).toBe('all');
    expect(localStorage.getItem(`fabula:seen:${SAMPLE_FILM.id}`)).toBe('seen');
  });

  it('applyUrlState fills a missing reveal from memory but keeps a linked one without writing it', () => {
    localStorage.setItem('fabula:seen:memento', 'seen');
    store().applyUrlState({ ...DEFAULT_VIEW_STATE, film: 'memento' });
    expect(store().reveal).toBe('all');
    store().applyUrlState({ ...DEFAULT_VIEW_STATE, film: 'memento', reveal: 2 });
    expect(store().reveal).toBe(2);
    expect(localStorage.getItem('fabula:seen:memento')).toBe('seen');
  });

  it('resetStore restores the defaults', () => {
    store().selectFilm('x');
    store().toggleLanes();
    resetStore();
    expect(store().film).toBeNull();
    expect(store().lanes).toBe(false);
  });
});
