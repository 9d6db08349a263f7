import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FilmPicker } from '../../src/components/FilmPicker';
import { PICKER_PAGE_SIZE } from '../../src/components/filmSearch';
import type { FilmSummary } from '../../src/model/film';

const films = (n: number): FilmSummary[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `film-${i}`,
    title: `Film ${String(i).padStart(5, '0')}`,
    year: 1950 + (i % 70),
    sceneCount: 10 + i,
    characterCount: 3,
  }));

describe('FilmPicker', () => {
  it('lists title, year and scene count of each film', () => {
    render(<FilmPicker variant="page" films={films(3)} currentId={null} onSelect={() => {}} />);
    const option = screen.getByRole('option', { name: /Film 00001/ });
    expect(option).toHaveTextContent('1951');
    expect(option).toHaveTextContent('11 scenes');
  });

  it('renders at most one page of 10,000 films and offers more', () => {
    render(
      <FilmPicker variant="page" films={films(10_000)} currentId={null} onSelect={() => {}} />,
    );
    expect(screen.getAllByRole('option')).toHaveLength(PICKER_PAGE_SIZE);
    expect(screen.getByText(`Showing ${PICKER_PAGE_SIZE} of 10,000 films`)).toBeInTheDocument();
  });

  it('filters by the typed words and selects with the keyboard', async () => {
    const onSelect = vi.fn();
    render(<FilmPicker variant="page" films={films(200)} currentId={null} onSelect={onSelect} />);
    const box = screen.getByRole('combobox', { name: 'Search films' });
    await userEvent.type(box, '00042');
    const list = screen.getByRole('listbox');
    expect(within(list).getAllByRole('option')).toHaveLength(1);
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('film-42');
  });

  it('says so when nothing matches', async () => {
    render(<FilmPicker variant="page" films={films(5)} currentId={null} onSelect={() => {}} />);
    await userEvent.type(screen.getByRole('combobox'), 'zzz');
    expect(screen.getByText('No film matches “zzz”.')).toBeInTheDocument();
  });

  it('opens from the header button and closes on Escape, returning focus', async () => {
    render(
      <FilmPicker variant="popover" films={films(5)} currentId="film-2" onSelect={() => {}} />,
    );
    const button = screen.getByRole('button', { name: /Film 00002/ });
    await userEvent.click(button);
    expect(screen.getByRole('dialog', { name: 'Choose a film' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });
});
