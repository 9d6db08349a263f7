import type { Segment } from './segment';
import type { Placement } from './order';
import { STEP } from './text';

/**
 * Part of stage 6 (order), a last pass: a year's section taken up again. On a page of sections
 * headed by years out of order ("1998", "1962", "1973", "1985", "1998 (continued)"), a later
 * section headed by the same year as an earlier one goes on from it: it lies after the earlier
 * section's last moment, however the readings before placed the year's first section (the
 * frame the others are told from, read after them all). The year threads (order.ts) already keep
 * a bare "1998" or "1998, continued" with its first section; a heading with a note in brackets
 * ("1998 (continued)", "1944 (again)") was read as a past year of the flashbacks instead.
 * Negatives: two sections of different years, or a year heading met once, move nothing; a later
 * section already after the earlier one stays where it is.
 * Shape: applyYearSections(text, segments, out) adjusts `out` (t, and kind: the earlier section's) in place.
 */

/**
 * A heading that is a year and nothing more but a short note: "1998", "1998 (continued)",
 * "1944 (again)", "2011, continued", "1973:". Not a date ("14 August 1996") nor a title.
 */
const YEAR_HEADING =
  /^\s*(1[5-9]\d\d|20\d\d)\s*(?:\([\p{L} .]{1,20}\)|[,:—–-]\s*[\p{L}]+(?: [\p{L}]+)?)?\s*[.:]?\s*$/u;

/** The headed sections: [first segment, end segment (exclusive)], with the year they name. */
const sections = (
  text: string,
  segments: readonly Segment[],
): { from: number; to: number; year: number }[] => {
  const out: { from: number; to: number; year: number }[] = [];
  let open: { from: number; year: number | null } | null = null;
  segments.forEach((seg, i) => {
    if (!seg.headed) return;
    if (open?.year != null) out.push({ from: open.from, to: i, year: open.year });
    const heading = seg.lead ? YEAR_HEADING.exec(text.slice(seg.lead.start, seg.lead.end)) : null;
    open = { from: i, year: heading ? Number(heading[1]) : null };
  });
  const last = open as { from: number; year: number | null } | null;
  if (last?.year != null) out.push({ from: last.from, to: segments.length, year: last.year });
  return out;
};

export const applyYearSections = (text: string, segments: Segment[], out: Placement[]): void => {
  const all = sections(text, segments);
  for (const [k, later] of all.entries()) {
    const earlier = all.slice(0, k).find((s) => s.year === later.year);
    if (!earlier) continue;
    const ts = (s: { from: number; to: number }) => out.slice(s.from, s.to).map((p) => p.t);
    const earlierEnd = Math.max(...ts(earlier));
    if (Math.min(...ts(later)) >= earlierEnd) continue;
    // Just after the earlier section's last moment, before anything placed after it.
    const next = Math.min(earlierEnd + STEP, ...out.map((p) => p.t).filter((t) => t > earlierEnd));
    const n = later.to - later.from;
    const kind = out[earlier.from]?.kind;
    for (let i = later.from; i < later.to; i++) {
      const p = out[i];
      if (!p) continue;
      p.t = earlierEnd + ((i - later.from + 1) * (next - earlierEnd)) / (n + 1);
      if (kind) p.kind = kind;
    }
  }
};
