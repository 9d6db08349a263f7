import { describe, expect, it } from 'vitest';
import { checkFilm } from '../../src/model/validate';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { PAYLOADS, XSS_FILM, XSS_SEED_TEXT } from '../fixtures/xssFilm';

describe('text is text: markup and script in a seed document', () => {
  const diagnostics = new Diagnostics();
  const [film] = convertDocuments([{ file: 'xss.txt', text: XSS_SEED_TEXT }], diagnostics);

  it('converts to a valid film that keeps the payloads verbatim, as text', () => {
    expect(film).toBeDefined();
    expect(checkFilm(film).ok).toBe(true);
    expect(film!.title).toBe('The {{constructor.constructor("alert(1)")()}} Affair');
    expect(film!.director).toBe('javascript:alert(1)');
    expect(film!.premise?.text).toContain(PAYLOADS.script);
    const texts = film!.scenes.map((s) => s.text).join('\n');
    expect(texts).toContain(PAYLOADS.img);
    expect(texts).toContain(PAYLOADS.js);
    expect(texts).toContain('{{7*7}}');
    expect(texts).toContain('${alert(1)}');
    // Nothing was escaped into entities either: a viewer sees the characters that were written.
    expect(JSON.stringify(film)).not.toMatch(/&lt;|&gt;|&amp;/);
    expect(film!.sources[0]?.text).toBe(XSS_SEED_TEXT);
  });

  it('keeps every source span pointing at the same characters of the document', () => {
    for (const scene of film!.scenes) {
      const span = scene.sources[0]!;
      expect(XSS_SEED_TEXT.slice(span.start, span.end)).toBe(scene.text);
    }
  });

  it('the hand-made payload film satisfies the data contract', () => {
    const checked = checkFilm(XSS_FILM);
    expect(checked.ok ? 'ok' : checked.error).toBe('ok');
  });
});
