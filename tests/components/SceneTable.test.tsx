import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SceneTable, type SceneTableProps } from '../../src/components/SceneTable';
import { filmWithOrder } from '../timeline/helpers';

const film = filmWithOrder([3, 0, 4, 1, 2, 5]);
const props = (over: Partial<SceneTableProps> = {}): SceneTableProps => ({
  film,
  order: 'story',
  revealLimit: 5,
  highlighted: null,
  selectedSceneId: null,
  onSelectScene: () => {},
  ...over,
});
const bodyRows = () => screen.getAllByRole('row').slice(1);

describe('SceneTable', () => {
  it('lists the visible scenes with story and chronological positions', () => {
    render(<SceneTable {...props({ revealLimit: 3 })} />);
    const rows = bodyRows();
    expect(rows).toHaveLength(4);
    // Story scene 2 (index 1) happened first among the four visible scenes.
    const cells = within(rows[1] as HTMLElement).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toContain('2 of 6');
    expect(cells.map((c) => c.textContent)).toContain('1st');
  });

  it('sorts rows by time in chronological order', () => {
    render(<SceneTable {...props({ order: 'chrono' })} />);
    const ids = bodyRows().map((r) => r.getAttribute('data-row-scene-id'));
    const expected = [...film.scenes]
      .sort((a, b) => a.chronoIndex - b.chronoIndex)
      .map((s) => s.id);
    expect(ids).toEqual(expected);
  });

  it('has the column headers of the accessible table view', () => {
    render(<SceneTable {...props()} />);
    for (const name of ['Scene', 'Story position', 'Chronological position', 'Characters'])
      expect(screen.getByRole('columnheader', { name })).toBeInTheDocument();
  });

  it('selects a scene from its title and marks the selected row', () => {
    const onSelectScene = vi.fn();
    const id = film.scenes[2]?.id ?? '';
    render(<SceneTable {...props({ onSelectScene, selectedSceneId: id })} />);
    fireEvent.click(screen.getAllByRole('button')[2] as HTMLElement);
    expect(onSelectScene).toHaveBeenCalledWith(id);
    expect(document.querySelector(`[data-row-scene-id="${id}"]`)).toHaveAttribute(
      'aria-current',
      'true',
    );
  });
});
