import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyLinkButton } from '../../src/components/CopyLinkButton';

afterEach(() => vi.restoreAllMocks());

describe('CopyLinkButton', () => {
  it('copies the link and announces "Link copied" in a live region', async () => {
    const user = userEvent.setup();
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<CopyLinkButton getLink={() => 'http://x/?film=memento'} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(write).toHaveBeenCalledWith('http://x/?film=memento');
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
  });

  it('falls back to execCommand when the Clipboard API refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const exec = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    render(<CopyLinkButton getLink={() => 'http://x/'} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(exec).toHaveBeenCalledWith('copy');
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
  });
});
