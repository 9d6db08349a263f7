import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ComparePage } from '../../src/components/ComparePage';
import { asChronoIndex, SCHEMA_VERSION, summarizeFilm, type Film } from '../../src/model';
import { withStructure } from '../../src/pipeline/measures';
import { filmIndexQuery, filmQuery } from '../../src/queries/filmQueries';
import { generateFilm } from '../fixtures/generateFilm';

// The shared setup does not unmount between tests; each file cleans up after itself.
afterEach(cleanup);

const make = (id: string, title: string, chrono: (i: number, n: number) => number): Film => {
  const film = generateFilm({ scenes: 8, seed: id.length, id, title });
  return withStructure({
    ...film,
    scenes: film.scenes.map((s, i) => ({ ...s, chronoIndex: asChronoIndex(chrono(i, 8)) })),
  });
};
const films = [
  make('alpha', 'Alpha', (i) => i),
  make('bravo', 'Bravo', (i, n) => n - 1 - i),
  make('charlie', 'Charlie', (i) => [2, 3, 0, 1, 4, 5, 6, 7][i] ?? i),
];

const renderPage = (initialPair: string[] = []) => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(filmIndexQuery().queryKey, {
    schemaVersion: SCHEMA_VERSION,
    films: films.map(summarizeFilm),
  });
  for (const f of films) client.setQueryData(filmQuery(f.id).queryKey, f);
  return render(
    <QueryClientProvider client={client}>
      <ComparePage initialPair={initialPair} />
    </QueryClientProvider>,
  );
};
const rowOrder = (container: HTMLElement) =>
  [...container.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-film-id'));

describe('ComparePage', () => {
  it('lists every film with its measures and a small story curve', () => {
    const { container } = renderPage();
    expect(rowOrder(container)).toEqual(['alpha', 'bravo', 'charlie']);
    const bravo = container.querySelector('tr[data-film-id="bravo"]') as HTMLElement;
    expect(within(bravo).getByText('Told backwards')).toBeInTheDocument();
    expect(within(bravo).getByRole('img', { name: 'Story curve of Bravo' })).toBeInTheDocument();
  });

  it('sorts by a measure with its column button and states the order in aria-sort', () => {
    const { container } = renderPage();
    const button = screen.getByRole('button', { name: /Nonlinearity/ });
    fireEvent.click(button);
    expect(button.closest('th')).toHaveAttribute('aria-sort', 'descending');
    expect(rowOrder(container)).toEqual(['bravo', 'charlie', 'alpha']);
    fireEvent.click(button);
    expect(button.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    expect(rowOrder(container)).toEqual(['alpha', 'charlie', 'bravo']);
    expect(screen.getByRole('button', { name: /Film/ }).closest('th')).toHaveAttribute(
      'aria-sort',
      'none',
    );
  });

  it('puts two chosen films side by side, a third choice replacing the oldest', () => {
    const { container } = renderPage();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare Alpha' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare Charlie' }));
    const shown = () =>
      [...container.querySelectorAll('[data-compare-film]')].map((e) =>
        e.getAttribute('data-compare-film'),
      );
    expect(shown()).toEqual(['alpha', 'charlie']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare Bravo' }));
    expect(shown()).toEqual(['charlie', 'bravo']);
    expect(screen.getByRole('checkbox', { name: 'Compare Alpha' })).not.toBeChecked();
  });

  it('opens with the pair given by a link', () => {
    const { container } = renderPage(['bravo', 'alpha']);
    expect(container.querySelectorAll('[data-compare-film]')).toHaveLength(2);
    expect(screen.getAllByTestId('film-summary')).toHaveLength(2);
  });
});
