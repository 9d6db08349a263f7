import type { Segment } from './segment';
import type { Placement } from './order';
import { STEP } from './text';

/**
 * Part of stage 6b (order): a part of the film set after all the others. A chaptered film told
 * out of order may open its last part by saying so: "The last chapter was set long after the
 * others", "The final section takes place years after everything else", "The epilogue is set
 * decades after the rest". That paragraph lies after every moment told before it, in text
 * order.
 * Negatives: "set two days after the wedding" (after one event, not the others) moves nothing.
 * Shape: applyAfterAll(text, segments, out) adjusts `out` (t and kind) in place.
 */

const AFTER_ALL =
  /^(?:the|this|its) (?:last|final|closing|fifth|sixth|seventh|next) (?:chapter|part|section|episode|segment|act|story|movement)(?: of the film)? (?:is|was) set (?:long|many years|years|decades|a generation|a lifetime|well) after (?:the others|all the others|the rest|everything else|all the rest|everything before it)\b|^the (?:epilogue|coda) (?:is|was) set (?:long|many years|years|decades|a generation) after (?:the others|the rest|everything else|everything before it)\b/i;
/** How far after the latest moment told the part lies (days): years on. */
const AFTER_DAYS = 10 * 365;

export const applyAfterAll = (text: string, segments: Segment[], out: Placement[]): void => {
  const i = segments.findIndex((seg) => {
    const r = seg.sentences[0];
    return seg.paragraphStart && r !== undefined && AFTER_ALL.test(text.slice(r.start, r.end));
  });
  if (i < 0) return;
  let latest = -Infinity;
  for (let k = 0; k < i; k++) latest = Math.max(latest, out[k]?.t ?? -Infinity);
  if (!Number.isFinite(latest)) return;
  let t = latest + AFTER_DAYS;
  for (let k = i; k < segments.length; k++) {
    const seg = segments[k];
    const p = out[k];
    if (!seg || !p) continue;
    if (k > i && seg.paragraphStart) break;
    p.t = t;
    p.kind = 'present';
    t += STEP;
  }
};
