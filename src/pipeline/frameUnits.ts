import type { Segment } from './segment';

/**
 * Part of stage 6 (order): a frame counted in sittings. "During the third recording session, Lise
 * admits ...", "In the fourth session Margit falls asleep", "In the final session, ...": a
 * paragraph that opens on the next (or the final) sitting of a kind the main line has already
 * opened a paragraph on is the frame again, whatever its teller told in between. Only sittings
 * count (sessions, interviews, hearings, visits ...), not the film's own parts ("In the final
 * scene") nor spans of time ("the second day"), which other rules read.
 * Shape: frameUnitOf(opening) -> unit noun or null; order.ts keeps the units the main line opened
 * on and ends a flashback at a paragraph opening on one of them.
 */
const FRAME_UNIT =
  /^\s*(?:(?:in|during|at|by|for|after) )?the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|final|following|closing|concluding) (?:[a-z]+ )?(session|sitting|interview|hearing|meeting|visit|consultation|appointment|interrogation|lesson|recording|class|tape)s?\b/i;

/** The sitting a paragraph opens on ("During the third recording session" -> "session"), or null. */
export const frameUnitOf = (text: string, seg: Segment): string | null => {
  if (!seg.paragraphStart) return null;
  const m = FRAME_UNIT.exec(text.slice(seg.start, Math.min(seg.end, seg.start + 80)));
  return m?.[1]?.toLowerCase() ?? null;
};
