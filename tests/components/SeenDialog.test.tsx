import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RevealLinkDialog } from '../../src/components/RevealLinkDialog';
import { SeenDialog } from '../../src/components/SeenDialog';

describe('SeenDialog', () => {
  it('asks by title in a modal dialog and moves focus into it', () => {
    render(<SeenDialog title="Memento" onAnswer={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Have you seen Memento?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('traps Tab inside the dialog', async () => {
    render(<SeenDialog title="Memento" onAnswer={() => {}} />);
    const dialog = screen.getByRole('dialog');
    for (let i = 0; i < 4; i++) {
      await userEvent.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
  });

  it('answers seen or not seen', async () => {
    const onAnswer = vi.fn();
    render(<SeenDialog title="Memento" onAnswer={onAnswer} />);
    await userEvent.click(screen.getByRole('button', { name: 'I’ve seen it — show everything' }));
    await userEvent.click(screen.getByRole('button', { name: 'Not yet — reveal as I go' }));
    expect(onAnswer.mock.calls).toEqual([[true], [false]]);
  });
});

describe('RevealLinkDialog', () => {
  it('asks before revealing up to the linked scene, Escape declines', async () => {
    const onReveal = vi.fn();
    const onDecline = vi.fn();
    render(<RevealLinkDialog sceneNumber={31} onReveal={onReveal} onDecline={onDecline} />);
    expect(
      screen.getByText('This link opens scene 31, beyond what you’ve seen. Reveal up to it?'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reveal up to scene 31' }));
    expect(onReveal).toHaveBeenCalledOnce();
    await userEvent.keyboard('{Escape}');
    expect(onDecline).toHaveBeenCalledOnce();
  });
});
