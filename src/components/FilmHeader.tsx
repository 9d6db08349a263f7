import { useId, useState } from 'react';
import type { Film } from '../model/film';

/** Premises longer than this are folded to three lines on phones. */
const LONG_PREMISE = 220;

/** Props of the film header. */
export interface FilmHeaderProps {
  film: Film;
}

const minutes = (m: number) =>
  m >= 60
    ? `${Math.floor(m / 60)} h ${String(Math.round(m % 60)).padStart(2, '0')} min`
    : `${m} min`;

/** The film's title, metadata line (year, director, runtime, genres, scenes) and spoiler-free premise. */
export function FilmHeader({ film }: FilmHeaderProps) {
  const premiseId = useId();
  const [expanded, setExpanded] = useState(false);
  const long = (film.premise?.text.length ?? 0) > LONG_PREMISE;
  const meta = [
    film.year !== null ? String(film.year) : null,
    film.director ? `Directed by ${film.director}` : null,
    film.runtimeMinutes !== null ? minutes(film.runtimeMinutes) : null,
    film.language,
    film.genres.length ? film.genres.join(', ') : null,
    `${film.scenes.length} ${film.scenes.length === 1 ? 'scene' : 'scenes'}`,
  ].filter((x): x is string => Boolean(x));
  return (
    <div className="max-w-4xl">
      <h1
        tabIndex={-1}
        className="font-display focus:outline-none text-3xl leading-tight font-semibold tracking-tight text-slate-900 sm:text-4xl"
      >
        {film.title}
        {film.aka.length > 0 && (
          <span className="mt-1 block font-sans sm:mt-0 sm:ml-3 sm:inline sm:align-middle text-sm font-normal tracking-normal text-slate-600">
            also known as {film.aka.join(', ')}
          </span>
        )}
      </h1>
      <p className="mt-1.5 text-sm text-slate-600">
        {meta.map((m, i) => (
          <span key={m} className="inline-block whitespace-nowrap">
            {i > 0 && (
              <span aria-hidden="true" className="mx-1.5 text-slate-400">
                ·
              </span>
            )}
            {m}
          </span>
        ))}
      </p>
      {film.premise?.text ? (
        <div className="mt-3 max-w-3xl">
          <p
            id={premiseId}
            className={`font-display text-[1.05rem] leading-relaxed text-slate-700 ${
              long && !expanded ? 'line-clamp-3 sm:line-clamp-none' : ''
            }`}
          >
            {film.premise.text}
          </p>
          {long && (
            <button
              type="button"
              aria-expanded={expanded}
              aria-controls={premiseId}
              onClick={() => setExpanded((e) => !e)}
              className="mt-1 text-sm font-medium text-amber-800 sm:hidden"
            >
              {expanded ? 'Show less' : 'Read the whole premise'}
            </button>
          )}
        </div>
      ) : (
        <p className="mt-3 text-sm text-slate-600 italic">
          No spoiler-free premise in this film’s sources.
        </p>
      )}
    </div>
  );
}
