import type { Segment } from './segment';
import { clipSentences, tenseProfile } from './text';
import type { TimeCue } from './time';

/**
 * Stage 4 (segment), a last split: a thing found in the present carries the telling into the
 * past in the middle of a sentence. "At the back of the cupboard she finds a pair of skates,
 * and we're suddenly in the winter of 1976: ...", "She puts the tape on and it takes her to a
 * dance hall in Leeds, where ...", "It's the key to the boathouse, and the film takes us to the
 * summer of 1985". The sentence's first part (the finding) is the present; from the carrying
 * words on, with the rest of the segment, the past the thing opens: a flashback, dated when
 * the words name a year. Without the cut, the finding and the memory share one scene, which
 * is then neither the present's moment nor the memory's.
 *
 * Negatives: a clause that does not open after "and" or "then" (a carrier opening the sentence
 * is the segmenter's own cut), a lead too short to be a finding (a bare "Then it takes us to
 * 1990"), and a carrier that only moves someone ("the bus takes her to Leeds": no past,
 * since only "us" or the film, or a thing taking someone "back", or a year, is a memory).
 * Shape in/out: Segment[] in text order, spans exact; the memory piece carries the cue.
 */

const SEASON = '(?:(?:early |late )?(?:the (?:spring|summer|autumn|fall|winter) of )?)';
const YEAR = '(?:1[5-9]|20)\\d\\d';
/** The carrying clause, after "and"/"then" (the group is where the clause starts). */
const CARRIED = new RegExp(
  `(?:,\\s*|\\s)(?:and|then|and then)\\s+(` +
    // "we're suddenly in the winter of 1976", "we are back in 1962"
    `we(?:['’]re| are)\\s+(?:(?:suddenly|instantly|abruptly|now|back|right)\\s+)*in\\s+${SEASON}${YEAR}\\b` +
    `|(?:it|this|that|the (?:film|story|movie|song|music|smell|sound|tune|tape|cassette|record|photo(?:graph)?|memory))\\s+(?:(?:suddenly|instantly|immediately|at once)\\s+)?` +
    `(?:takes|carries|sends|drops|throws|whisks|transports|plunges|brings)\\s+` +
    // "takes us to", "takes her back to", "takes her to 1983", "takes us into the summer of 1985"
    `(?:us\\s+(?:back\\s+)?(?:in)?to|(?:her|him|them)\\s+back\\s+(?:in)?to|(?:her|him|them)\\s+(?:in)?to\\s+(?=${SEASON}${YEAR}\\b|an? \\p{L}))` +
    `)`,
  'iu',
);
/** The finding before the carrier is at least this long. */
const MIN_LEAD = 30;
/** The memory after it is at least this long. */
const MIN_MEMORY = 20;
/** A thing found, kept or played in the lead: the carrier is that thing's memory. */
const THING_LEAD =
  /\b(?:finds?|found|opens?|picks? up|comes? across|turns? up|unearths?|digs? out|puts?|plays?|holds?|pulls? out|takes? out|unwraps?|it['’]s|it is|this is)\b/iu;

const YEAR_WORD = new RegExp(`\\b${YEAR}\\b`);
const yearOf = (s: string): number | null => {
  const m = YEAR_WORD.exec(s);
  return m ? Number(m[0]) : null;
};

/** Cuts each segment at the first carrying clause that follows a finding (see above). */
export const splitAtCarriedMemories = (text: string, segments: Segment[]): Segment[] => {
  const out: Segment[] = [];
  for (const sg of segments) {
    let done = false;
    for (const r of sg.sentences) {
      if (done) break;
      const s = text.slice(r.start, r.end);
      const m = CARRIED.exec(s);
      if (!m || m[1] === undefined) continue;
      const at = r.start + m.index + m[0].length - m[1].length;
      // The thing is found in the sentence or before it in the segment ("Behind the stove she
      // finds a tape. She threads it on the machine and it takes her to ...").
      const lead = text.slice(sg.start, at);
      if (at - sg.start < MIN_LEAD || r.end - at < MIN_MEMORY || !THING_LEAD.test(lead)) continue;
      const cueText = m[1];
      const cue: TimeCue = {
        kind: 'flashback',
        text: cueText,
        start: at,
        end: at + cueText.length,
        days: null,
        year: yearOf(text.slice(at, r.end)),
        opening: true,
      };
      // The finding keeps the segment's own cue when it lies before the cut.
      const headCue = sg.cue && sg.cue.start < at ? sg.cue : null;
      // The finding ends before its joining words ("..., and" / "... and then").
      const joined = /[,\s]*\b(?:and then|and|then)\s*$/i.exec(lead);
      const headEnd = sg.start + (joined ? joined.index : lead.trimEnd().length);
      out.push({
        ...sg,
        end: headEnd,
        cue: headCue,
        sentences: clipSentences(sg.sentences, sg.start, headEnd),
        tense: tenseProfile(text, sg.start, headEnd),
      });
      out.push({
        start: at,
        end: sg.end,
        cue,
        paragraphStart: false,
        carried: true,
        sentences: clipSentences(sg.sentences, at, sg.end),
        tense: tenseProfile(text, at, sg.end),
      });
      done = true;
    }
    if (!done) out.push(sg);
  }
  return out;
};
