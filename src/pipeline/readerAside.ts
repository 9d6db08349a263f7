import { countStoryNames, mentionsCraft } from './furniture3';
import { SENTENCE_SPAN } from './text';

/**
 * Part of stage 1 (clean): a recap's story paragraph with one sentence to its reader ("And then,
 * just as you are getting your breath back, the film starts again. Jonah's Friday begins at the
 * hospital, ..."; or, mid-paragraph, "At ten he collects a parcel for a Mr Imbert, and if you were
 * paying attention your stomach will drop."). The reader's "you" makes a paragraph page furniture;
 * here only that sentence is the writer's aside and the story around it is kept: an opening aside
 * is cut off as furniture, a closing one too, one in the middle stays inside the story (a scene is
 * one stretch of text).
 *
 * Applies only when every "you"/"your" of the paragraph lies in one sentence, two or more other
 * sentences hold no "you", no "I" and no question, and they name someone of the story already
 * told or tell of someone in the third person (two sentences of "he" or "she"), and none of them talks about the film as a film (its craft, "the film", a caption). So "If you liked this recap, you will love our ..." or a paragraph talking to its reader
 * throughout stays furniture.
 * Shape in/out: the paragraph's text and the story's names so far -> the story's span in the
 * paragraph (offsets, end exclusive), or null.
 */

/** The reader addressed: "you", "your", "you're". */
const READER = /\b(?:you|your|yours|yourself|you['’](?:re|ll|ve|d))\b/gi;
/** The writer's own voice. */
const WRITER = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|us|[Oo]ur)\b/;
/** The audience's "we" of a recap ("we see the collision again"): the film's telling, not the writer. */
const VIEWERS_WE =
  /\bwe(?:['’]ve| have| had)? (?:(?:first |then |now |finally |later |also |only |just |already )?(?:see|saw|seen|watch|watched|hear|heard|learn|learned|learnt|follow|followed|meet|met|cut|flash|return|discover|discovered|find out|found out|are shown|were shown|been shown|get)\b)/gi;
/** Talk about the film as a film, beside the aside: a review's paragraph, not a story's. */
const FILM_TALK = /\b(?:the (?:film|movie|picture|director)|caption|on (?:the )?screen|feature)\b/i;
/** Someone told about in the third person. */
const PERSON = /\b(?:he|she|they|his|her|their)\b/i;
/** The aside is one sentence of at most this many words. */
const MAX_ASIDE_WORDS = 40;
/** Story sentences that must stand beside the aside. */
const MIN_STORY_SENTENCES = 2;

const count = (s: string): number => s.match(READER)?.length ?? 0;

/** The story's span around one sentence to the reader, or null (see the file's comment). */
export const storyAroundReaderAside = (
  s: string,
  names: ReadonlySet<string>,
): { from: number; to: number } | null => {
  const all = [...s.matchAll(SENTENCE_SPAN)];
  if (all.length < 1 + MIN_STORY_SENTENCES || all[0]?.index !== 0) return null;
  const asides = all.filter((m) => count(m[0]) > 0);
  const aside = asides[0];
  if (asides.length !== 1 || !aside) return null;
  if (aside[0].split(/\s+/).length > MAX_ASIDE_WORDS || aside[0].includes('?')) return null;
  // A short opening sentence about the film's shape ("The middle of the film is a slow braid.")
  // before story sentences: the writer's too, cut off with the aside.
  const lead = all[0] !== aside && isFilmLead(all[0]?.[0] ?? '', names) ? all[0] : undefined;
  const spans = lead ? all.slice(1) : all;
  if (spans.length < 1 + MIN_STORY_SENTENCES) return null;
  const from = lead ? lead[0].length : 0;
  const rest = spans
    .filter((m) => m !== aside)
    .map((m) => m[0])
    .join(' ');
  if (WRITER.test(rest.replace(VIEWERS_WE, '')) || rest.includes('?')) return null;
  if (mentionsCraft(rest) || FILM_TALK.test(rest)) return null;
  // Someone of the story named, or a new one told about: two or more sentences of "he"/"she".
  const told = spans.filter((m) => m !== aside && PERSON.test(m[0])).length;
  if (countStoryNames(rest, names) < 1 && told < MIN_STORY_SENTENCES) return null;
  const at = aside.index;
  if (at === from) return { from: from + aside[0].length, to: s.length };
  // A closing aside: the story ends before it.
  if (at + aside[0].length >= s.trimEnd().length)
    return { from, to: s.slice(0, at).trimEnd().length };
  return { from, to: s.length };
};

/** A lead sentence about the film's shape is at most this many words. */
const MAX_LEAD_WORDS = 14;

/** A short sentence about the film as a film that names no one of the story and tells no event. */
const isFilmLead = (x: string, names: ReadonlySet<string>): boolean =>
  x.trim().split(/\s+/).length <= MAX_LEAD_WORDS &&
  FILM_TALK.test(x) &&
  !PERSON.test(x) &&
  countStoryNames(x, names) === 0;
