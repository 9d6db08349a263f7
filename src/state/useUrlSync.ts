import { useEffect } from 'react';
import { pickViewState, useViewStore } from './store';
import { historyModeFor, parseUrl, toSearch } from './url';
import type { ViewState } from './viewState';

/** How long continuous changes (slider drag, zoom) wait before replacing the history entry. */
const REPLACE_DELAY_MS = 150;

let forceReplace = 0;

/**
 * Runs a store update whose URL change must replace the current history entry instead of adding
 * one (reading a URL, correcting a link against the loaded film).
 */
export function replacingHistory(update: () => void): void {
  forceReplace += 1;
  try {
    update();
  } finally {
    forceReplace -= 1;
  }
}

/** The URL's ignored parameters of the last parse, for the "ignored from the link" notice. */
export type IgnoredListener = (ignored: string[]) => void;

/**
 * Keeps the URL a projection of the store: reads it on mount and on Back/Forward (popstate), and
 * writes it on every store change: pushState for meaningful changes (film, order, scene, filter),
 * a debounced replaceState for continuous ones.
 */
export function useUrlSync(onIgnored?: IgnoredListener): void {
  useEffect(() => {
    let previous: ViewState = pickViewState(useViewStore.getState());
    let pending: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const urlFor = (search: string) =>
      `${window.location.pathname}${search}${window.location.hash}`;
    const flush = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (pending !== null && pending !== window.location.search) {
        window.history.replaceState(window.history.state, '', urlFor(pending));
      }
      pending = null;
    };

    const readUrl = () => {
      const { state, ignored } = parseUrl(window.location.search);
      pending = null;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      replacingHistory(() => useViewStore.getState().applyUrlState(state));
      onIgnored?.(ignored);
    };

    const unsubscribe = useViewStore.subscribe((store) => {
      const next = pickViewState(store);
      const search = toSearch(next);
      const mode = forceReplace > 0 ? 'replace' : historyModeFor(previous, next);
      previous = next;
      if (mode === 'push') {
        // The entry we leave keeps any continuous change made just before.
        flush();
        if (search !== window.location.search) window.history.pushState(null, '', urlFor(search));
        return;
      }
      pending = search;
      if (forceReplace > 0) {
        flush();
        return;
      }
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, REPLACE_DELAY_MS);
    });

    readUrl();
    // The URL read on mount may lack defaults or hold garbage: write back its normal form.
    pending = toSearch(pickViewState(useViewStore.getState()));
    flush();
    window.addEventListener('popstate', readUrl);
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      unsubscribe();
      window.removeEventListener('popstate', readUrl);
      window.removeEventListener('pagehide', flush);
    };
  }, [onIgnored]);
}

/** Reads the page's URL into the store before the first render, so a link never flashes the picker. */
export function initStoreFromUrl(onIgnored?: IgnoredListener): void {
  const { state, ignored } = parseUrl(window.location.search);
  useViewStore.getState().applyUrlState(state);
  onIgnored?.(ignored);
}
