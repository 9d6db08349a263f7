/**
 * Story in shapes the cleaner read as furniture (session 14), each from the shape of a line or of
 * the page:
 * - a list item that tells an event ("• Marta hires a drifter to bring in the harvest"): a slide's
 *   or a guide's bullet ends no sentence, but it has a subject and a finite verb, so it is no
 *   heading (an outline's "• Plot overview", an instruction's "- Compare with X" are);
 * - a timed transcript ("01:47 the film opens in a mining town ..."): its time stamps count from
 *   the start of a recording, so they are no listings page's clock times, and the lines under
 *   them are the speaker's, not blurbs of other programmes;
 * - a spoken sentence that tells the story and then adds the speaker's feeling in a trailing
 *   clause ("Ignacio turns up with a stolen truck, and honestly, this is where I fell for it").
 * Tests: tests/pipeline/storyShapes14.test.ts, tests/pipeline/unfamiliarPages.test.ts.
 */
import { countsFromZero, STAMP } from './elapsedStamps';
import { firstFiniteVerb, SENTENCE_SPAN } from './text';

/** A list item's mark: a bullet, a dash, an asterisk, a number ("2.", "3)"). */
const LIST_MARK = /^\s*(?:[•*·▪◦‣►▸●○■□✓✔]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*/u;
/** Words a list item needs to tell an event: a subject, a verb and what it does. */
const MIN_ITEM_WORDS = 4;

/**
 * True for a list item that tells an event: a subject before a finite verb ("Anton at first says
 * he remembers nothing", "His wife Moira has forgotten"), not a question, a label or an
 * instruction (whose verb comes first: "Identify the conventions").
 */
export const isStoryListItem = (s: string): boolean => {
  const mark = LIST_MARK.exec(s);
  if (!mark) return false;
  const item = s.slice(mark[0].length).trim();
  if (/[?:]$/.test(item)) return false;
  const words = item.split(/\s+/);
  if (words.length < MIN_ITEM_WORDS) return false;
  // The subject opens in a capital (a name, "The boss", "Her brother") or a pronoun.
  if (!/^(?:\p{Lu}|(?:he|she|they|it|we)\b)/u.test(item)) return false;
  const verb = firstFiniteVerb(item);
  if (!verb) return false;
  // The verb after a subject, not the item's first word (an instruction or a label's noun).
  const at = words.findIndex((w) => w.toLowerCase().replace(/[^a-z'’]/g, '') === verb.word);
  return at >= 1;
};

/** Stamped sentences a transcript has at least. */
const MIN_TIMED_LINES = 4;
/** Words after its stamp that make a stamped line something said, not a chapter's name. */
const MIN_SAID_WORDS = 6;

/**
 * True for a transcript timed line by line: its stamps count from the start of a recording (a
 * video's, a podcast's: one of them is zero, "00:00", or they carry seconds, "00:12:40"; a
 * listings page's clock times do neither), and they open what is said, sentence by sentence
 * ("01:47 the film opens in a mining town"), not only chapters' names ("29:15 THE FRAME", whose
 * short notes below may be furniture).
 */
export const isTimedTranscript = (lines: readonly string[]): boolean => {
  let stamped = 0;
  let said = 0;
  let zero = false;
  let seconds = 0;
  for (const line of lines) {
    const m = STAMP.exec(line);
    if (!m) continue;
    stamped++;
    if (m[3] !== undefined) seconds++;
    else if (countsFromZero(m)) zero = true;
    const rest = line.slice(m[0].length).trim();
    if (rest.split(/\s+/).length >= MIN_SAID_WORDS && firstFiniteVerb(rest)) said++;
  }
  return said >= MIN_TIMED_LINES && (zero || seconds * 2 >= stamped);
};

/** Where a trailing clause may start: ", and", ", but", ", which", "; ", a dash. */
const CLAUSE_BREAK = /,\s+(?:and|but|so|which|though|although)\b|;\s+|\s+[—–]\s+|\s+-\s+/g;
/** Talk about the film as a made thing: no event of its story ("it's a really simple crime story"). */
const FILM_TALK =
  /\b(?:film|movie|story|plot|scenes?|shots?|frames?|script|screenplay|director|camera|score|soundtrack|ending|sequence|b-movie|rewatch|edit(?:ing|ed)?|cut|acting|performances?|played by|plays|actor|actress|cast|character|flashbacks?|payoff|pacing|tone|on the nose)\b/i;
/** Words the story's clause before a trailing aside has at least. */
const MIN_CLAUSE_WORDS = 5;

/**
 * The story's part of a sentence whose opening clause tells an event and whose later clauses
 * are the speaker's aside: the opening clause has a finite verb and none of the aside's marks
 * (`isAside`). Null when the sentence opens in the speaker's voice.
 */
export const storyClauseBeforeAside = (
  sentence: string,
  isAside: (clause: string) => boolean,
): string | null => {
  CLAUSE_BREAK.lastIndex = 0;
  const m = CLAUSE_BREAK.exec(sentence);
  if (!m) return null;
  const first = sentence.slice(0, m.index);
  // A time stamp or a speaker's label opening a transcript's line is no part of the clause.
  const told = first.replace(STAMP, '').replace(/^\s*\p{Lu}[\p{L} .'’-]{0,30}:\s*/u, '');
  if (told.trim().split(/\s+/).length < MIN_CLAUSE_WORDS) return null;
  if (isAside(told) || FILM_TALK.test(told) || !firstFiniteVerb(told)) return null;
  return first;
};

/**
 * The viewer's "you" of a spoken retelling: "you see her sorting the mail", "you can tell she's
 * heartbroken", "you learn that ...". Like a synopsis's "we see", it follows the story rather
 * than talking to the page's reader.
 */
const VIEWER_YOU =
  /(?<!\b(?:if|when|unless|once|until|before|as|after) )\byou (?:can |could |then |now |finally |never |only |just |actually |soon |immediately |slowly )?(?:see|saw|watch|hear|notice|realise|realize|learn|find out|discover|tell (?:that |she|he|they)|get the sense|understand)\b(?! (?:it|this|the (?:film|movie)|them all)\b)/gi;

/** How many times `s` says "you" as the viewer following the story (VIEWER_YOU). */
export const viewerYouCount = (s: string): number => s.match(VIEWER_YOU)?.length ?? 0;

/**
 * A parents' guide's count of a film's words or references: "About a dozen uses of 'damn'",
 * "Infrequent mild cursing in German.", "A handful of mild exclamations." (its notes on violence
 * may tell the story's events briefly and stay; a count of swearing tells none).
 */
const LANGUAGE_COUNT =
  /^[\s•*·\-–—]*(?:(?:about|around|roughly|approximately|at least|over|under|nearly|only) )?(?:a dozen|dozens|a handful|a couple|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|\d+|several|many|numerous|a few|few|infrequent|frequent|occasional|repeated|constant|some|no|mild|moderate|strong)\b[^.!?]{0,40}?\b(?:uses? of|instances? of|curses|cursing|swearing|profanit(?:y|ies)|expletives?|exclamations|obscenit(?:y|ies)|crude (?:language|humou?r)|sexual references|innuendo|slurs?|name-calling|insults)\b/i;

/** True for a guide's note that counts the film's swearing or crude words (LANGUAGE_COUNT). */
export const isLanguageCount = (s: string, words: number): boolean =>
  words <= 40 && LANGUAGE_COUNT.test(s);

/**
 * The story inside a spoken paragraph where the speaker's sentences ("I love this bit", "I
 * honestly think she's the best thing in it") alternate with the story's ("Vera hides Aldo in the
 * attic."): from the first sentence that tells an event to the last one, when one of them names a
 * person of the story (`names`). A story sentence is none of the speaker's (`isAside`), no talk
 * about the film as a made thing, and has a finite verb. Null when no sentence tells the story.
 */
export const storyAmongAsides = (
  s: string,
  isAside: (sentence: string) => boolean,
  names: (sentence: string) => number,
): { from: number; to: number } | null => {
  let from = -1;
  let to = -1;
  let named = false;
  for (const m of s.matchAll(SENTENCE_SPAN)) {
    const x = m[0].trim().replace(/^\[[^\]]{1,30}\]\s*/, '');
    if (!/\p{L}/u.test(x) || isAside(x) || FILM_TALK.test(x) || !firstFiniteVerb(x)) continue;
    if (from < 0) from = (m.index ?? 0) + m[0].length - m[0].trimStart().length;
    to = (m.index ?? 0) + m[0].trimEnd().length;
    if (names(x) > 0) named = true;
  }
  return named && from >= 0 ? { from, to } : null;
};

/**
 * A vote or a report link under one entry of a page: "Was this helpful? Yes | No", "Was this
 * summary helpful?", "Report this", "Report a problem". A guide sets one after each paragraph of
 * its summary and each note, so it ends neither the story nor the page.
 */
const ENTRY_VOTE =
  /^(?:was this (?:\w+ )?helpful\b[^.!]{0,60}|report (?:this|an error|a problem)\b[^.!?]{0,40})$/i;

/** True for a vote or a report link under one entry (ENTRY_VOTE). */
export const isEntryVote = (s: string): boolean => s.length <= 100 && ENTRY_VOTE.test(s.trim());

/** A parents' guide's content categories, with an optional rating after them. */
const GUIDE_NOTES_HEADING =
  /^(?:sex(?:ual content)?(?: (?:&|and) nudity)?|nudity|sex,? romance (?:&|and) nudity|romance|violence(?: (?:&|and) (?:gore|scariness))?|gore|profanity|language|swearing|bad language|alcohol(?:, drugs,? (?:&|and) smoking| (?:&|and) drugs)?|drugs(?:,? alcohol,? (?:&|and) smoking| (?:&|and) alcohol)?|smoking|substance use|drinking, drugs,? (?:&|and) smoking|frightening (?:&|and) intense scenes|scary (?:moments|scenes)|intense scenes|consumerism|products (?:&|and) purchases|positive messages|positive role models|role models|educational value|discrimination|mature themes)(?:\s*(?:[:—–|(-]|\s)\s*(?:none|mild|moderate|severe|heavy|strong|some|a lot|\d(?:\.\d)?\s*\/\s*(?:5|10))\b[^.!?]{0,60})?$/i;
/** A guide's heading over its hidden or shown spoilers, where the story may be told. */
const GUIDE_SPOILERS_HEADING =
  /^(?:spoilers?|spoiler (?:section|summary|plot|synopsis|notes))\b[^.!?]{0,30}$/i;

/**
 * What a parents' guide's heading opens: its notes on one kind of content ("Violence & Gore:
 * Moderate", "Language — Mild", "Sex & Nudity"), a rating of its own ("Mild"), its spoilers
 * ("Spoilers"), or none of these (null).
 */
export const guideSectionOf = (h: string): 'notes' | 'rating' | 'spoilers' | null =>
  GUIDE_NOTES_HEADING.test(h.trim())
    ? 'notes'
    : GUIDE_RATING.test(h.trim())
      ? 'rating'
      : GUIDE_SPOILERS_HEADING.test(h.trim())
        ? 'spoilers'
        : null;
/** A rating on a line of its own under a guide's content heading: "Mild", "Moderate (12 votes)". */
const GUIDE_RATING =
  /^(?:none|mild|moderate|severe|heavy|strong|\d(?:\.\d)?\s*\/\s*(?:5|10))\b[^.!?]{0,40}$/i;
