import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankMarkup, looksLikeHtml } from '../../src/pipeline/markup';

/** The one-regex version the scanner replaced: the reference for what counts as markup. */
const REFERENCE_TAG =
  /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const REFERENCE_BLOCK =
  /^<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|blockquote|pre|hr|main|aside|figure|figcaption|dd|dt|dl)\b/i;
const referenceBlank = (text: string): string =>
  text.replace(REFERENCE_TAG, (tag) => {
    const blank = tag.replace(/[^\n]/g, ' ');
    return REFERENCE_BLOCK.test(tag) && !blank.startsWith('\n') ? `\n${blank.slice(1)}` : blank;
  });
const referenceLooksLikeHtml = (text: string): boolean =>
  (text.match(REFERENCE_TAG)?.length ?? 0) >= 3;

/** Text made of markup fragments, unclosed ones included, and plain characters. */
const markupText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<!--',
        '-->',
        '<script>',
        '<script src="a.js">',
        '</script>',
        '</script >',
        '<style',
        '</style>',
        '<scripts>',
        '<SCRIPT>',
        '<p>',
        '</p>',
        '<br/>',
        '<b class="x">',
        '</b>',
        '<a href="/?a=1&b=2">',
        '<',
        '>',
        '/',
        '<3',
        '\n',
        ' ',
        'Vera wakes.',
      ),
      fc.string({
        unit: fc.constantFrom('<', '>', '/', '!', '-', 's', 'p', ' ', '\n', 'a'),
        maxLength: 6,
      }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('blankMarkup', () => {
  it('keeps the text length, so offsets still index the file', () => {
    const html = '<p class="a">Vera wakes.</p>\n<p>Robert <b>watches</b>.</p>';
    expect(blankMarkup(html)).toHaveLength(html.length);
  });

  it('turns a block tag into a line break so paragraphs stay apart', () => {
    expect(blankMarkup('<p>One.</p><p>Two.</p>')).toBe('\n  One.\n   \n  Two.\n   ');
  });

  it('blanks inline tags, comments and scripts to spaces', () => {
    const html = 'a <b>b</b> <!-- c --> <script>x()</script>d';
    const out = blankMarkup(html);
    expect([out.length, out.replace(/ /g, '')]).toEqual([html.length, 'abd']);
  });

  it('does not take a lone angle bracket for HTML', () => {
    expect(looksLikeHtml('I <3 films, 2 < 3, a > b')).toBe(false);
  });

  it('finds exactly the markup the one-regex version found', () => {
    fc.assert(
      fc.property(markupText, (text) => {
        expect(blankMarkup(text)).toBe(referenceBlank(text));
        expect(looksLikeHtml(text)).toBe(referenceLooksLikeHtml(text));
      }),
      { seed: 7, numRuns: 2_000 },
    );
  });

  it('scans thousands of unclosed comments and script tags in linear time', () => {
    // The one regex searched to the end again for each of them: 8,000 took seconds.
    const text = '<!-- <script> <style x '.repeat(20_000) + 'Vera wakes.';
    const started = process.cpuUsage();
    const blanked = blankMarkup(text);
    const { user, system } = process.cpuUsage(started);
    expect(blanked).toHaveLength(text.length);
    expect((user + system) / 1000).toBeLessThan(2_000);
  });
});
