import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ScenePanel, type ScenePanelProps } from '../../src/components/ScenePanel';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

const scene = (id: string) => SAMPLE_FILM.scenes.find((s) => s.id === id)!;
const props = (over: Partial<ScenePanelProps> = {}): ScenePanelProps => ({
  film: SAMPLE_FILM,
  scene: scene('s04'),
  order: 'story',
  limit: 9,
  hasPrevious: true,
  hasNext: true,
  onStep: () => {},
  onClose: () => {},
  ...over,
});

describe('ScenePanel', () => {
  it('shows title, kind, time cue and both positions', () => {
    render(<ScenePanel {...props()} />);
    expect(screen.getByRole('heading', { name: 'Bruno remembers' })).toBeInTheDocument();
    expect(screen.getByText('Recounted')).toBeInTheDocument();
    expect(screen.getByText('Years before')).toBeInTheDocument();
    expect(screen.getByText('Scene 4 of 10 as told; 2nd in time')).toBeInTheDocument();
  });

  it('highlights the scene span inside its source passage with <mark>', () => {
    const { container } = render(<ScenePanel {...props()} />);
    const mark = container.querySelector('mark');
    expect(mark).toHaveTextContent(scene('s04').text);
    expect(mark?.closest('blockquote')).toHaveTextContent(/floorboards/);
  });

  it('names characters without an alias revealed later', () => {
    render(<ScenePanel {...props({ limit: 4 })} />);
    expect(screen.getByText('Clara Vey')).toBeInTheDocument();
    expect(screen.queryByText(/grandmother/)).toBeNull();
  });

  it('steps and closes through its buttons, disabling steps at the ends', async () => {
    const onStep = vi.fn();
    const onClose = vi.fn();
    render(<ScenePanel {...props({ onStep, onClose, hasPrevious: false })} />);
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(onStep).toHaveBeenCalledWith(1);
    await userEvent.click(screen.getByRole('button', { name: 'Close scene panel' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('never shows text of scenes beyond the spoiler limit as context', () => {
    const { container } = render(<ScenePanel {...props({ scene: scene('s06'), limit: 5 })} />);
    const passage = container.querySelector('blockquote')!;
    expect(passage).toHaveTextContent(scene('s06').text);
    expect(passage).toHaveTextContent(scene('s05').text);
    for (const later of ['s07', 's08', 's09', 's10'])
      expect(passage).not.toHaveTextContent(scene(later).text);
    expect(passage).not.toHaveTextContent(/credits/);
  });

  it('shows the following text as context once everything is revealed', () => {
    const { container } = render(<ScenePanel {...props({ scene: scene('s06'), limit: 9 })} />);
    expect(container.querySelector('blockquote')).toHaveTextContent(scene('s07').text);
  });

  it('ranks the scene in time among revealed scenes only while some are hidden', () => {
    render(<ScenePanel {...props({ scene: scene('s01'), limit: 5 })} />);
    expect(
      screen.getByText('Scene 1 of 10 as told; 4th in time of the 6 revealed'),
    ).toBeInTheDocument();
  });
});
