import { lazy, Suspense, use, useEffect, useRef } from 'react';
import type { Film, Scene } from '../model/film';
import { visibleName } from '../state/spoiler';
import type { SceneOrder } from '../state/viewState';
import { kindStyle } from '../timeline/kinds';
import { CorrectionsContext } from './correctionsContext';
import { KindSwatch } from './KindSwatch';
import { ordinal } from './ordinal';
import { SourcePassage } from './SourcePassage';

// The edit controls load on demand, where the film offers corrections (the explorer does).
const CorrectionControls = lazy(() =>
  import('./CorrectionControls').then((m) => ({ default: m.CorrectionControls })),
);

/** Props of the scene panel. */
export interface ScenePanelProps {
  film: Film;
  scene: Scene;
  order: SceneOrder;
  /** Highest visible storyIndex: characters' names and aliases respect it. */
  limit: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onStep: (delta: 1 | -1) => void;
  onClose: () => void;
}

/** The selected scene: title, kind, time cue, both positions, characters, text and source passage. */
export function ScenePanel({
  film,
  scene,
  order,
  limit,
  hasPrevious,
  hasNext,
  onStep,
  onClose,
}: ScenePanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const correctable = use(CorrectionsContext) !== null;
  const style = kindStyle(scene.kind);
  const byId = new Map(film.characters.map((c) => [c.id, c]));
  const names = scene.characters.map((id) => {
    const c = byId.get(id);
    return c ? visibleName(c, limit) : id;
  });
  const orderName = order === 'story' ? 'story order' : 'chronological order';
  // Under a spoiler limit the rank in time counts revealed scenes only: counting hidden ones would
  // tell the viewer that some scene still to come happened earlier.
  const limited = limit < film.scenes.length - 1;
  const revealed = film.scenes.slice(0, Math.max(0, limit + 1));
  const timeRank = limited
    ? revealed.filter((s) => s.chronoIndex <= scene.chronoIndex).length
    : scene.chronoIndex + 1;
  const timeText = limited
    ? `${ordinal(timeRank)} in time of the ${revealed.length} revealed`
    : `${ordinal(timeRank)} in time`;

  // Screen readers hear the new scene when stepping; focus stays on the control that stepped.
  useEffect(() => {
    headingRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [scene.id]);

  return (
    <aside
      aria-labelledby="scene-panel-title"
      className="animate-fade-in rounded-xl bg-white shadow-sm ring-1 ring-slate-900/5"
    >
      <div className="flex items-start justify-between gap-3 border-b border-slate-100 p-4">
        <div className="min-w-0">
          <p className="flex items-center gap-2 text-xs font-medium tracking-wide text-slate-600 uppercase">
            <KindSwatch kind={scene.kind} size={11} />
            {style.label}
            {scene.timeCue && (
              <>
                <span aria-hidden="true">·</span>
                <span className="normal-case">{scene.timeCue}</span>
              </>
            )}
          </p>
          <h2
            ref={headingRef}
            id="scene-panel-title"
            aria-live="polite"
            className="mt-1 font-display text-xl leading-tight font-semibold text-slate-900"
          >
            {scene.title || `Scene ${scene.storyIndex + 1}`}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            Scene {scene.storyIndex + 1} of {film.scenes.length} as told; {timeText}
          </p>
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close scene panel"
          title="Close (Esc)"
          className="-m-1 shrink-0 rounded-md p-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
        >
          <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
            <path
              d="M5 5l10 10M15 5L5 15"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
          </svg>
        </button>
      </div>
      <div className="space-y-4 p-4">
        {names.length > 0 && (
          <div>
            <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
              Characters
            </h3>
            <ul className="mt-1.5 flex flex-wrap gap-1.5">
              {names.map((name, i) => (
                <li
                  key={scene.characters[i]}
                  className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700"
                >
                  {name}
                </li>
              ))}
            </ul>
          </div>
        )}
        {(scene.location || scene.timeOfDay) && (
          <p className="text-xs text-slate-600">
            {[scene.location, scene.timeOfDay].filter(Boolean).join(' · ')}
          </p>
        )}
        {scene.text ? (
          <p className="text-[0.95rem] leading-relaxed text-slate-800">{scene.text}</p>
        ) : (
          <p className="text-sm text-slate-600 italic">
            This film’s data gives the scene’s place in both orders, but no summary text.
          </p>
        )}
        {scene.sources.length > 0 && (
          <div>
            <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
              Source passage
            </h3>
            <div className="mt-1.5 space-y-3">
              {scene.sources.map((span) => (
                <SourcePassage
                  key={`${span.file}:${span.start}`}
                  film={film}
                  span={span}
                  limit={limit}
                />
              ))}
            </div>
          </div>
        )}
        {correctable && (
          <Suspense fallback={null}>
            <CorrectionControls film={film} scene={scene} limit={limit} />
          </Suspense>
        )}
      </div>
      <nav
        aria-label="Step through scenes"
        className="flex items-center justify-between gap-2 border-t border-slate-100 p-3"
      >
        <button
          type="button"
          onClick={() => onStep(-1)}
          disabled={!hasPrevious}
          className="rounded-lg px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-40"
        >
          ← Previous
        </button>
        <span className="text-xs text-slate-600">in {orderName}</span>
        <button
          type="button"
          onClick={() => onStep(1)}
          disabled={!hasNext}
          className="rounded-lg px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-40"
        >
          Next →
        </button>
      </nav>
    </aside>
  );
}
