import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/components/App';
import { summarizeFilm } from '../../src/model/film';
import { resetStore, useViewStore } from '../../src/state/store';
import { useNoticeStore } from '../../src/state/notices';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

const INDEX = { schemaVersion: 1, films: [summarizeFilm(SAMPLE_FILM)] };

/** A fetch that serves the sample film, or fails for ids listed in `failing`. */
const serve = (failing: Set<string> = new Set()) =>
  vi.fn(async (url: string) => {
    if (url === '/data/index.json') return new Response(JSON.stringify(INDEX));
    const id = url.match(/films\/(.+)\.json$/)?.[1];
    if (id && failing.has(id)) return new Response('boom', { status: 500 });
    if (id === SAMPLE_FILM.id) return new Response(JSON.stringify(SAMPLE_FILM));
    return new Response('missing', { status: 404 });
  });

const renderApp = () =>
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <App />
    </QueryClientProvider>,
  );

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.unstubAllGlobals();
  resetStore();
  useNoticeStore.getState().dismiss();
});

describe('App', () => {
  it('welcomes a first visitor with the list of films', async () => {
    vi.stubGlobal('fetch', serve());
    renderApp();
    expect(await screen.findByRole('option', { name: /The Lighthouse Letters/ })).toHaveTextContent(
      '10 scenes',
    );
  });

  it('opens a chosen film and asks whether the viewer has seen it', async () => {
    vi.stubGlobal('fetch', serve());
    renderApp();
    await userEvent.click(await screen.findByRole('option', { name: /The Lighthouse Letters/ }));
    expect(
      await screen.findByRole('dialog', { name: 'Have you seen The Lighthouse Letters?' }),
    ).toBeInTheDocument();
    expect(window.location.search).toBe('?film=the-lighthouse-letters');
  });

  it('shows the premise only after "not yet", and remembers the answer', async () => {
    window.history.replaceState(null, '', '/?film=the-lighthouse-letters');
    vi.stubGlobal('fetch', serve());
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: 'Not yet — reveal as I go' }));
    expect(screen.getByText(/Nothing revealed yet/)).toBeInTheDocument();
    expect(screen.getByText(SAMPLE_FILM.premise!.text)).toBeInTheDocument();
    expect(document.querySelectorAll('[data-scene-id]')).toHaveLength(0);
    expect(localStorage.getItem('fabula:seen:the-lighthouse-letters')).toBe('unseen:-1');
    expect(screen.getByRole('heading', { level: 1, name: /The Lighthouse Letters/ })).toHaveFocus();
  });

  it('needs no question with reveal in the link and draws exactly the revealed scenes', async () => {
    window.history.replaceState(null, '', '/?film=the-lighthouse-letters&reveal=3');
    vi.stubGlobal('fetch', serve());
    renderApp();
    await screen.findByRole('heading', { name: /The Lighthouse Letters/ });
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.querySelectorAll('[data-scene-id]')).toHaveLength(4));
    expect(screen.queryByRole('checkbox', { name: 'Hugo Brandt' })).toBeNull();
  });

  it('asks before revealing a linked scene beyond the limit', async () => {
    window.history.replaceState(null, '', '/?film=the-lighthouse-letters&scene=s07&reveal=2');
    vi.stubGlobal('fetch', serve());
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: 'Reveal up to scene 7' }));
    expect(useViewStore.getState().reveal).toBe(6);
    expect(await screen.findByRole('heading', { name: 'Ada confronts Hugo' })).toBeInTheDocument();
  });

  it('tells the viewer which parts of a link were ignored', async () => {
    window.history.replaceState(
      null,
      '',
      '/?film=the-lighthouse-letters&reveal=all&scene=s99&chars=zed',
    );
    vi.stubGlobal('fetch', serve());
    renderApp();
    expect(
      (await screen.findByText(/Part of this link was ignored/)).parentElement,
    ).toHaveTextContent(/s99.*zed/);
    await waitFor(() =>
      expect(window.location.search).toBe('?film=the-lighthouse-letters&reveal=all'),
    );
  });

  it('shows a load error naming the film, with a Retry button that refetches', async () => {
    window.history.replaceState(null, '', '/?film=the-lighthouse-letters&reveal=all');
    const fetchMock = serve(new Set([SAMPLE_FILM.id]));
    vi.stubGlobal('fetch', fetchMock);
    renderApp();
    expect(
      await screen.findByRole('heading', { name: 'The Lighthouse Letters could not be loaded' }),
    ).toBeInTheDocument();
    vi.stubGlobal('fetch', serve());
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /The Lighthouse Letters/ }),
    ).toBeInTheDocument();
  });

  it('falls back to the picker for a film id the collection does not have, and says so', async () => {
    window.history.replaceState(null, '', '/?film=no-such-film&order=chrono');
    vi.stubGlobal('fetch', serve());
    renderApp();
    expect(await screen.findByRole('combobox', { name: 'Search films' })).toBeInTheDocument();
    expect(
      screen.getByText(/film=no-such-film \(no such film in this collection\)/),
    ).toBeInTheDocument();
    expect(window.location.search).toBe('?order=chrono');
  });

  it('steps with the arrow keys, toggles the order with o and closes the panel with Escape', async () => {
    window.history.replaceState(null, '', '/?film=the-lighthouse-letters&reveal=all');
    vi.stubGlobal('fetch', serve());
    renderApp();
    await screen.findByRole('heading', { level: 1, name: /The Lighthouse Letters/ });
    await userEvent.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { name: 'The storm arrives' })).toBeInTheDocument();
    await userEvent.keyboard('o');
    expect(screen.getByRole('button', { name: 'Chronological order' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { name: 'Floorboards' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: 'Floorboards' })).toBeNull();
  });
});
