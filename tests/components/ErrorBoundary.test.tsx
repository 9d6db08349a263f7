import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/ErrorBoundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('the layout exploded');
  return <p>drawn</p>;
}

afterEach(() => vi.restoreAllMocks());

describe('ErrorBoundary', () => {
  it('shows a designed error naming the view instead of a white page, and recovers on "Try again"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    broken = true;
    render(
      <ErrorBoundary view="The timeline">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The timeline could not be shown');
    expect(screen.getByRole('alert')).toHaveTextContent('the layout exploded');
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });
});
