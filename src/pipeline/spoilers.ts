import type { CleanDoc } from './clean';
import { firstFiniteVerb, type Range } from './text';

/**
 * Stage 3, premise and spoilers: a spoiler-free blurb before a spoiler warning becomes the film's
 * premise, the paragraphs after it are the story. A document without a warning (a synopsis, a
 * press kit) is all story: a press kit's synopsis tells events in order, and a film needs scenes,
 * so it becomes scenes rather than a premise (the app's spoiler slider still starts at 0).
 * Shape out: StorySplit (premise paragraphs and story paragraphs, in text order).
 */

/** A story paragraph and the heading right before it, if any ("1985", "Part Two: Today"). */
export interface StoryParagraph extends Range {
  lead?: Range;
}

/** A document's story paragraphs and the premise paragraphs before its spoiler warning. */
export interface StorySplit {
  premise: Range[];
  story: StoryParagraph[];
}

/** Sentences with a finite verb a blurb has at most (the eval's blurbs have six at most). */
const MAX_BLURB_SENTENCES = 6;

/** How many sentences of the paragraphs have a finite verb: events told, not facts listed. */
const toldSentences = (text: string, ranges: readonly Range[]): number => {
  let n = 0;
  for (const r of ranges)
    for (const m of text.slice(r.start, r.end).matchAll(/[^.!?]+(?:[.!?]+|$)/g))
      if (firstFiniteVerb(m[0])) n++;
  return n;
};

const chars = (ranges: readonly Range[]): number => ranges.reduce((n, r) => n + r.end - r.start, 0);

/** Splits a cleaned document into premise and story paragraphs. */
export const splitPremise = (doc: CleanDoc): StorySplit => {
  const story = (from: number, to: number): StoryParagraph[] => {
    const out: StoryParagraph[] = [];
    for (let k = from; k < to; k++) {
      const b = doc.blocks[k];
      if (!b || b.kind !== 'story') continue;
      const prev = doc.blocks[k - 1];
      out.push(
        prev && prev.kind === 'heading'
          ? { start: b.start, end: b.end, lead: { start: prev.start, end: prev.end } }
          : { start: b.start, end: b.end },
      );
    }
    return out;
  };
  const warning = doc.blocks.findIndex((b) => b.kind === 'warning');
  // A stated premise line ("Premise: ...") is the blurb, without its label.
  const stated = doc.blocks
    .filter((b) => b.kind === 'premise')
    .map((b) => {
      const label = /^[^:.!?]{0,30}:\s*/.exec(doc.text.slice(b.start, b.end))?.[0].length ?? 0;
      return { start: b.start + label, end: b.end };
    });
  if (warning < 0) return { premise: stated, story: story(0, doc.blocks.length) };
  const before = story(0, warning);
  const after = story(warning + 1, doc.blocks.length);
  // A warning with nothing after it protects nothing: the text before it is the story.
  if (after.length === 0) return { premise: stated, story: before };
  // A blurb is short, and short beside the story it keeps back. Text before the warning longer
  // than a blurb, or than what follows it, is the story told first (a parents' guide's plot
  // summary, then a line saying its notes hold spoilers): the warning guards only what follows
  // it, and nothing is a premise.
  if (chars(before) > chars(after) || toldSentences(doc.text, before) > MAX_BLURB_SENTENCES)
    return { premise: stated, story: [...before, ...after] };
  // The blurb before the warning joins any stated premise, in text order.
  const premise = [...stated, ...before].sort((a, b) => a.start - b.start);
  return { premise, story: after };
};

/** How far into the telling a scene is: 0 for the first, 1 for the last. */
export const spoilerLevel = (storyIndex: number, sceneCount: number): number =>
  sceneCount <= 1 ? 0 : Math.min(1, Math.max(0, storyIndex / (sceneCount - 1)));
