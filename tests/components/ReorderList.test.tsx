import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExercisePage } from '../../src/components/ExercisePage';
import { ReorderList, type ReorderEntry } from '../../src/components/ReorderList';
import { summarizeFilm, SCHEMA_VERSION } from '../../src/model';
import { moveItem } from '../../src/state/exercise';
import { resetStore, useViewStore } from '../../src/state/store';
import { filmIndexQuery, filmQuery } from '../../src/queries/filmQueries';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

afterEach(() => {
  cleanup();
  resetStore();
});

const START: ReorderEntry[] = ['Alpha', 'Bravo', 'Charlie', 'Delta'].map((title, key) => ({
  key,
  title,
  text: `${title} happens.`,
}));

function Harness() {
  const [entries, setEntries] = useState(START);
  return (
    <ReorderList
      entries={entries}
      onMove={(from, to) => setEntries((e) => moveItem(e, from, to))}
      label="Scenes"
    />
  );
}

const titles = () =>
  within(screen.getByRole('list', { name: 'Scenes' }))
    .getAllByRole('heading')
    .map((h) => h.textContent);
const handle = (title: string, position: number) =>
  screen.getByRole('button', { name: `“${title}”, position ${position} of 4` });
const announcement = () => screen.getByTestId('reorder-announcement').textContent?.trim();
/** Lets the blur check (one animation frame) run. */
const frame = () => act(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));

describe('ReorderList', () => {
  it('picks a card up with Space, moves it with the arrows and drops it with Space', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    handle('Alpha', 1).focus();
    await user.keyboard(' ');
    expect(handle('Alpha', 1)).toHaveAttribute('aria-pressed', 'true');
    expect(announcement()).toMatch(/^Picked up “Alpha”, position 1 of 4\./);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await frame();
    expect(titles()).toEqual(['Bravo', 'Charlie', 'Alpha', 'Delta']);
    // Focus follows the card it carries, and it is still held.
    expect(handle('Alpha', 3)).toHaveFocus();
    expect(handle('Alpha', 3)).toHaveAttribute('aria-pressed', 'true');
    expect(announcement()).toBe('“Alpha”: position 3 of 4.');
    await user.keyboard(' ');
    expect(handle('Alpha', 3)).toHaveAttribute('aria-pressed', 'false');
    expect(announcement()).toBe('“Alpha” dropped at position 3 of 4.');
  });

  it('puts the card back where it was picked up on Escape', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    handle('Charlie', 3).focus();
    await user.keyboard(' {ArrowUp}{ArrowUp}');
    expect(titles()).toEqual(['Charlie', 'Alpha', 'Bravo', 'Delta']);
    await user.keyboard('{Escape}');
    expect(titles()).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
    expect(handle('Charlie', 3)).toHaveFocus();
    expect(announcement()).toBe('Put back: “Charlie” at position 3 of 4.');
  });

  it('walks between handles with the arrows when no card is held', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    handle('Alpha', 1).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(handle('Charlie', 3)).toHaveFocus();
    expect(titles()).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
  });

  it('moves a card one place with the Move buttons, keeping focus on the button', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Move “Bravo” up' }));
    expect(titles()).toEqual(['Bravo', 'Alpha', 'Charlie', 'Delta']);
    // At the top "Move up" is disabled, so focus moves to the card's "Move down".
    expect(screen.getByRole('button', { name: 'Move “Bravo” up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move “Bravo” down' })).toHaveFocus();
    expect(announcement()).toBe('“Bravo” moved to position 1 of 4.');
    await user.keyboard('{Enter}');
    expect(titles()).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
    expect(screen.getByRole('button', { name: 'Move “Bravo” down' })).toHaveFocus();
  });

  it('drops a held card when focus leaves it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    handle('Alpha', 1).focus();
    await user.keyboard(' ');
    await user.tab();
    await frame();
    expect(handle('Alpha', 1)).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('ExercisePage', () => {
  const renderExercise = (search: string) => {
    window.history.replaceState(null, '', `/${search}`);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(filmIndexQuery().queryKey, {
      schemaVersion: SCHEMA_VERSION,
      films: [summarizeFilm(SAMPLE_FILM)],
    });
    client.setQueryData(filmQuery(SAMPLE_FILM.id).queryKey, SAMPLE_FILM);
    return render(
      <QueryClientProvider client={client}>
        <ExercisePage filmId={SAMPLE_FILM.id} />
      </QueryClientProvider>,
    );
  };

  it('deals titles and texts in story order, with no kinds, cues or scene ids', () => {
    useViewStore.getState().openExercise(SAMPLE_FILM.id, ['s01', 's02', 's03', 's04']);
    const { container } = renderExercise('');
    const list = screen.getByRole('list', { name: 'Scenes, earliest first' });
    expect(
      within(list)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(SAMPLE_FILM.scenes.slice(0, 4).map((s) => s.title));
    const html = container.outerHTML;
    for (const s of SAMPLE_FILM.scenes) expect(html).not.toContain(`"${s.id}"`);
    expect(html).not.toMatch(/flashback|recounted|data-scene-id/i);
    // A time cue shows only where the scene's own text says it ("Years before" is s04's cue only).
    expect(SAMPLE_FILM.scenes[3]?.timeCue).toBe('Years before');
    expect(html).not.toContain('Years before');
  });

  it('scores the checked order and shows which scenes are misplaced', async () => {
    const user = userEvent.setup();
    useViewStore.getState().openExercise(SAMPLE_FILM.id, ['s01', 's02', 's03', 's04']);
    renderExercise('');
    // Times: s01 4, s02 0, s03 5, s04 1. Move "A letter in 1962" (s02) to the top.
    await user.click(screen.getByRole('button', { name: 'Move “A letter in 1962” up' }));
    await user.click(screen.getByRole('button', { name: 'Check my order' }));
    expect(useViewStore.getState().answer).toEqual([1, 0, 2, 3]);
    // Ranks 0, 2, 3, 1: pairs (0,2) (0,3) (0,1) (2,3) agree, 4 of 6.
    expect(screen.getByTestId('exercise-percent')).toHaveTextContent('67%');
    expect(screen.getByRole('heading', { name: 'Score: 67%' })).toHaveFocus();
    const rows = screen.getAllByTestId('exercise-row').map((r) => r.textContent);
    expect(rows[0]).toContain('In place');
    expect(rows[3]).toContain('2 places too late');
    expect(screen.getByRole('img', { name: /Story curve/ })).toBeInTheDocument();
  });
});
