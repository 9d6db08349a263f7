import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Film } from '../model/film';
import {
  MAX_EXERCISE_SCENES,
  MIN_EXERCISE_SCENES,
  RANDOM_SUBSET_SIZE,
  randomSubset,
} from '../state/exercise';
import { useNoticeStore } from '../state/notices';
import { useViewStore } from '../state/store';
import { copyText } from './CopyLinkButton';
import { exerciseLink } from './exerciseLink';

/** How long the "Link copied" status stays visible. */
const STATUS_MS = 2500;
/** The first random draw's seed: the same film always offers the same first draw. */
const FIRST_SEED = 1;

type Mode = 'all' | 'random' | 'choose';

/** Props of the exercise maker. */
export interface ExerciseMakerProps {
  film: Film;
}

/**
 * The teacher's side of the reorder exercise: pick the scenes (all, a seeded random ten, or a
 * hand-ticked subset), then copy the link students open.
 */
export function ExerciseMaker({ film }: ExerciseMakerProps) {
  const n = film.scenes.length;
  const allFit = n <= MAX_EXERCISE_SCENES;
  const randomUseful = n > RANDOM_SUBSET_SIZE;
  const [mode, setMode] = useState<Mode>(allFit ? 'all' : 'random');
  const [seed, setSeed] = useState(FIRST_SEED);
  const drawn = useMemo(() => randomSubset(film, RANDOM_SUBSET_SIZE, seed), [film, seed]);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(drawn));
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const headingId = useId();
  const modeName = useId();

  const chosen: string[] =
    mode === 'all'
      ? film.scenes.map((s) => s.id)
      : mode === 'random'
        ? drawn
        : film.scenes.filter((s) => ticked.has(s.id)).map((s) => s.id);
  const problem =
    chosen.length < MIN_EXERCISE_SCENES
      ? `Choose at least ${MIN_EXERCISE_SCENES} scenes.`
      : chosen.length > MAX_EXERCISE_SCENES
        ? `Choose at most ${MAX_EXERCISE_SCENES} scenes (${chosen.length} ticked).`
        : null;
  // Every scene is the default: the link then says nothing about which.
  const ex = chosen.length === n ? [] : chosen;
  const link = problem === null ? exerciseLink(film.id, ex) : '';
  const storyNumber = new Map(film.scenes.map((s) => [s.id, s.storyIndex + 1]));

  const copy = async () => {
    const ok = await copyText(link);
    setStatus(ok ? 'Exercise link copied' : 'Could not copy: select the link and copy it');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), STATUS_MS);
  };
  const choose = (next: Mode) => {
    // Ticking starts from what was chosen, so a random draw can be adjusted by hand.
    if (next === 'choose' && mode !== 'choose') setTicked(new Set(chosen));
    setMode(next);
  };
  const toggle = (id: string) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const radio = (value: Mode, label: string, disabled = false, hint?: string) => (
    <label
      className={`flex items-start gap-2 text-sm ${disabled ? 'text-slate-500' : 'text-slate-800'}`}
    >
      <input
        type="radio"
        name={modeName}
        value={value}
        checked={mode === value}
        disabled={disabled}
        onChange={() => choose(value)}
        className="mt-0.5 accent-amber-600"
      />
      <span>
        {label}
        {hint && <span className="block text-xs text-slate-600">{hint}</span>}
      </span>
    </label>
  );

  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-900/5"
      data-testid="exercise-maker"
    >
      <div>
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          Make a reorder exercise
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Students get the scenes in the order the film tells them, titles and texts only, and put
          them in the order they happen. They see a score and a story curve of their order against
          the film’s, and can send their answer back as a link.
        </p>
      </div>
      <fieldset className="space-y-1.5">
        <legend className="mb-1 text-sm font-medium text-slate-900">Scenes</legend>
        {radio(
          'all',
          `All ${n} scenes`,
          !allFit,
          allFit ? undefined : `An exercise holds at most ${MAX_EXERCISE_SCENES} scenes.`,
        )}
        {randomUseful && (
          <div className="flex flex-wrap items-center gap-2">
            {radio('random', `${RANDOM_SUBSET_SIZE} scenes at random`)}
            <button
              type="button"
              onClick={() => {
                setSeed((s) => s + 1);
                setMode('random');
              }}
              className="rounded-md px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
            >
              Draw again
            </button>
          </div>
        )}
        {radio('choose', 'Choose the scenes')}
      </fieldset>
      {mode === 'random' && (
        <p className="text-sm text-slate-700">
          Drawn: scenes {drawn.map((id) => storyNumber.get(id)).join(', ')} (numbered as told).
        </p>
      )}
      {mode === 'choose' && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-900">Scenes in the exercise</legend>
          <p className="rounded-lg bg-amber-50 px-3 py-1.5 text-xs text-amber-900 ring-1 ring-amber-200">
            This list names every scene of the film, so it may spoil it.
          </p>
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => setTicked(new Set(film.scenes.map((s) => s.id)))}
              className="rounded-md px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
            >
              Tick all
            </button>
            <button
              type="button"
              onClick={() => setTicked(new Set())}
              className="rounded-md px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
            >
              Clear
            </button>
          </div>
          <ul className="max-h-72 space-y-0.5 overflow-y-auto rounded-lg p-1 ring-1 ring-slate-200">
            {film.scenes.map((s) => (
              <li key={s.id}>
                <label className="flex items-start gap-2 rounded px-1.5 py-0.5 text-sm text-slate-800 hover:bg-slate-50">
                  <input
                    type="checkbox"
                    checked={ticked.has(s.id)}
                    onChange={() => toggle(s.id)}
                    className="mt-0.5 accent-amber-600"
                  />
                  <span>
                    <span className="tabular-nums text-slate-600">{s.storyIndex + 1}.</span>{' '}
                    {s.title}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <p
        className={`text-sm ${problem ? 'text-red-800' : 'text-slate-700'}`}
        data-testid="exercise-count"
      >
        {problem ?? `The exercise holds ${chosen.length} scenes.`}
      </p>
      <label className="block text-xs text-slate-600">
        Exercise link
        <input
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          className="mt-0.5 block w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs text-slate-800"
        />
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          disabled={problem !== null}
          onClick={() => void copy()}
          className="rounded-lg bg-amber-500 px-3 py-1.5 text-sm font-semibold text-slate-950 shadow-sm hover:bg-amber-400 disabled:opacity-50"
        >
          Copy exercise link
        </button>
        {problem === null && (
          <a
            href={link}
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              useNoticeStore.getState().dismiss();
              useViewStore.getState().openExercise(film.id, ex);
            }}
            className="rounded text-sm font-medium text-amber-900 underline underline-offset-2 hover:text-amber-700"
          >
            Try it as a student
          </a>
        )}
        <span role="status" aria-live="polite" className="text-sm text-slate-700">
          {status}
        </span>
      </div>
    </section>
  );
}

export default ExerciseMaker;
