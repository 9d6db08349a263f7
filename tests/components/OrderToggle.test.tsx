import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OrderToggle } from '../../src/components/OrderToggle';

describe('OrderToggle', () => {
  it('shows the current order as the pressed one of two named buttons', () => {
    render(<OrderToggle order="chrono" onChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'Story order' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getByRole('button', { name: 'Chronological order' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('asks for the order whose button is clicked', async () => {
    const onChange = vi.fn();
    render(<OrderToggle order="story" onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Chronological order' }));
    expect(onChange).toHaveBeenCalledWith('chrono');
  });
});
