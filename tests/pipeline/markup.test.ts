import { describe, expect, it } from 'vitest';
import { blankMarkup, looksLikeHtml } from '../../src/pipeline/markup';

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
});
