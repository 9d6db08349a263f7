/**
 * HTML pasted into a plain-text seed (a copied web page): blanks the markup out while keeping
 * every offset. Each tag, comment and script/style block is replaced by the same number of
 * characters: spaces, or a newline first for a block-level tag, so `</p>\n<p>` still separates
 * paragraphs. The text keeps its length, so spans index the file as read, and scene text holds
 * no tags. Character entities (`&amp;`) are left as they are: they cannot shrink in place.
 */

/** How many tags a document needs before it counts as HTML (a stray `<3` is not markup). */
const MIN_TAGS = 3;
/** A plain opening or closing tag, tried where a `<` stands (sticky). */
const PLAIN_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/y;
/** The start of a script or style element, tried where a `<` stands (sticky). */
const RAW_START = /<(script|style)\b/y;
const BLOCK =
  /^<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|blockquote|pre|hr|main|aside|figure|figcaption|dd|dt|dl)\b/i;

/**
 * Finds the markup of a text, left to right: comments, script/style elements with their content,
 * and tags (the same matches as `<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<tag…>`).
 * A scanner rather than that one regex: the regex searched to the end of the text again for every
 * unclosed `<!--` or `<script>`, so thousands of them took seconds (quadratic). Here every search
 * for a closing `-->`, `>` or `</script>` remembers its answer, so the whole scan is linear.
 */
const findMarkup = (text: string, limit = Infinity): [number, number][] => {
  const found: [number, number][] = [];
  // The next place of each closing form at or after the last search: -2 not searched yet,
  // -1 none further on. Starts only move right, so an answer stays good until passed.
  let commentEnd = -2;
  let gt = -2;
  const rawClose = new Map<string, { re: RegExp; at: number; end: number }>();
  const nextAt = (from: number, prev: number, search: (from: number) => number): number =>
    prev === -1 || prev >= from ? prev : search(from);
  for (let i = text.indexOf('<'); i >= 0 && found.length < limit;) {
    let end = -1;
    if (text.startsWith('<!--', i)) {
      commentEnd = nextAt(i + 4, commentEnd, (from) => text.indexOf('-->', from));
      if (commentEnd >= 0) end = commentEnd + 3;
    } else {
      RAW_START.lastIndex = i;
      const name = RAW_START.exec(text)?.[1];
      if (name !== undefined) gt = nextAt(i, gt, (from) => text.indexOf('>', from));
      if (name !== undefined && gt >= 0) {
        const close = rawClose.get(name) ?? {
          re: new RegExp(`</${name}\\s*>`, 'g'),
          at: -2,
          end: -1,
        };
        rawClose.set(name, close);
        close.at = nextAt(gt + 1, close.at, (from) => {
          close.re.lastIndex = from;
          const m = close.re.exec(text);
          close.end = m ? close.re.lastIndex : -1;
          return m ? m.index : -1;
        });
        if (close.at >= 0) end = close.end;
      }
      if (end < 0) {
        PLAIN_TAG.lastIndex = i;
        if (PLAIN_TAG.exec(text)) end = PLAIN_TAG.lastIndex;
      }
    }
    if (end > i) found.push([i, end]);
    i = text.indexOf('<', end > i ? end : i + 1);
  }
  return found;
};

/** True when the text holds enough HTML tags to be a pasted page. */
export const looksLikeHtml = (text: string): boolean =>
  findMarkup(text, MIN_TAGS).length >= MIN_TAGS;

/** Replaces markup with whitespace of the same length (see the module comment). */
export const blankMarkup = (text: string): string => {
  let out = '';
  let at = 0;
  for (const [start, end] of findMarkup(text)) {
    const tag = text.slice(start, end);
    // Keep line breaks inside a tag, so line numbers do not move either.
    const blank = tag.replace(/[^\n]/g, ' ');
    out +=
      text.slice(at, start) +
      (BLOCK.test(tag) && !blank.startsWith('\n') ? `\n${blank.slice(1)}` : blank);
    at = end;
  }
  return out + text.slice(at);
};
