import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStore, useViewStore } from '../../src/state/store';
import { replacingHistory, useUrlSync } from '../../src/state/useUrlSync';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';

const store = () => useViewStore.getState();

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  resetStore();
});

describe('useUrlSync', () => {
  it('reads the URL into the store on mount', () => {
    window.history.replaceState(null, '', '/?film=memento&order=chrono&reveal=3');
    renderHook(() => useUrlSync());
    expect(store()).toMatchObject({ film: 'memento', order: 'chrono', reveal: 3 });
  });

  it('reports ignored parameters and writes back the normal form of the URL', () => {
    window.history.replaceState(null, '', '/?film=memento&bogus=1&order=up');
    const ignored: string[][] = [];
    renderHook(() => useUrlSync((lines) => ignored.push(lines)));
    expect(ignored.at(-1)).toHaveLength(2);
    expect(window.location.search).toBe('?film=memento');
  });

  it('pushes a history entry for a meaningful change', () => {
    window.history.replaceState(null, '', '/?film=memento&reveal=all');
    renderHook(() => useUrlSync());
    const before = window.history.length;
    act(() => store().setOrder('chrono'));
    expect(window.location.search).toBe('?film=memento&order=chrono&reveal=all');
    expect(window.history.length).toBe(before + 1);
  });

  it('replaces the entry, after a short delay, for a continuous change', () => {
    window.history.replaceState(null, '', '/?film=memento&reveal=all');
    renderHook(() => useUrlSync());
    const before = window.history.length;
    act(() => store().setZoom({ start: 0.1, end: 0.3 }));
    act(() => store().setZoom({ start: 0.2, end: 0.4 }));
    act(() => vi.advanceTimersByTime(500));
    expect(window.location.search).toBe('?film=memento&reveal=all&zoom=0.2,0.4');
    expect(window.history.length).toBe(before);
  });

  it('replaces instead of pushing inside replacingHistory', () => {
    renderHook(() => useUrlSync());
    const before = window.history.length;
    act(() => replacingHistory(() => store().selectFilm('heat')));
    expect(window.location.search).toBe('?film=heat');
    expect(window.history.length).toBe(before);
  });

  it('applies the URL again on popstate (Back and Forward)', () => {
    renderHook(() => useUrlSync());
    act(() => {
      window.history.replaceState(null, '', '/?film=heat&scene=s02');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(store()).toMatchObject({ film: 'heat', scene: 's02' });
    act(() => {
      window.history.replaceState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(store().film).toBe(DEFAULT_VIEW_STATE.film);
  });
});
