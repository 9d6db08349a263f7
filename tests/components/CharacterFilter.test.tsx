import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CharacterFilter, type CharacterFilterProps } from '../../src/components/CharacterFilter';
import { introducedCharacters } from '../../src/state/spoiler';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

const props = (over: Partial<CharacterFilterProps> = {}): CharacterFilterProps => ({
  characters: introducedCharacters(SAMPLE_FILM, 9),
  chosen: [],
  match: 'any',
  highlightedCount: null,
  onToggle: () => {},
  onMatch: () => {},
  onClear: () => {},
  ...over,
});

describe('CharacterFilter', () => {
  it('has a checkbox labelled with each character name, with its scene count', () => {
    render(<CharacterFilter {...props()} />);
    const ada = screen.getByRole('checkbox', { name: 'Ada Lind' });
    expect(ada).toHaveAccessibleDescription('6 scenes');
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
  });

  it('lists only the characters it is given (introduced so far)', () => {
    render(<CharacterFilter {...props({ characters: introducedCharacters(SAMPLE_FILM, 0) })} />);
    expect(screen.queryByRole('checkbox', { name: 'Hugo Brandt' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Clara Vey' })).toBeNull();
  });

  it('toggles a character, switches any/all and clears', async () => {
    const onToggle = vi.fn();
    const onMatch = vi.fn();
    const onClear = vi.fn();
    render(
      <CharacterFilter
        {...props({ chosen: ['bruno'], highlightedCount: 6, onToggle, onMatch, onClear })}
      />,
    );
    expect(screen.getByRole('checkbox', { name: 'Bruno' })).toBeChecked();
    expect(screen.getByText('6 scenes highlighted')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Hugo Brandt' }));
    expect(onToggle).toHaveBeenCalledWith('hugo');
    await userEvent.click(screen.getByRole('button', { name: 'All' }));
    expect(onMatch).toHaveBeenCalledWith('all');
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onClear).toHaveBeenCalledOnce();
  });
});

describe('CharacterFilter search', () => {
  it('offers a search field for a long cast and keeps chosen characters listed', async () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      id: `c${i}`,
      name: `Person ${i}`,
      aliases: [],
      actor: null,
      sceneCount: 1,
      introducedAt: i,
    }));
    render(<CharacterFilter {...props({ characters: many, chosen: ['c3'] })} />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a character' }), 'Person 1');
    const names = screen.getAllByRole('checkbox').map((c) => c.getAttribute('aria-labelledby'));
    expect(names).toHaveLength(12); // Person 1, 10..19, and the chosen Person 3
    expect(screen.getByRole('checkbox', { name: 'Person 3' })).toBeChecked();
  });
});
