/**
 * Stage 4, segment (read by segment.ts): a speaker's telling that names the year it tells.
 *
 * A past-tense synopsis of a funeral, a trial or a reunion where each speaker tells one time of
 * someone's life states the year inside the telling sentence: "He told the congregation about
 * the day in 1956 when ...", "She described their first winter on the farm, in January 1931,
 * ...", "The old clerk recalled the morning in 1919 when ...", "Ada said that in March 1944 ...".
 * The year is what the speaker tells, and what follows in the paragraph is told with it; the
 * sentences before it (the speaker rising, the room) stay in the frame. segment.ts cuts the
 * paragraph at such a sentence and gives the told scene the year.
 * Shape: tellingLead(lead) -> true when the words before a year are a speaker telling it;
 * toldYearCue(text, sentence) -> the year cue of such a sentence (its first year), or null.
 */
import type { Range } from './text';
import { findCue, namedYear, type TimeCue } from './time';

/** Who tells: a pronoun, a name or two, or "the <someone>" ("the old clerk", "Harry's sister"). */
const SPEAKER =
  "(?:[Hh]e|[Ss]he|[Tt]hey|\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?|[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+|\\p{Lu}[\\p{L}'’-]+['’]s\\s+[\\p{Ll}-]+)";
/** A verb of telling in the past, and what it takes before the thing told. */
const TELLS =
  '(?:told(?:\\s+(?:them|us|him|her|everyone|the\\s+[\\p{Ll}-]+))?(?:\\s+(?:about|of))?|described|recalled|remembered|recounted|related|spoke\\s+(?:of|about)|talked\\s+(?:of|about)|said\\s+that|went\\s+back\\s+to)';

const TELLING_LEAD = new RegExp(
  `^\\s*(?:(?:Then|Next|Finally|At last|Afterwards),?\\s+)?${SPEAKER}\\s+(?:(?:then|also|simply|quietly|only)\\s+)?${TELLS}\\b[^.;!?"“”]{0,90}$`,
  'u',
);

/** True when `lead`, a sentence's words before a year, are a speaker telling what that year held. */
export const tellingLead = (lead: string): boolean => TELLING_LEAD.test(lead);

/** A year in a sentence (not a decade, "1950s"). */
const YEAR = /\b(?:1[5-9]|20)\d\d\b(?!s|['’]s)/;

/**
 * The cue of the year a speaker's telling names in `sentence` ("He told them about the summer in
 * 1952 when ..., and a week later ..."): the first year's, whatever else the sentence moves by.
 */
export const toldYearCue = (text: string, sentence: Range): TimeCue | null => {
  const s = text.slice(sentence.start, sentence.end);
  const m = YEAR.exec(s);
  if (!m || !tellingLead(s.slice(0, m.index))) return null;
  const cue = findCue(text, sentence.start, sentence.start + m.index + m[0].length);
  return cue && namedYear(cue) === Number(m[0]) ? { ...cue, opening: false } : null;
};
