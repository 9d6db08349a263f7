import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocalFilmBar } from '../../src/components/LocalFilmBar';
import { summarizeFilm } from '../../src/model/film';
import { filmIndexQuery, filmQuery } from '../../src/queries/filmQueries';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

const MINE = { ...SAMPLE_FILM, id: 'my-lighthouse' };

const renderBar = (filmId: string) => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(filmIndexQuery().queryKey, {
    schemaVersion: 1,
    films: [{ ...summarizeFilm(MINE), local: true }, summarizeFilm(SAMPLE_FILM)],
  });
  client.setQueryData(filmQuery(MINE.id).queryKey, MINE);
  client.setQueryData(filmQuery(SAMPLE_FILM.id).queryKey, SAMPLE_FILM);
  return render(
    <QueryClientProvider client={client}>
      <LocalFilmBar filmId={filmId} />
    </QueryClientProvider>,
  );
};

describe('LocalFilmBar', () => {
  it('offers share, download and delete for a film of your own', async () => {
    renderBar(MINE.id);
    const bar = await screen.findByRole('region', { name: 'Your film' }, { timeout: 10_000 });
    expect(bar).toHaveTextContent('Yours');
    for (const name of ['Share link', 'Download film JSON', 'Delete'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
  });

  it('shows nothing for a bundled film', async () => {
    const { container } = renderBar(SAMPLE_FILM.id);
    // Let the lazily loaded actions arrive, so an empty bar is not just a pending one.
    await act(async () => {
      await import('../../src/components/LocalFilmActions');
    });
    expect(container).toBeEmptyDOMElement();
  });
});
