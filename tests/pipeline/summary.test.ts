import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertSummary, MAX_SUMMARY_CHARS, PASTED_FILE } from '../../src/pipeline/summary';

const FRAME_STORY = readFileSync('tests/eval/dev/dev-02_frame-story.txt', 'utf8');

describe('convertSummary', () => {
  it('makes a checked film with structure measures from one summary', () => {
    const result = convertSummary({ text: FRAME_STORY, file: PASTED_FILE, title: null });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.film.title).toBe('What the River Kept');
    expect(result.film.scenes.length).toBeGreaterThan(5);
    expect(result.film.measures?.sceneCount).toBe(result.film.scenes.length);
    expect(result.film.sources).toEqual([
      expect.objectContaining({ file: PASTED_FILE, text: FRAME_STORY }),
    ]);
  });

  it('gives the same film for the same text (a share link converts it again)', () => {
    const input = { text: FRAME_STORY, file: PASTED_FILE, title: 'Kept' };
    expect(convertSummary(input)).toEqual(convertSummary(input));
  });

  it('uses the title the viewer gave, and makes the id from it', () => {
    const result = convertSummary({ text: FRAME_STORY, file: PASTED_FILE, title: ' The River ' });
    expect(result.ok && [result.film.title, result.film.id]).toEqual(['The River', 'the-river']);
  });

  it('blanks the markup of a pasted web page, keeping the source text', () => {
    const html = `<html><body><p>${FRAME_STORY.split('\n\n').join('</p>\n<p>')}</p></body></html>`;
    const result = convertSummary({ text: html, file: 'page.txt', title: null });
    expect(result.ok && result.film.scenes.every((s) => !s.text.includes('<p>'))).toBe(true);
  });

  it('says there is nothing to convert for blank text', () => {
    expect(convertSummary({ text: ' \n ', file: PASTED_FILE, title: null })).toEqual({
      ok: false,
      error: 'There is no text to convert: paste a plot summary first.',
    });
  });

  it('refuses text over the length limit in one line', () => {
    const result = convertSummary({
      text: 'a'.repeat(MAX_SUMMARY_CHARS + 1),
      file: PASTED_FILE,
      title: null,
    });
    expect(result).toEqual({
      ok: false,
      error: 'This text is too long for one film (500,001 characters; the limit is 500,000).',
    });
  });

  it('names the file and the reason when no story is found', () => {
    const result = convertSummary({
      text: 'The man walked home. He was sad.',
      file: 'notes.txt',
      title: null,
    });
    expect(result).toEqual({
      ok: false,
      error: 'No film could be made from notes.txt: no story found (no named characters).',
    });
  });
});
