/**
 * The words of a document read inside the film (a diary, a log, letters, tapes), shared by
 * time.ts (a jump inside the document is not the film's jump) and readEntries.ts (the pages the
 * frame reads). Pure; no state.
 */

/** A document or its parts, as a synopsis names them ("the diary", "the bundle", "the tapes"). */
export const DOCUMENT_NOUNS =
  'diary|diaries|journals?|logs?|logbooks?|log-books?|notebooks?|almanacs?|ledgers?|letters?|bundle|box|shoebox|pages?|entr(?:y|ies)|tapes?|cassettes?|recordings?|reels?|postcards?|telegrams?|books?|manuscripts?|memoirs?|papers?|notes?';

/**
 * What follows a jump that moves inside the document, not the film: "skips ahead in the log to
 * 24 December", "jumps forward in the tapes", "through the diary", "a few pages".
 */
const INSIDE_DOCUMENT = new RegExp(
  `^\\s*(?:(?:in|through|within|into)\\s+(?:the|his|her|their|its|my|our|this|that)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${DOCUMENT_NOUNS})\\b|(?:a few|a couple of|several|some|two|three|many|\\d+)\\s+(?:more\\s+)?pages\\b|(?:to|in)\\s+(?:the|an?)\\s+(?:(?:later|earlier|next|previous|last|final|first|undated)\\s+)?(?:${DOCUMENT_NOUNS})\\b)`,
  'iu',
);
/** Cheap test before INSIDE_DOCUMENT. */
const INSIDE_HINT =
  /diar|journal|log|book|almanac|ledger|letter|bundle|box|page|entr|tape|cassette|record|reel|card|telegram|manuscript|memoir|paper|note/i;

/**
 * True when the words after a jump cue (`after`, the rest of its sentence) move inside a
 * document ("She skips ahead in the diary to ..."): the reader turns pages, the film does not
 * jump. "The film skips ahead to 2041" is the film's.
 */
export const documentJump = (after: string): boolean =>
  INSIDE_HINT.test(after.slice(0, 80)) && INSIDE_DOCUMENT.test(after.slice(0, 80));
