import type { SceneKind } from '../model/film';
import { KIND_STYLES, kindStyle } from '../timeline/kinds';

// From the palette rather than the schema module, which would pull zod into the initial bundle.
const SCENE_KINDS = Object.keys(KIND_STYLES) as SceneKind[];
import { KindSwatch } from './KindSwatch';

/** The key to the marks: each kind's colour and shape, and the arcs of chronological order. */
export function Legend({ showArcs }: { showArcs: boolean }) {
  return (
    <ul
      aria-label="Legend"
      className="flex flex-wrap items-center gap-x-4 gap-y-1.5 text-xs text-slate-600"
    >
      {SCENE_KINDS.map((kind) => (
        <li
          key={kind}
          className="flex items-center gap-1.5"
          title={kindStyle(kind).shapeDescription}
        >
          <KindSwatch kind={kind} />
          <span>{kindStyle(kind).label}</span>
        </li>
      ))}
      {showArcs && (
        <>
          <li className="flex items-center gap-1.5">
            <svg width="26" height="12" aria-hidden="true">
              <path
                d="M2 11 Q13 -3 24 11"
                fill="none"
                stroke="#475569"
                strokeWidth="1.5"
                strokeDasharray="3 2"
              />
            </svg>
            <span>Jump back in time</span>
          </li>
          <li className="flex items-center gap-1.5">
            <svg width="26" height="12" aria-hidden="true">
              <path d="M2 1 Q13 15 24 1" fill="none" stroke="#475569" strokeWidth="1.5" />
            </svg>
            <span>Jump forward</span>
          </li>
        </>
      )}
    </ul>
  );
}
