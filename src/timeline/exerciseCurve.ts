import { curvePath, curveScales, CURVE_FRAME, type CurveFrame } from './curve';

/**
 * The reorder exercise's story curve: the exercise's scenes across in the order they are told,
 * and upwards in the order of events twice, once as the film has it and once as the student put
 * them. A perfect answer draws one path on top of the other.
 *
 * Shape: ExerciseCurve, two SVG paths and a point per scene per path, in the frame's units.
 */

/** The exercise's drawing box: the full curve's, a little shorter. */
export const EXERCISE_FRAME: CurveFrame = { ...CURVE_FRAME, height: 420 };

/** Where one scene sits on both paths. */
export interface ExerciseCurvePoint {
  /** 0-based position in the order of telling. */
  storyIndex: number;
  /** Centre of the scene's segment across. */
  x: number;
  /** Height on the film's path (its rank in time) and on the student's (their position). */
  filmY: number;
  studentY: number;
}

/** Both paths of an exercise's curve. */
export interface ExerciseCurve {
  frame: CurveFrame;
  count: number;
  filmPath: string;
  studentPath: string;
  points: ExerciseCurvePoint[];
}

/** Share of a story slot left free at each end of a segment (as on the film's own curve). */
const PAD_SHARE = 0.2;

/**
 * The two paths for `filmRanks[i]` (scene i's rank in time) and `studentRanks[i]` (the position
 * the student gave scene i), both over 0..n-1, with scenes indexed in the order of telling.
 */
export function computeExerciseCurve(
  filmRanks: readonly number[],
  studentRanks: readonly number[],
  frame: CurveFrame = EXERCISE_FRAME,
): ExerciseCurve {
  const n = filmRanks.length;
  const scales = curveScales(n, frame);
  const pad = scales.slotWidth * PAD_SHARE;
  const segments = (ranks: readonly number[]) =>
    ranks.map((rank, i) => ({
      x0: scales.x(i) + pad,
      x1: scales.x(i + 1) - pad,
      y: scales.y(rank),
    }));
  return {
    frame,
    count: n,
    filmPath: curvePath(segments(filmRanks)),
    studentPath: curvePath(segments(studentRanks)),
    points: filmRanks.map((rank, i) => ({
      storyIndex: i,
      x: scales.x(i + 0.5),
      filmY: scales.y(rank),
      studentY: scales.y(studentRanks[i] ?? rank),
    })),
  };
}
