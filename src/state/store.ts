import { create, type StateCreator } from 'zustand';
import type { Film } from '../model/film';
import { readSeen, writeSeen } from './seenMemory';
import { scenesInOrder } from './spoiler';
import {
  DEFAULT_VIEW_STATE,
  effectiveRevealLimit,
  FIT,
  PREMISE_ONLY,
  type Match,
  type Page,
  type SceneOrder,
  type Sizing,
  type View,
  type ViewState,
  type ZoomWindow,
} from './viewState';

/**
 * The one view-state store, in slices (film, order, selection, filter, spoiler, lanes, sizing,
 * zoom); each action is named for one intent. Film data never enters the store: actions that need
 * it (stepping, clamping) take the film as an argument.
 */

interface FilmSlice {
  /** Opens a film (or the picker, with null): resets the selection, filter and zoom. */
  selectFilm: (id: string | null) => void;
}
interface OrderSlice {
  setOrder: (order: SceneOrder) => void;
  toggleOrder: () => void;
}
interface SelectionSlice {
  /** Selects a scene (opens the scene panel) or, with null, closes the panel. */
  selectScene: (id: string | null) => void;
  /** Steps the selection by +1/-1 through the visible scenes in the current order. */
  stepScene: (film: Film, delta: 1 | -1) => void;
}
interface FilterSlice {
  toggleCharacter: (id: string) => void;
  clearCharacters: () => void;
  setMatch: (match: Match) => void;
}
interface SpoilerSlice {
  /** Sets the highest visible storyIndex (-1 = premise only) and remembers it for the film. */
  setRevealLimit: (limit: number, film: Film) => void;
  /** Shows everything and remembers that the viewer has seen the film. */
  revealAll: () => void;
  /** Answers "Have you seen it?": yes reveals all, no shows the premise only. */
  answerSeen: (seen: boolean) => void;
}
interface LanesSlice {
  toggleLanes: () => void;
}
interface SizingSlice {
  setSizing: (sizing: Sizing) => void;
}
interface ZoomSlice {
  setZoom: (zoom: ZoomWindow) => void;
}
interface ViewSlice {
  /** Shows the film as a timeline or as a story curve. */
  setView: (view: View) => void;
  /** Opens the compare page (leaving the film) or the explorer. */
  openPage: (page: Page) => void;
}
interface PresentSlice {
  /** Opens present mode; with nothing visible selected, selects the first visible scene. */
  enterPresent: (film: Film) => void;
  /** Leaves present mode (the selection stays). */
  exitPresent: () => void;
}
interface ExerciseSlice {
  /** Opens the reorder exercise of a film over the given scenes (empty = all), unanswered. */
  openExercise: (film: string, sceneIds: readonly string[]) => void;
  /** Submits the student's order (item indices, earliest first) or, with null, takes it back. */
  setAnswer: (answer: readonly number[] | null) => void;
}
interface UrlSlice {
  /** Replaces the whole view state with one read from a URL (remembered reveal fills a gap). */
  applyUrlState: (state: ViewState) => void;
}

/** The store: view state plus every intent's action. */
export type ViewStore = ViewState &
  FilmSlice &
  OrderSlice &
  SelectionSlice &
  FilterSlice &
  SpoilerSlice &
  LanesSlice &
  SizingSlice &
  ZoomSlice &
  ViewSlice &
  PresentSlice &
  ExerciseSlice &
  UrlSlice;

type Slice<T> = StateCreator<ViewStore, [], [], T>;

const createFilmSlice: Slice<FilmSlice> = (set) => ({
  selectFilm: (id) =>
    set((s) =>
      id === s.film
        ? { page: 'explore' }
        : {
            page: 'explore',
            film: id,
            scene: null,
            chars: [],
            match: DEFAULT_VIEW_STATE.match,
            zoom: FIT,
            present: false,
            reveal: id === null ? null : readSeen(id),
          },
    ),
});

const createOrderSlice: Slice<OrderSlice> = (set) => ({
  setOrder: (order) => set({ order }),
  toggleOrder: () => set((s) => ({ order: s.order === 'story' ? 'chrono' : 'story' })),
});

const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selectScene: (id) => set({ scene: id }),
  stepScene: (film, delta) => {
    const { order, reveal, scene } = get();
    const scenes = scenesInOrder(film, effectiveRevealLimit(reveal, film.scenes.length), order);
    if (scenes.length === 0) return;
    const at = scenes.findIndex((s) => s.id === scene);
    const next =
      at < 0
        ? delta > 0
          ? 0
          : scenes.length - 1
        : Math.min(scenes.length - 1, Math.max(0, at + delta));
    set({ scene: scenes[next]?.id ?? null });
  },
});

const createFilterSlice: Slice<FilterSlice> = (set) => ({
  toggleCharacter: (id) =>
    set((s) => ({
      chars: s.chars.includes(id) ? s.chars.filter((c) => c !== id) : [...s.chars, id],
    })),
  clearCharacters: () => set({ chars: [] }),
  setMatch: (match) => set({ match }),
});

const createSpoilerSlice: Slice<SpoilerSlice> = (set, get) => ({
  setRevealLimit: (limit, film) => {
    const last = film.scenes.length - 1;
    const reveal = Math.max(PREMISE_ONLY, Math.min(Math.round(limit), last));
    const { scene } = get();
    const selected = film.scenes.find((s) => s.id === scene);
    // A selected scene the viewer just hid again must not stay on screen.
    set({ reveal, scene: selected && selected.storyIndex > reveal ? null : scene });
    writeSeen(film.id, reveal);
  },
  revealAll: () => {
    set({ reveal: 'all' });
    const film = get().film;
    if (film) writeSeen(film, 'all');
  },
  answerSeen: (seen) => {
    const reveal = seen ? 'all' : PREMISE_ONLY;
    set({ reveal });
    const film = get().film;
    if (film) writeSeen(film, reveal);
  },
});

const createLanesSlice: Slice<LanesSlice> = (set) => ({
  toggleLanes: () => set((s) => ({ lanes: !s.lanes })),
});

const createSizingSlice: Slice<SizingSlice> = (set) => ({
  setSizing: (sizing) => set({ sizing }),
});

const createZoomSlice: Slice<ZoomSlice> = (set) => ({
  setZoom: (zoom) => {
    const start = Math.max(0, Math.min(1, zoom.start));
    const end = Math.max(start, Math.min(1, zoom.end));
    set({ zoom: end - start <= 0 ? FIT : { start, end } });
  },
});

const createViewSlice: Slice<ViewSlice> = (set) => ({
  setView: (view) => set({ view }),
  openPage: (page) =>
    set(page === 'compare' ? { page, film: null, scene: null, present: false } : { page }),
});

const createPresentSlice: Slice<PresentSlice> = (set, get) => ({
  enterPresent: (film) => {
    const { order, reveal, scene } = get();
    const scenes = scenesInOrder(film, effectiveRevealLimit(reveal, film.scenes.length), order);
    const keep = scenes.some((s) => s.id === scene);
    set({ present: true, scene: keep ? scene : (scenes[0]?.id ?? null) });
  },
  exitPresent: () => set({ present: false }),
});

const createExerciseSlice: Slice<ExerciseSlice> = (set) => ({
  openExercise: (film, sceneIds) =>
    set({ page: 'exercise', film, ex: [...sceneIds], answer: null, scene: null, present: false }),
  setAnswer: (answer) => set({ answer: answer === null ? null : [...answer] }),
});

const createUrlSlice: Slice<UrlSlice> = (set) => ({
  applyUrlState: (state) =>
    set({
      ...state,
      reveal: state.reveal === null && state.film !== null ? readSeen(state.film) : state.reveal,
    }),
});

/** The view-state store. */
export const useViewStore = create<ViewStore>()((...a) => ({
  ...DEFAULT_VIEW_STATE,
  ...createFilmSlice(...a),
  ...createOrderSlice(...a),
  ...createSelectionSlice(...a),
  ...createFilterSlice(...a),
  ...createSpoilerSlice(...a),
  ...createLanesSlice(...a),
  ...createSizingSlice(...a),
  ...createZoomSlice(...a),
  ...createViewSlice(...a),
  ...createPresentSlice(...a),
  ...createExerciseSlice(...a),
  ...createUrlSlice(...a),
}));

/** Only the view-state keys of the store (what the URL projects). */
export const pickViewState = (s: ViewState): ViewState => ({
  film: s.film,
  order: s.order,
  scene: s.scene,
  chars: s.chars,
  match: s.match,
  reveal: s.reveal,
  lanes: s.lanes,
  sizing: s.sizing,
  zoom: s.zoom,
  view: s.view,
  page: s.page,
  present: s.present,
  ex: s.ex,
  answer: s.answer,
});

/** Puts the store back to its defaults (tests call it after each test). */
export const resetStore = (): void => useViewStore.setState({ ...DEFAULT_VIEW_STATE });
