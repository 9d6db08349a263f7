import { useMemo } from 'react';
import { computeExerciseCurve } from '../timeline/exerciseCurve';

/** The film's path: dark and solid. */
const FILM_STYLE = { color: '#0f172a', dash: undefined, width: 3, label: 'The film' } as const;
/** The student's path: orange and dashed, so colour is never the only difference. */
const STUDENT_STYLE = { color: '#c2410c', dash: '10 6', width: 3, label: 'Your order' } as const;

/** Props of the exercise's story curve. */
export interface ExerciseCurveChartProps {
  /** Each scene's rank in the film's time, scenes in the order of telling. */
  filmRanks: readonly number[];
  /** Each scene's position in the student's order, scenes in the order of telling. */
  studentRanks: readonly number[];
  /** How many scenes sit at their right place (for the text alternative). */
  inPlace: number;
}

/**
 * The exercise's story curve: across, the order the film tells the scenes; upwards, the order of
 * events, once as the film has it (solid) and once as the student put them (dashed).
 */
export function ExerciseCurveChart({ filmRanks, studentRanks, inPlace }: ExerciseCurveChartProps) {
  const curve = useMemo(
    () => computeExerciseCurve(filmRanks, studentRanks),
    [filmRanks, studentRanks],
  );
  const { frame } = curve;
  const bottom = frame.height - frame.margin.bottom;
  return (
    <figure className="flex flex-col gap-2" data-testid="exercise-curve">
      <svg
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        className="h-auto w-full rounded border border-slate-200 bg-white"
        role="img"
        aria-label={`Story curve: across, the order the film tells the ${curve.count} scenes; upwards, the order of events, the film’s as a solid line and yours as a dashed line. ${inPlace} of ${curve.count} scenes are at their right place; the table below lists each one.`}
      >
        <line
          x1={frame.margin.left}
          x2={frame.width - frame.margin.right}
          y1={bottom}
          y2={bottom}
          stroke="#94a3b8"
        />
        <line
          x1={frame.margin.left}
          x2={frame.margin.left}
          y1={frame.margin.top}
          y2={bottom}
          stroke="#94a3b8"
        />
        <text
          x={(frame.width + frame.margin.left) / 2}
          y={frame.height - 10}
          textAnchor="middle"
          className="fill-slate-600 text-[18px]"
        >
          Order of telling →
        </text>
        <text
          transform={`translate(16 ${(bottom + frame.margin.top) / 2}) rotate(-90)`}
          textAnchor="middle"
          className="fill-slate-600 text-[18px]"
        >
          Order of events →
        </text>
        {curve.points
          .filter((p) => p.filmY !== p.studentY)
          .map((p) => (
            <line
              key={p.storyIndex}
              x1={p.x}
              x2={p.x}
              y1={p.filmY}
              y2={p.studentY}
              stroke={STUDENT_STYLE.color}
              strokeOpacity={0.25}
              strokeWidth={6}
            />
          ))}
        <path
          d={curve.filmPath}
          fill="none"
          stroke={FILM_STYLE.color}
          strokeWidth={FILM_STYLE.width}
          data-path="film"
        />
        <path
          d={curve.studentPath}
          fill="none"
          stroke={STUDENT_STYLE.color}
          strokeWidth={STUDENT_STYLE.width}
          strokeDasharray={STUDENT_STYLE.dash}
          data-path="student"
        />
        {curve.points.map((p) => (
          <circle
            key={p.storyIndex}
            cx={p.x}
            cy={p.studentY}
            r={4.5}
            fill="white"
            stroke={STUDENT_STYLE.color}
            strokeWidth={2}
          />
        ))}
      </svg>
      <figcaption className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-700">
        {[FILM_STYLE, STUDENT_STYLE].map((style) => (
          <span key={style.label} className="inline-flex items-center gap-1.5">
            <svg width="30" height="8" aria-hidden="true">
              <line
                x1="1"
                x2="29"
                y1="4"
                y2="4"
                stroke={style.color}
                strokeWidth={style.width}
                strokeDasharray={style.dash}
              />
            </svg>
            {style.label}
          </span>
        ))}
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-3 w-1.5 bg-orange-700/25" />
          How far a scene is from its right place
        </span>
      </figcaption>
    </figure>
  );
}
