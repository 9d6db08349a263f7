/**
 * A recording's elapsed time stamps (a video's, a podcast's, a call's transcript): they count
 * from zero, where a chat's or a listings page's stamps are clock times. One test read by two
 * rules: storyShapes14.ts's timed transcript (its lines are what the speaker says) and
 * furniture14.ts's chat export (a transcript whose speakers take turns telling is no chat).
 */

/** A time stamp opening a line: "01:47", "1:02:10", "[00:03:05]". */
export const STAMP = /^\s*\[?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\]?(?=\s|$)/;

/**
 * True for a stamp read by STAMP that counts from zero: the start itself ("0:00", "00:00"), or
 * hours, minutes and seconds within a recording's first ten minutes ("00:00:12", "0:04:31").
 */
export const countsFromZero = (m: RegExpExecArray): boolean =>
  Number(m[1]) === 0 && (m[3] === undefined ? Number(m[2]) === 0 : Number(m[2]) < 10);

/** True when the line opens with a stamp that counts from zero (see countsFromZero). */
export const opensFromZero = (line: string): boolean => {
  const m = STAMP.exec(line);
  return m !== null && countsFromZero(m);
};
