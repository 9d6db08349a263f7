/**
 * HTML pasted into a plain-text seed (a copied web page): blanks the markup out while keeping
 * every offset. Each tag, comment and script/style block is replaced by the same number of
 * characters: spaces, or a newline first for a block-level tag, so `</p>\n<p>` still separates
 * paragraphs. The text keeps its length, so spans index the file as read, and scene text holds
 * no tags. Character entities (`&amp;`) are left as they are: they cannot shrink in place.
 */

/** How many tags a document needs before it counts as HTML (a stray `<3` is not markup). */
const MIN_TAGS = 3;
const TAG =
  /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const BLOCK =
  /^<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|blockquote|pre|hr|main|aside|figure|figcaption|dd|dt|dl)\b/i;

/** True when the text holds enough HTML tags to be a pasted page. */
export const looksLikeHtml = (text: string): boolean => (text.match(TAG)?.length ?? 0) >= MIN_TAGS;

/** Replaces markup with whitespace of the same length (see the module comment). */
export const blankMarkup = (text: string): string =>
  text.replace(TAG, (tag) => {
    // Keep line breaks inside a tag, so line numbers do not move either.
    const blank = tag.replace(/[^\n]/g, ' ');
    return BLOCK.test(tag) && !blank.startsWith('\n') ? `\n${blank.slice(1)}` : blank;
  });
