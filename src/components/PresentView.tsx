import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Film } from '../model/film';
import { presentScenes, presentStep } from '../state/present';
import { scenesInOrder, visibleName } from '../state/spoiler';
import { useViewStore } from '../state/store';
import { replacingHistory } from '../state/useUrlSync';
import { FIT, PREMISE_ONLY, type ZoomWindow } from '../state/viewState';
import { computeLayout, KIND_STYLES, ordinal } from '../timeline';
import { exitFullscreenQuietly, requestFullscreenQuietly } from './fullscreen';
import { KindSwatch } from './KindSwatch';
import { OrderToggle } from './OrderToggle';
import { Timeline } from './Timeline';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

/** Props of present mode. */
export interface PresentViewProps {
  film: Film;
  /** Highest visible storyIndex (spoiler limit): nothing beyond it is shown. */
  limit: number;
  /** Scene ids kept by the character filter; null = no filter. */
  highlighted: ReadonlySet<string> | null;
}

/** Leaves present mode, and full screen with it. */
function leavePresent(): void {
  exitFullscreenQuietly();
  useViewStore.getState().exitPresent();
}

/**
 * Present mode, for a projector: the whole viewport, large high-contrast type, one scene at a
 * time with its place in both orders, and the timeline underneath, morphing when the order
 * switches. ← → step through the scenes the spoiler limit and character filter allow, O switches
 * the order, Esc (or Exit) leaves. Rendered over the app, which is inert meanwhile.
 */
export default function PresentView({ film, limit, highlighted }: PresentViewProps) {
  const order = useViewStore((s) => s.order);
  const sceneId = useViewStore((s) => s.scene);
  const sizing = useViewStore((s) => s.sizing);
  const [zoom, setZoom] = useState<ZoomWindow>(FIT);
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);
  const regionRef = useRef<HTMLDivElement>(null);

  const ordered = useMemo(() => scenesInOrder(film, limit, order), [film, limit, order]);
  const shown = useMemo(() => presentScenes(ordered, highlighted), [ordered, highlighted]);
  const layout = useMemo(() => computeLayout(film, limit, 'equal'), [film, limit]);
  const scene = ordered.find((s) => s.id === sceneId);
  const at = scene ? shown.findIndex((s) => s.id === scene.id) : -1;

  // The app underneath leaves the tab order and the page stops scrolling behind.
  useEffect(() => {
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    // A dialog closing over present mode (the spoiler question) un-inerts the app: inert it again.
    const keepInert = new MutationObserver(() => {
      if (root && !root.hasAttribute('inert')) root.setAttribute('inert', '');
    });
    if (root) keepInert.observe(root, { attributes: true, attributeFilter: ['inert'] });
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    regionRef.current?.focus();
    return () => {
      keepInert.disconnect();
      root?.removeAttribute('inert');
      document.body.style.overflow = overflow;
    };
  }, []);

  // Nothing (or a hidden or filtered-out scene) selected: start at the first scene shown.
  useEffect(() => {
    const first = shown[0];
    if (first && (scene === undefined || (highlighted !== null && !highlighted.has(scene.id)))) {
      replacingHistory(() => useViewStore.getState().selectScene(first.id));
    }
  }, [shown, scene, highlighted]);

  // Leaving full screen with the browser's own Esc leaves present mode too.
  useEffect(() => {
    let was = document.fullscreenElement !== null;
    const onChange = () => {
      const now = document.fullscreenElement !== null;
      if (was && !now) useViewStore.getState().exitPresent();
      was = now;
      setFullscreen(now);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const shortcuts = useMemo(
    () => ({
      step: (delta: 1 | -1) => {
        const { scene: current } = useViewStore.getState();
        const next = presentStep(ordered, shown, current, delta);
        if (next !== null && next !== current) useViewStore.getState().selectScene(next);
        return next;
      },
      toggleOrder: () => useViewStore.getState().toggleOrder(),
      closePanel: leavePresent,
    }),
    [ordered, shown],
  );
  useKeyboardShortcuts(shortcuts);

  const onSelectScene = useCallback((id: string) => useViewStore.getState().selectScene(id), []);
  const names = useMemo(() => new Map(film.characters.map((c) => [c.id, c])), [film]);
  const kind = scene ? KIND_STYLES[scene.kind] : null;
  const storyPos = scene ? scene.storyIndex + 1 : 0;
  const timeRank = scene ? (layout.chronoRankVisible[scene.storyIndex] ?? 0) + 1 : 0;
  const cast = scene
    ? scene.characters.flatMap((id) => {
        const c = names.get(id);
        return c ? [visibleName(c, limit)] : [];
      })
    : [];

  return createPortal(
    <div
      ref={regionRef}
      role="region"
      aria-label="Present mode"
      tabIndex={-1}
      data-present=""
      className="fixed inset-0 outline-none z-40 flex flex-col overflow-hidden bg-white text-slate-950"
    >
      <div className="flex flex-wrap items-center justify-between gap-4 border-b-2 border-slate-900 px-8 py-4 xl:px-12">
        <p className="font-display text-2xl font-semibold xl:text-3xl">{film.title}</p>
        <div className="flex flex-wrap items-center gap-3">
          <OrderToggle order={order} onChange={(o) => useViewStore.getState().setOrder(o)} />
          {!fullscreen && typeof document.documentElement.requestFullscreen === 'function' && (
            <button
              type="button"
              onClick={requestFullscreenQuietly}
              className="rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-slate-400 hover:bg-slate-100"
            >
              Full screen
            </button>
          )}
          <button
            type="button"
            onClick={leavePresent}
            className="rounded-lg bg-slate-900 px-4 py-1.5 text-sm font-semibold text-white hover:bg-slate-700"
          >
            Exit <span className="font-normal text-slate-300">(Esc)</span>
          </button>
        </div>
      </div>

      <div className="flex min-h-0 flex-1 flex-col justify-center gap-6 overflow-y-auto px-8 py-6 xl:px-16">
        {scene && kind ? (
          <article aria-live="polite" aria-atomic="true" className="space-y-6">
            <p className="flex flex-wrap items-center gap-x-4 gap-y-2 text-2xl font-medium text-slate-700 xl:text-3xl">
              <span className="inline-flex items-center gap-3 text-slate-950">
                <KindSwatch kind={scene.kind} size={26} />
                {kind.label}
              </span>
              {scene.timeCue && <span>· {scene.timeCue}</span>}
              {scene.location && <span>· {scene.location}</span>}
            </p>
            <h2
              data-present-title=""
              className="font-display text-5xl leading-tight font-bold text-balance xl:text-7xl"
            >
              {scene.title || `Scene ${storyPos}`}
            </h2>
            <dl className="grid max-w-5xl grid-cols-2 gap-6">
              <div
                data-position="story"
                className={`rounded-xl px-5 py-3 ring-2 ${order === 'story' ? 'bg-slate-900 text-white ring-slate-900' : 'ring-slate-300'}`}
              >
                <dt className="text-lg font-semibold tracking-wide uppercase opacity-80">
                  Story order
                </dt>
                <dd className="text-3xl font-bold xl:text-4xl">
                  {ordinal(storyPos)} told{' '}
                  <span className="text-xl font-medium opacity-80">of {layout.sceneCount}</span>
                </dd>
              </div>
              <div
                data-position="chrono"
                className={`rounded-xl px-5 py-3 ring-2 ${order === 'chrono' ? 'bg-slate-900 text-white ring-slate-900' : 'ring-slate-300'}`}
              >
                <dt className="text-lg font-semibold tracking-wide uppercase opacity-80">
                  Chronological order
                </dt>
                <dd className="text-3xl font-bold xl:text-4xl">
                  {ordinal(timeRank)} in time{' '}
                  <span className="text-xl font-medium opacity-80">
                    of the {layout.visible.length} revealed
                  </span>
                </dd>
              </div>
            </dl>
            {scene.text && (
              <p className="line-clamp-4 max-w-6xl text-2xl leading-snug text-slate-800 xl:text-3xl">
                {scene.text}
              </p>
            )}
            {cast.length > 0 && (
              <p className="text-xl text-slate-700 xl:text-2xl">
                <span className="font-semibold text-slate-950">With</span> {cast.join(', ')}
              </p>
            )}
          </article>
        ) : (
          <div className="max-w-5xl space-y-4">
            <h2 className="font-display text-5xl font-bold">{film.title}</h2>
            <p className="text-2xl leading-snug text-slate-800">
              {limit === PREMISE_ONLY
                ? (film.premise?.text ?? '')
                : 'No scene matches the character filter.'}
            </p>
            {limit === PREMISE_ONLY && (
              <p className="text-xl text-slate-600">
                Nothing is revealed yet: leave present mode and move the Spoiler limit to show
                scenes.
              </p>
            )}
          </div>
        )}
      </div>

      <div className="space-y-2 border-t-2 border-slate-900 px-8 pt-3 pb-5 xl:px-12">
        <p className="flex flex-wrap justify-between gap-2 text-lg text-slate-800 xl:text-xl">
          <span data-present-step="">
            {at >= 0 ? `${at + 1} of ${shown.length}` : `${shown.length} scenes`} in{' '}
            {order === 'story' ? 'story' : 'chronological'} order
            {highlighted !== null && ' (character filter on)'}
          </span>
          <span className="text-slate-600">← → step · O switches the order · Esc exits</span>
        </p>
        <Timeline
          film={film}
          order={order}
          revealLimit={limit}
          highlighted={highlighted}
          selectedSceneId={scene ? scene.id : null}
          lanes={null}
          sizing={sizing}
          zoom={zoom}
          onSelectScene={onSelectScene}
          onZoomChange={setZoom}
        />
      </div>
    </div>,
    document.body,
  );
}
