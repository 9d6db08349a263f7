import type { Segment } from './segment';

/**
 * Part of stage 6 (order): a caption reported as one ("A title card reads "Five nights
 * earlier".", "The screen says: Two years before."). Its one verb is the card's, not the
 * story's: the segment is a caption alone, as a bare '"Five nights earlier."' is.
 */
const CARD_SENTENCE =
  /^\s*(?:(?:then|and|next|now)\s*,?\s+)?(?:a|an|the)\s+(?:(?:title|opening|black|white|white-on-black)\s+)?(?:title card|caption|card|intertitle|title|on-screen (?:title|text|caption)|subtitle|screen)\s+(?:reads|says|announces|tells us|informs us)\s*:?\s*["“‘]?[^"”’.!?]{1,40}[.!?]?["”’]?[.!?]?\s*$/iu;

/** True when the segment is one sentence reporting a caption's words. */
export const cardSentence = (text: string, seg: Segment): boolean =>
  seg.sentences.length === 1 && CARD_SENTENCE.test(text.slice(seg.start, seg.end));
