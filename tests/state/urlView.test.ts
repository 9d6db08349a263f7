import { describe, expect, it } from 'vitest';
import { historyModeFor, parseUrl, toSearch } from '../../src/state/url';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';
import { resetStore, useViewStore } from '../../src/state/store';
import { afterEach } from 'vitest';

afterEach(resetStore);

describe('the view and page parameters', () => {
  it('writes the story curve as view=curve after the order and leaves the timeline out', () => {
    expect(
      toSearch({ ...DEFAULT_VIEW_STATE, film: 'memento', order: 'chrono', view: 'curve' }),
    ).toBe('?film=memento&order=chrono&view=curve');
    expect(toSearch({ ...DEFAULT_VIEW_STATE, film: 'memento', view: 'timeline' })).toBe(
      '?film=memento',
    );
  });
  it('reads view=curve and page=compare back, and ignores a view it does not know', () => {
    expect(parseUrl('?film=memento&view=curve').state.view).toBe('curve');
    expect(parseUrl('?page=compare').state.page).toBe('compare');
    const bad = parseUrl('?film=memento&view=radar');
    expect(bad.state.view).toBe('timeline');
    expect(bad.ignored).toEqual(['view=radar (not a valid value)']);
  });
  it('gives switching the view its own history entry', () => {
    expect(historyModeFor(DEFAULT_VIEW_STATE, { ...DEFAULT_VIEW_STATE, view: 'curve' })).toBe(
      'push',
    );
  });
  it('leaves the film when the compare page opens and comes back to the explorer on a film', () => {
    useViewStore.getState().selectFilm('memento');
    useViewStore.getState().openPage('compare');
    expect(useViewStore.getState()).toMatchObject({ page: 'compare', film: null });
    useViewStore.getState().selectFilm('fight-club');
    expect(useViewStore.getState()).toMatchObject({ page: 'explore', film: 'fight-club' });
  });
});
