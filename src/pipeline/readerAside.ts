import { countStoryNames } from './furniture3';

/**
 * Part of stage 1 (clean): a recap's story paragraph that opens on one sentence to its reader
 * ("And then, just as you are getting your breath back, the film starts again. Jonah's Friday
 * begins at the hospital, ..."). The reader's "you" makes a paragraph page furniture; here only
 * the opening sentence is the writer's aside, and the story after it is kept.
 *
 * Applies only when every "you"/"your" of the paragraph lies in its first sentence, two or more
 * sentences follow with no "you", no "I" and no question, and they name someone of the story
 * already told. So "If you liked this recap, you will love our ..." or a paragraph talking to
 * its reader throughout stays furniture.
 * Shape in/out: the paragraph's text and the story's names so far -> the offset (in the
 * paragraph) where its story begins, or null.
 */

/** The reader addressed: "you", "your", "you're". */
const READER = /\b(?:you|your|yours|yourself|you['’](?:re|ll|ve|d))\b/gi;
/** The writer's own voice. */
const WRITER = /\b(?:I|I['’](?:m|ve|d|ll)|me|my|myself|we|us|our)\b/;
/** One sentence, with its closing punctuation and the spaces after it. */
const SENTENCE = /[^.!?]+(?:[.!?]+["”’)]*|$)\s*/g;
/** The aside is one sentence of at most this many words. */
const MAX_ASIDE_WORDS = 40;
/** Story sentences that must follow the aside. */
const MIN_STORY_SENTENCES = 2;

const count = (s: string): number => s.match(READER)?.length ?? 0;

export const storyAfterReaderAside = (s: string, names: ReadonlySet<string>): number | null => {
  const spans = [...s.matchAll(SENTENCE)];
  if (spans.length < 1 + MIN_STORY_SENTENCES) return null;
  const first = spans[0];
  const second = spans[1];
  if (!first || !second || first.index !== 0) return null;
  const aside = first[0];
  if (aside.split(/\s+/).length > MAX_ASIDE_WORDS || aside.includes('?')) return null;
  const rest = s.slice(second.index);
  if (count(aside) === 0 || count(rest) > 0 || WRITER.test(rest) || rest.includes('?')) return null;
  return countStoryNames(rest, names) >= 1 ? second.index : null;
};
