import type { Range } from './text';

/**
 * Part of stage 3 (segment): a slide's or an outline's bullets tell the story one line each
 * ("- Ingrid buys the ledger at the stationer's ...", "- At school she meets the new caretaker
 * ..."). Each line was a paragraph, so each made a scene of its own; consecutive bullets of one
 * list (no blank line between them) are joined into one paragraph here, so that the segmenter
 * reads them as it reads a paragraph's sentences: one scene while they continue one moment, a new
 * one where a time cue, a tense or a telling changes.
 * Shape in/out: the document's text and its story paragraphs in text order -> the paragraphs,
 * consecutive bullet lines joined (the first one's lead kept).
 */

/** A bullet opening a line: "- ", "• ", "* ", "– ". */
const BULLET = /^[-•*–]\s+\S/;

const isBullet = (text: string, r: Range): boolean => BULLET.test(text.slice(r.start, r.end));

export const joinBulletLines = <P extends Range & { lead?: Range }>(
  text: string,
  paragraphs: readonly P[],
): P[] => {
  const out: P[] = [];
  for (const p of paragraphs) {
    const last = out[out.length - 1];
    if (
      last &&
      isBullet(text, p) &&
      isBullet(text, last) &&
      p.lead === undefined &&
      /^[^\S\n]*\n[^\S\n]*$/.test(text.slice(last.end, p.start))
    ) {
      out[out.length - 1] = { ...last, end: p.end };
      continue;
    }
    out.push(p);
  }
  return out;
};
