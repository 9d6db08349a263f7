import { useId } from 'react';
import { PREMISE_ONLY } from '../state/viewState';

/** Props of the spoiler slider. */
export interface SpoilerSliderProps {
  /** Highest visible storyIndex (-1 = premise only). */
  limit: number;
  sceneCount: number;
  onChange: (limit: number) => void;
  onRevealAll: () => void;
}

const describe = (limit: number, sceneCount: number): string =>
  limit <= PREMISE_ONLY
    ? 'Premise only: nothing revealed yet'
    : limit >= sceneCount - 1
      ? `Everything revealed: all ${sceneCount} scenes`
      : `Watched up to scene ${limit + 1} of ${sceneCount}`;

/** How far into the film (in story order) the viewer has watched; what lies beyond is not drawn. */
export function SpoilerSlider({ limit, sceneCount, onChange, onRevealAll }: SpoilerSliderProps) {
  const id = useId();
  const statusId = useId();
  const all = limit >= sceneCount - 1;
  const text = describe(limit, sceneCount);
  return (
    <section className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-900/5">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-sm font-semibold text-slate-900">
          Spoiler limit
        </label>
        <button
          type="button"
          onClick={onRevealAll}
          disabled={all}
          className="rounded-md px-2 py-0.5 text-xs font-medium text-amber-800 hover:bg-amber-50 disabled:cursor-default disabled:text-slate-400 disabled:hover:bg-transparent"
        >
          Reveal all
        </button>
      </div>
      <input
        id={id}
        type="range"
        min={PREMISE_ONLY}
        max={Math.max(PREMISE_ONLY, sceneCount - 1)}
        step={1}
        value={limit}
        aria-valuetext={text}
        aria-describedby={statusId}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
        className="mt-3 w-full accent-amber-600"
      />
      <p id={statusId} className="mt-1.5 text-xs text-slate-600" aria-live="polite">
        {text}
      </p>
    </section>
  );
}
