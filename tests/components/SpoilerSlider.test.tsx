import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SpoilerSlider } from '../../src/components/SpoilerSlider';

describe('SpoilerSlider', () => {
  it('is a range input labelled "Spoiler" spanning premise-only to the last scene', () => {
    render(<SpoilerSlider limit={4} sceneCount={52} onChange={() => {}} onRevealAll={() => {}} />);
    const slider = screen.getByRole('slider', { name: /Spoiler/ });
    expect(slider).toHaveAttribute('type', 'range');
    expect(slider).toHaveAttribute('min', '-1');
    expect(slider).toHaveAttribute('max', '51');
    expect(screen.getByText('Watched up to scene 5 of 52')).toBeInTheDocument();
  });

  it('says "premise only" at -1 and reports a new limit when moved', () => {
    const onChange = vi.fn();
    render(<SpoilerSlider limit={-1} sceneCount={10} onChange={onChange} onRevealAll={() => {}} />);
    expect(screen.getByText(/Premise only/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole('slider', { name: /Spoiler/ }), { target: { value: '6' } });
    expect(onChange).toHaveBeenCalledWith(6);
  });

  it('reveals all in one click, and disables the button when all is shown', async () => {
    const onRevealAll = vi.fn();
    const { rerender } = render(
      <SpoilerSlider limit={2} sceneCount={10} onChange={() => {}} onRevealAll={onRevealAll} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reveal all' }));
    expect(onRevealAll).toHaveBeenCalledOnce();
    rerender(
      <SpoilerSlider limit={9} sceneCount={10} onChange={() => {}} onRevealAll={onRevealAll} />,
    );
    expect(screen.getByRole('button', { name: 'Reveal all' })).toBeDisabled();
  });
});
