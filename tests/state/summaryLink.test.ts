import { describe, expect, it } from 'vitest';
import { MAX_SUMMARY_CHARS, PASTED_FILE } from '../../src/pipeline/summary';
import {
  decodeSummaryFragment,
  encodeSummaryFragment,
  hasSharedSummary,
  MAX_SHARE_BYTES,
} from '../../src/state/summaryLink';

/** Text that hardly compresses: seeded pseudo-random words. */
const noisyText = (words: number, seed = 7): string => {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(x.toString(36));
  }
  return out.join(' ');
};

const deflateRaw = async (text: string): Promise<string> => {
  const stream = new Response(text).body!.pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

describe('summary share links', () => {
  it('round-trips a summary with its title and file name through the fragment', async () => {
    const shared = {
      text: 'Élodie meets Bruno — “again” — in 1999.\n\nLater, Ada remembers.',
      title: 'Les Deux Étés',
      file: 'deux-etes.txt',
    };
    const encoded = await encodeSummaryFragment(shared);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.fragment).toMatch(/^summary=[A-Za-z0-9_-]+&/);
    expect(hasSharedSummary(`#${encoded.fragment}`)).toBe(true);
    await expect(decodeSummaryFragment(`#${encoded.fragment}`)).resolves.toEqual({
      ok: true,
      value: shared,
    });
  });

  it('leaves the default pasted file name and a missing title out of the link', async () => {
    const encoded = await encodeSummaryFragment({
      text: 'Ada rows.',
      title: null,
      file: PASTED_FILE,
    });
    expect(encoded.ok && encoded.fragment).toMatch(/^summary=[A-Za-z0-9_-]+$/);
  });

  it('refuses a summary whose compressed size passes the limit, saying by how much', async () => {
    const encoded = await encodeSummaryFragment({ text: noisyText(3000), title: null, file: null });
    expect(encoded.ok).toBe(false);
    if (encoded.ok) return;
    expect(encoded.bytes).toBeGreaterThan(MAX_SHARE_BYTES);
    expect(encoded.error).toMatch(
      /^This summary is too long to share in a link \(\d+\.\d KB compressed; the limit is 6\.0 KB\): download the film JSON instead\.$/,
    );
  });

  it('accepts a summary just under the limit', async () => {
    const encoded = await encodeSummaryFragment({ text: noisyText(700), title: null, file: null });
    expect(encoded.ok).toBe(true);
    if (encoded.ok) expect(encoded.bytes).toBeLessThanOrEqual(MAX_SHARE_BYTES);
  });

  it('reports a fragment that is not base64url as damaged', async () => {
    await expect(decodeSummaryFragment('#summary=not*base64')).resolves.toEqual({
      ok: false,
      error: 'The summary in this link is damaged (it is not base64url).',
    });
  });

  it('reports a cut-short fragment as damaged', async () => {
    const encoded = await encodeSummaryFragment({ text: noisyText(200), title: null, file: null });
    if (!encoded.ok) throw new Error(encoded.error);
    const cut = encoded.fragment.slice(0, encoded.fragment.length - 40);
    const decoded = await decodeSummaryFragment(cut);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error).toMatch(/damaged/);
  });

  it('stops inflating a tiny link that expands past the longest summary', async () => {
    const bomb = await deflateRaw('a'.repeat(MAX_SUMMARY_CHARS + 10));
    expect(bomb.length).toBeLessThan(8000);
    await expect(decodeSummaryFragment(`summary=${bomb}`)).resolves.toEqual({
      ok: false,
      error: 'The summary in this link is longer than a summary may be.',
    });
  });

  it('ignores a file name with a folder in it', async () => {
    const text = await deflateRaw('Ada rows.');
    const decoded = await decodeSummaryFragment(`summary=${text}&file=..%2Fetc%2Fpasswd`);
    expect(decoded).toEqual({ ok: true, value: { text: 'Ada rows.', title: null, file: null } });
  });

  it('tells a hash without a summary apart', () => {
    expect(hasSharedSummary('#film=x')).toBe(false);
    expect(hasSharedSummary('')).toBe(false);
  });
});
