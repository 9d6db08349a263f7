import { lazy, Suspense, use, useCallback, useEffect, useMemo, useState } from 'react';
import type { Film } from '../model/film';
import { highlightedScenes } from '../state/highlight';
import { useNoticeStore } from '../state/notices';
import { introducedCharacters, scenesInOrder } from '../state/spoiler';
import { pickViewState, useViewStore } from '../state/store';
import { validateAgainstFilm } from '../state/url';
import { replacingHistory } from '../state/useUrlSync';
import { effectiveRevealLimit, PREMISE_ONLY } from '../state/viewState';
import { CharacterFilter } from './CharacterFilter';
import { CorrectionsContext } from './correctionsContext';
import { ErrorBoundary } from './ErrorBoundary';
import { ExportMenu } from './ExportMenu';
import { FilmHeader } from './FilmHeader';
import { Legend } from './Legend';
import { LocalFilmBar } from './LocalFilmBar';
import { OrderToggle } from './OrderToggle';
import { PresentButton } from './PresentButton';
import { RevealLinkDialog } from './RevealLinkDialog';
import { ScenePanel } from './ScenePanel';
import { SeenDialog } from './SeenDialog';
import { SizingToggle } from './SizingToggle';
import { SpoilerSlider } from './SpoilerSlider';
import { Timeline } from './Timeline';
import { ToggleButton } from './ToggleButton';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

/** Lanes drawn when lanes are on but no character is chosen: the most present ones. */
const DEFAULT_LANE_COUNT = 5;
/** While present mode is open it owns the keyboard: the film view's shortcuts pause. */
const NO_SHORTCUTS = {};

// The table view is rarely opened: its code loads on demand.
const SceneTable = lazy(() => import('./SceneTable').then((m) => ({ default: m.SceneTable })));
// The story curve and the structure summary load on demand too.
const StoryCurve = lazy(() => import('./StoryCurve').then((m) => ({ default: m.StoryCurve })));
const FilmSummary = lazy(() => import('./FilmSummary').then((m) => ({ default: m.FilmSummary })));
// Present mode (for a projector) loads on demand.
const PresentView = lazy(() => import('./PresentView'));
// The teacher's exercise maker too.
const ExerciseMaker = lazy(() => import('./ExerciseMaker'));
// The corrections list shows once the viewer has made a correction.
const CorrectionsBar = lazy(() =>
  import('./CorrectionsBar').then((m) => ({ default: m.CorrectionsBar })),
);

/**
 * Closes the scene panel; if that drops keyboard focus (it was inside the panel), focus returns to
 * the scene's mark so a keyboard user keeps their place on the timeline.
 */
function closePanelKeepingFocus(): void {
  const id = useViewStore.getState().scene;
  useViewStore.getState().selectScene(null);
  if (id === null) return;
  requestAnimationFrame(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    document.querySelector<HTMLElement>(`[data-scene-id="${CSS.escape(id)}"]`)?.focus();
  });
}

/** Props of the film view. */
export interface FilmViewProps {
  film: Film;
}

/** One film explored: header, controls, timeline, table, scene panel and the spoiler dialogs. */
export function FilmView({ film }: FilmViewProps) {
  const order = useViewStore((s) => s.order);
  const sceneId = useViewStore((s) => s.scene);
  const chars = useViewStore((s) => s.chars);
  const match = useViewStore((s) => s.match);
  const reveal = useViewStore((s) => s.reveal);
  const lanesOn = useViewStore((s) => s.lanes);
  const sizing = useViewStore((s) => s.sizing);
  const zoom = useViewStore((s) => s.zoom);
  const view = useViewStore((s) => s.view);
  const present = useViewStore((s) => s.present);
  const actions = useViewStore.getState();
  const [tableOpen, setTableOpen] = useState(false);
  const [makerOpen, setMakerOpen] = useState(false);

  // The tab and the history list name the film.
  useEffect(() => {
    const before = document.title;
    document.title = `${film.title} · Fabula`;
    return () => {
      document.title = before;
    };
  }, [film.title]);

  // Step 2 of reading a link: drop what this film does not have, and say so. Also after Back or
  // Forward (or any other URL read) within the same film: the film stays mounted then.
  useEffect(() => {
    const current = pickViewState(useViewStore.getState());
    const { state, ignored } = validateAgainstFilm(current, film);
    if (state !== current) replacingHistory(() => useViewStore.getState().applyUrlState(state));
    if (ignored.length > 0) useNoticeStore.getState().addIgnored(ignored);
  }, [film, sceneId, chars, reveal]);

  const n = film.scenes.length;
  const limit = effectiveRevealLimit(reveal, n);
  const characters = useMemo(() => introducedCharacters(film, limit), [film, limit]);
  const highlighted = useMemo(
    () => highlightedScenes(film, chars, match, limit),
    [film, chars, match, limit],
  );
  const ordered = useMemo(() => scenesInOrder(film, limit, order), [film, limit, order]);
  const lanes = useMemo(() => {
    if (!lanesOn) return null;
    const introduced = new Set(characters.map((c) => c.id));
    const chosen = chars.filter((id) => introduced.has(id));
    return chosen.length > 0 ? chosen : characters.slice(0, DEFAULT_LANE_COUNT).map((c) => c.id);
  }, [lanesOn, chars, characters]);

  const selected = sceneId === null ? undefined : film.scenes.find((s) => s.id === sceneId);
  const selectedVisible = selected !== undefined && selected.storyIndex <= limit;
  const position = selectedVisible ? ordered.findIndex((s) => s.id === selected.id) : -1;

  const shortcuts = useMemo(
    () => ({
      step: (delta: 1 | -1) => {
        useViewStore.getState().stepScene(film, delta);
        return useViewStore.getState().scene;
      },
      toggleOrder: () => useViewStore.getState().toggleOrder(),
      closePanel: closePanelKeepingFocus,
    }),
    [film],
  );
  useKeyboardShortcuts(present ? NO_SHORTCUTS : shortcuts);

  const onSelectScene = useCallback((id: string) => useViewStore.getState().selectScene(id), []);
  const onZoomChange = useCallback(
    (z: { start: number; end: number }) => useViewStore.getState().setZoom(z),
    [],
  );

  const askSeen = reveal === null;
  const corrections = use(CorrectionsContext);
  const hasCorrections =
    corrections !== null && (corrections.corrections.length > 0 || corrections.notice !== null);
  const askReveal = !askSeen && selected !== undefined && !selectedVisible;

  return (
    <div className="space-y-5">
      <FilmHeader film={film} />
      <LocalFilmBar filmId={film.id} />
      {hasCorrections && (
        <ErrorBoundary view="The corrections list" resetKey={film.id}>
          <Suspense fallback={null}>
            <CorrectionsBar limit={limit} />
          </Suspense>
        </ErrorBoundary>
      )}

      <div
        className={`grid items-start gap-4 lg:grid-cols-[16rem_minmax(0,1fr)] ${
          selectedVisible
            ? '2xl:grid-cols-[17rem_minmax(0,1fr)_26rem]'
            : '2xl:grid-cols-[17rem_minmax(0,1fr)]'
        }`}
      >
        <section
          aria-label="Timeline"
          className="order-1 min-w-0 space-y-3 lg:col-start-2 lg:row-start-1"
        >
          <div className="flex flex-wrap items-center gap-2">
            <div role="group" aria-label="View" className="flex gap-1">
              <ToggleButton
                pressed={view === 'timeline'}
                onToggle={() => actions.setView('timeline')}
              >
                Timeline
              </ToggleButton>
              <ToggleButton
                pressed={view === 'curve'}
                onToggle={() => actions.setView('curve')}
                title="Order of telling across, order of events upwards (Story Curves)"
              >
                Story curve
              </ToggleButton>
            </div>
            <OrderToggle order={order} onChange={actions.setOrder} />
            <SizingToggle sizing={sizing} onChange={actions.setSizing} />
            <ToggleButton
              pressed={lanesOn}
              onToggle={actions.toggleLanes}
              title="A lane per chosen character (or the five most present)"
            >
              Character lanes
            </ToggleButton>
            <ToggleButton pressed={tableOpen} onToggle={() => setTableOpen((o) => !o)}>
              Table view
            </ToggleButton>
            <PresentButton film={film} />
            <ExportMenu
              film={film}
              limit={limit}
              highlighted={highlighted}
              laneCount={lanes?.length ?? 0}
            />
            <ToggleButton
              pressed={makerOpen}
              onToggle={() => setMakerOpen((o) => !o)}
              title="A link for students: put this film's scenes in the order they happen"
            >
              Make an exercise
            </ToggleButton>
          </div>
          <div className="rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-900/5 sm:p-4">
            {limit === PREMISE_ONLY && !askSeen && (
              <p className="mb-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
                Nothing revealed yet. As you watch, move the <strong>Spoiler limit</strong> slider
                to reveal scenes.
              </p>
            )}
            <ErrorBoundary view="The timeline" resetKey={film.id}>
              {view === 'curve' ? (
                <Suspense
                  fallback={<p className="text-sm text-slate-500">Loading the story curve…</p>}
                >
                  <StoryCurve
                    film={film}
                    revealLimit={limit}
                    highlighted={highlighted}
                    selectedSceneId={selectedVisible ? selected.id : null}
                    onSelectScene={onSelectScene}
                  />
                </Suspense>
              ) : (
                <Timeline
                  film={film}
                  order={order}
                  revealLimit={limit}
                  highlighted={highlighted}
                  selectedSceneId={selectedVisible ? selected.id : null}
                  lanes={lanes}
                  sizing={sizing}
                  zoom={zoom}
                  onSelectScene={onSelectScene}
                  onZoomChange={onZoomChange}
                />
              )}
            </ErrorBoundary>
            <div className="mt-3 border-t border-slate-100 pt-3">
              <Legend showArcs={order === 'chrono'} />
            </div>
          </div>
          <ErrorBoundary view="The structure summary" resetKey={film.id}>
            <Suspense fallback={null}>
              <FilmSummary film={film} revealLimit={limit} />
            </Suspense>
          </ErrorBoundary>
        </section>

        {selectedVisible && (
          <div className="order-2 min-w-0 lg:col-start-2 2xl:sticky 2xl:top-4 2xl:col-start-3 2xl:row-span-3 2xl:row-start-1">
            <ErrorBoundary view="The scene panel" resetKey={selected.id}>
              <ScenePanel
                film={film}
                scene={selected}
                order={order}
                limit={limit}
                hasPrevious={position > 0}
                hasNext={position >= 0 && position < ordered.length - 1}
                onStep={(delta) => actions.stepScene(film, delta)}
                onClose={closePanelKeepingFocus}
              />
            </ErrorBoundary>
          </div>
        )}

        {makerOpen && (
          <div className="order-2 min-w-0 lg:col-start-2">
            <ErrorBoundary view="The exercise maker" resetKey={film.id}>
              <Suspense fallback={<p className="text-sm text-slate-600">Loading…</p>}>
                <ExerciseMaker film={film} />
              </Suspense>
            </ErrorBoundary>
          </div>
        )}

        {tableOpen && (
          <div className="order-2 min-w-0 lg:col-start-2">
            <ErrorBoundary view="The table view" resetKey={film.id}>
              <Suspense fallback={<p className="text-sm text-slate-600">Loading the table…</p>}>
                <div className="overflow-x-auto rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-900/5">
                  <SceneTable
                    film={film}
                    order={order}
                    revealLimit={limit}
                    highlighted={highlighted}
                    selectedSceneId={selectedVisible ? selected.id : null}
                    onSelectScene={onSelectScene}
                  />
                </div>
              </Suspense>
            </ErrorBoundary>
          </div>
        )}

        <aside
          aria-label="Spoilers and characters"
          className="order-3 space-y-4 lg:col-start-1 lg:row-span-3 lg:row-start-1"
        >
          <SpoilerSlider
            limit={limit}
            sceneCount={n}
            onChange={(l) => actions.setRevealLimit(l, film)}
            onRevealAll={actions.revealAll}
          />
          <CharacterFilter
            characters={characters}
            chosen={chars}
            match={match}
            highlightedCount={highlighted === null ? null : highlighted.size}
            onToggle={actions.toggleCharacter}
            onMatch={actions.setMatch}
            onClear={actions.clearCharacters}
          />
        </aside>
      </div>

      {present && (
        <ErrorBoundary view="Present mode" resetKey={film.id}>
          <Suspense fallback={null}>
            <PresentView film={film} limit={limit} highlighted={highlighted} />
          </Suspense>
        </ErrorBoundary>
      )}
      {askSeen && <SeenDialog title={film.title} onAnswer={actions.answerSeen} />}
      {askReveal && (
        <RevealLinkDialog
          sceneNumber={selected.storyIndex + 1}
          onReveal={() => actions.setRevealLimit(selected.storyIndex, film)}
          onDecline={() => actions.selectScene(null)}
        />
      )}
    </div>
  );
}
