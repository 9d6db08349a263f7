import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Film } from '../model/film';
import { filmIndexQuery, filmQuery } from '../queries/filmQueries';
import {
  MIN_EXERCISE_SCENES,
  moveItem,
  resolveExercise,
  storyOrder,
  type ExerciseItem,
} from '../state/exercise';
import { useNoticeStore } from '../state/notices';
import { pickViewState, useViewStore } from '../state/store';
import { replacingHistory } from '../state/useUrlSync';
import { ErrorState } from './ErrorState';
import { ExerciseResult } from './ExerciseResult';
import { exerciseLink } from './exerciseLink';
import { ReorderList, type ReorderEntry } from './ReorderList';
import { Skeleton } from './Skeleton';

/** Props of the exercise page. */
export interface ExercisePageProps {
  filmId: string;
}

/**
 * The reorder exercise of `page=exercise`: loads the film, then deals the exercise's scenes (titles
 * and texts only, in the order the film tells them) for the student to put in the order of events.
 */
export function ExercisePage({ filmId }: ExercisePageProps) {
  const index = useQuery(filmIndexQuery());
  const summary = index.data?.films.find((f) => f.id === filmId);
  const unknown = index.isSuccess && summary === undefined;
  const film = useQuery({ ...filmQuery(filmId), enabled: !unknown });
  const name = summary?.title ?? filmId;

  if (unknown)
    return (
      <ErrorState
        title="No such film"
        message={`This exercise is about a film called “${filmId}”, which is not in this collection.`}
        onRetry={() => useViewStore.getState().selectFilm(null)}
        retryLabel="Choose a film"
      />
    );
  if (film.isPending) return <Skeleton variant="list" label={`Loading the exercise on ${name}…`} />;
  if (film.isError)
    return (
      <ErrorState
        title={`${name} could not be loaded`}
        message={film.error.message}
        onRetry={() => void film.refetch()}
      />
    );
  return <Exercise film={film.data} />;
}

/** The exercise of one loaded film: reads the link against it, then the list or the score. */
function Exercise({ film }: { film: Film }) {
  const ex = useViewStore((s) => s.ex);
  const answer = useViewStore((s) => s.answer);
  const resolved = useMemo(() => resolveExercise(film, ex, answer), [film, ex, answer]);
  const { items } = resolved;

  useEffect(() => {
    const before = document.title;
    document.title = `Reorder exercise: ${film.title} · Fabula`;
    return () => {
      document.title = before;
    };
  }, [film.title]);

  // Step 2 of reading the link: drop what does not fit this film, say so, and tidy the URL.
  useEffect(() => {
    if (resolved.ignored.length > 0) useNoticeStore.getState().addIgnored(resolved.ignored);
    const kept = items.map((i) => i.sceneId);
    const exChanged = ex.length > 0 && kept.join(',') !== ex.join(',');
    const answerDropped = answer !== null && resolved.answer === null;
    if (!exChanged && !answerDropped) return;
    const current = pickViewState(useViewStore.getState());
    replacingHistory(() =>
      useViewStore
        .getState()
        .applyUrlState({ ...current, ex: exChanged ? kept : ex, answer: resolved.answer }),
    );
  }, [resolved, items, ex, answer]);

  if (items.length < MIN_EXERCISE_SCENES)
    return (
      <ErrorState
        title="This exercise has nothing to order"
        message={`An exercise needs at least ${MIN_EXERCISE_SCENES} scenes of ${film.title}; this link holds ${items.length}.`}
        onRetry={() => useViewStore.getState().selectFilm(film.id)}
        retryLabel={`Open ${film.title}`}
      />
    );
  return (
    <ExerciseBoard
      key={items.map((i) => i.sceneId).join(',')}
      film={film}
      items={items}
      answer={resolved.answer}
      sceneIds={ex}
    />
  );
}

interface ExerciseBoardProps {
  film: Film;
  items: readonly ExerciseItem[];
  answer: readonly number[] | null;
  sceneIds: readonly string[];
}

/** The student's desk: the reorderable list and "Check my order", or the score once checked. */
function ExerciseBoard({ film, items, answer, sceneIds }: ExerciseBoardProps) {
  const [order, setOrder] = useState<number[]>(() =>
    answer ? [...answer] : storyOrder(items.length),
  );
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const [returning, setReturning] = useState(false);
  const entries: ReorderEntry[] = useMemo(
    () =>
      order.map((i) => {
        const item = items[i] as ExerciseItem;
        return { key: item.index, title: item.title, text: item.text };
      }),
    [order, items],
  );

  // Back from the score: focus the list's heading so the keyboard starts at the top of the list.
  useEffect(() => {
    if (answer === null && returning) listHeadingRef.current?.focus();
  }, [answer, returning]);

  const check = () => {
    setReturning(false);
    useViewStore.getState().setAnswer(order);
  };
  const retry = () => {
    if (answer) setOrder([...answer]);
    setReturning(true);
    useViewStore.getState().setAnswer(null);
  };

  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <header>
        <p className="text-xs font-semibold tracking-wide text-amber-800 uppercase">
          Reorder exercise
        </p>
        <h1 className="font-display text-3xl leading-tight font-semibold tracking-tight text-slate-900 sm:text-4xl">
          {film.title}
        </h1>
        <p className="mt-2 text-[1.05rem] leading-relaxed text-slate-700">
          {answer === null
            ? `Here are ${items.length} scenes of ${film.title} in the order the film tells them. Put them in the order they happen in the story, earliest first.`
            : `The order below was checked against the order of events in ${film.title}.`}
        </p>
      </header>

      {answer === null ? (
        <section aria-labelledby="exercise-list" className="space-y-3">
          <h2
            id="exercise-list"
            ref={listHeadingRef}
            tabIndex={-1}
            className="text-lg font-semibold text-slate-900 focus:outline-none"
          >
            Your order, earliest first
          </h2>
          <p className="text-sm text-slate-700">
            Drag a scene by its numbered handle. With the keyboard, Tab to a handle, press Space to
            pick the scene up, the up and down arrow keys to move it and Space to drop it (Escape
            puts it back). The Up and Down buttons move a scene one place.
          </p>
          <ReorderList
            entries={entries}
            onMove={(from, to) => setOrder((o) => moveItem(o, from, to))}
            label="Scenes, earliest first"
          />
          <div className="flex flex-wrap items-center gap-3 pt-1">
            <button
              type="button"
              onClick={check}
              className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-slate-800 focus-visible:ring-2 focus-visible:ring-amber-500 focus-visible:ring-offset-2 focus-visible:outline-none"
            >
              Check my order
            </button>
            <button
              type="button"
              onClick={() => setOrder(storyOrder(items.length))}
              className="rounded-lg bg-white px-3 py-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
            >
              Start over
            </button>
          </div>
        </section>
      ) : (
        <ExerciseResult
          items={items}
          answer={answer}
          answerLink={exerciseLink(film.id, sceneIds, answer)}
          onRetry={retry}
        />
      )}
    </div>
  );
}

export default ExercisePage;
