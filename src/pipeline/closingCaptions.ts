import type { Segment } from './segment';
import { tenseProfile } from './text';
import { findCue, type TimeCue } from './time';

/**
 * Part of stage 4 (segment): a time caption that closes its paragraph ("Screen goes black.
 * Caption: SIX MONTHS EARLIER.", "...and the picture freezes. A title card reads "Two years
 * before".", "... Then it cuts to: Ten years later.") is too short to be a scene of its own, so
 * the paragraph split leaves it at the end of the scene it follows. It is the film's cut to what
 * the next paragraph tells: that paragraph's first segment takes its cue.
 * So does a sentence that ends on the film going to a year ("..., and the film finally showed
 * us the missing year, 1979.", "Then the story jumps to 1962."): what follows it is that year,
 * also inside its paragraph (the sentence itself is still the moment it was told from).
 */

/** The words a caption's time follows: "Caption:", "A title card reads", "it cuts to". */
const CAPTION_LEAD =
  /^\s*(?:(?:then|and|next|now)\s*,?\s+)?(?:(?:comes\s+)?(?:(?:a|an|the)\s+)?(?:(?:title|opening|black|white)\s+)?(?:title card|caption|card|intertitle|on-screen (?:title|text|caption)|super(?:imposed)?(?: title)?|subtitle|screen)\s*(?:(?:that\s+)?(?:reads|says|announces|appears)\s*:?|reading|saying|:)|(?:the (?:film|story|movie)|it|we)\s+(?:then\s+|now\s+)?(?:jumps?|cuts?|skips?|goes|go|flashes|rewinds?)(?:\s+back)?\s+to\s*:?)\s*["“‘]?$/iu;

/** What may follow a caption's time in its sentence: its closing marks. */
const CAPTION_TAIL = /^[\s"”’'.!?…]*$/u;

/**
 * A sentence ending on the film going to a year, named after a comma, a colon or "to": "the film
 * finally shows us the missing year, 1979", "and we go back to 1958", "it cuts to: 1962".
 */
const SHOWN_YEAR_END =
  /\b(?:the (?:film|movie|story|picture|narrative)|it|we)\s+(?:(?:then|now|finally|at last|only)\s+)?(?:shows?|showed|shown|goes|go|went|moves?|moved|jumps?|jumped|cuts?|flash(?:es|ed)?|skips?|skipped|takes? us|took us|sees?|saw|gets?|got)\b[^.!?;]{0,50}?(?:,|:|\bto)\s+((?:1[5-9]|20)\d\d)\s*[.!]?["”’]?\s*$/i;

/** The end of a clause the jump follows: "..., and ", "... money and ", "...; ". */
const CLAUSE_BEFORE = /\S.*(?:(?:,\s*|\s)(?:and|then|until|before|so)\s+|[,;]\s*)$/u;

/** The year a sentence ends on the film going to, as a cue, or null. */
const shownYearCue = (text: string, start: number, end: number): TimeCue | null => {
  const sentence = text.slice(start, end);
  const m = SHOWN_YEAR_END.exec(sentence);
  const year = m?.[1];
  if (!m || year === undefined) return null;
  // Only a jump closing a sentence that told something first ("Teddy told Rosa the truth, and the
  // film showed us 1979."): a sentence that is the jump alone ("The film jumps back to 1990.")
  // is read as a cue of its own.
  if (!CLAUSE_BEFORE.test(sentence.slice(0, m.index))) return null;
  const at = start + m.index + m[0].lastIndexOf(year);
  return {
    kind: 'year',
    text: year,
    start: at,
    end: at + year.length,
    days: null,
    year: Number(year),
    opening: true,
  };
};

/**
 * Splits a segment after a sentence (not its last) that ends on the film going to a year: the
 * sentences after it open a segment of that year.
 */
export const splitAfterShownYears = (text: string, segments: Segment[]): Segment[] => {
  const out: Segment[] = [];
  for (const seg of segments) {
    let cur = seg;
    for (let k = 0; k + 1 < cur.sentences.length; k++) {
      const r = cur.sentences[k];
      const next = cur.sentences[k + 1];
      if (!r || !next) continue;
      const cue = shownYearCue(text, r.start, r.end);
      if (!cue) continue;
      // The sentence itself is the moment it was told from: a cue it gave its segment ("...,
      // and we go back to 1967.") goes with what follows.
      const own = cur.cue !== null && cur.cue.start >= r.start && cur.cue.start < r.end;
      const head: Segment = {
        ...cur,
        cue: own ? null : cur.cue,
        end: r.end,
        sentences: cur.sentences.slice(0, k + 1),
        tense: tenseProfile(text, cur.start, r.end),
      };
      out.push(head);
      const { lead: _lead, headed: _headed, ...rest } = cur;
      cur = {
        ...rest,
        start: next.start,
        cue,
        paragraphStart: false,
        sentences: cur.sentences.slice(k + 1),
        tense: tenseProfile(text, next.start, cur.end),
      };
      k = -1;
    }
    out.push(cur);
  }
  return out;
};

/** Kinds of cue a closing caption hands on: a jump in time. */
const HANDED = new Set<TimeCue['kind']>(['back', 'forward', 'year']);

/** The cue of a caption that is the whole of the sentence `[start, end)`, or null. */
export const closingCaptionCue = (text: string, start: number, end: number): TimeCue | null => {
  const shown = shownYearCue(text, start, end);
  if (shown) return shown;
  const cue = findCue(text, start, end);
  if (!cue || !HANDED.has(cue.kind)) return null;
  if (!CAPTION_TAIL.test(text.slice(cue.end, end))) return null;
  const lead = text.slice(start, cue.start);
  if (!/^\s*["“‘]?$/u.test(lead) && !CAPTION_LEAD.test(lead)) return null;
  return cue;
};

/**
 * Hands a caption closing a paragraph on to the next paragraph's first segment, when that
 * segment opens on no jump of its own. The segment the caption closes loses the cue if it took it.
 */
export const handOnClosingCaptions = (text: string, segments: Segment[]): Segment[] => {
  const out = segments.map((s) => ({ ...s }));
  for (let i = 0; i + 1 < out.length; i++) {
    const seg = out[i];
    const next = out[i + 1];
    if (!seg || !next || !next.paragraphStart || seg.sentences.length < 2) continue;
    if (next.cue && next.cue.kind !== 'forward') continue;
    const last = seg.sentences[seg.sentences.length - 1];
    if (!last) continue;
    const cue = closingCaptionCue(text, last.start, last.end);
    if (!cue) continue;
    // Only what lies between the caption and the next paragraph is blank.
    if (text.slice(last.end, next.start).trim() !== '') continue;
    next.cue = { ...cue, opening: true };
    if (seg.cue && seg.cue.start === cue.start) seg.cue = null;
  }
  return out;
};
