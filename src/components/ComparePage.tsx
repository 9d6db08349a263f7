import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Film, Measures } from '../model';
import { computeMeasures } from '../pipeline/measures';
import { filmIndexQuery, filmQuery } from '../queries/filmQueries';
import { MEASURE_COLUMNS, PATTERN_LABELS, type MeasureKey } from '../timeline/structureFormat';
import { FilmSummary } from './FilmSummary';
import { StoryCurve } from './StoryCurve';

/** What the table can be sorted by: the title, the pattern, or a measure. */
export type CompareSortKey = 'title' | 'pattern' | MeasureKey;
type Direction = 'ascending' | 'descending';

/** Props of the compare page. */
export interface ComparePageProps {
  /** Film ids shown side by side at first (at most two). */
  initialPair?: readonly string[];
  /** Called when the viewer opens a film in the explorer; defaults to a plain link. */
  onOpenFilm?: (filmId: string) => void;
}

/** How many films can be put side by side. */
const PAIR_SIZE = 2;

/**
 * How many rows the table renders (and whose films it fetches for their story curves) at once:
 * with 10,000 films in the index the page stays responsive; more rows come on request.
 */
export const COMPARE_PAGE_SIZE = 100;

interface Row {
  id: string;
  title: string;
  year: number | null;
  film: Film | null;
  measures: Measures | null;
}

const noop = () => {};

/**
 * All films with their structure measures, sortable by any column, each with a small story curve;
 * two chosen films are shown side by side. It shows every film's whole structure, so it says so.
 */
export function ComparePage({ initialPair = [], onOpenFilm }: ComparePageProps) {
  const index = useQuery(filmIndexQuery());
  const queryClient = useQueryClient();
  const summaries = index.data?.films ?? [];
  const [shown, setShown] = useState(COMPARE_PAGE_SIZE);
  const [sort, setSort] = useState<{ key: CompareSortKey; direction: Direction }>({
    key: 'title',
    direction: 'ascending',
  });
  const [pair, setPair] = useState<string[]>(() => initialPair.slice(0, PAIR_SIZE));

  // Measures come with the index; a film without them is measured once its file is in the cache.
  const rows: Row[] = summaries.map((s) => {
    const film = queryClient.getQueryData<Film>(filmQuery(s.id).queryKey) ?? null;
    return {
      id: s.id,
      title: s.title,
      year: s.year,
      film,
      measures: s.measures ?? film?.measures ?? (film ? computeMeasures(film) : null),
    };
  });

  const sorted = (() => {
    const value = (row: Row): string | number => {
      if (sort.key === 'title') return row.title.toLowerCase();
      if (sort.key === 'pattern') return row.measures?.pattern ?? '';
      return row.measures?.[sort.key] ?? Number.NEGATIVE_INFINITY;
    };
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va < vb) return -sign;
      if (va > vb) return sign;
      return a.id < b.id ? -1 : 1;
    });
  })();
  // Only the rows on screen and the chosen pair need their films (for the story curves).
  const visible = sorted.slice(0, shown);
  const needed = [...new Set([...visible.map((r) => r.id), ...pair])];
  const loaded = useQueries({ queries: needed.map((id) => filmQuery(id)) });
  const filmById = new Map(needed.map((id, i) => [id, loaded[i]?.data ?? null]));
  const withFilm = (row: Row): Row => {
    const film = filmById.get(row.id) ?? row.film;
    return film === row.film
      ? row
      : {
          ...row,
          film,
          measures: row.measures ?? film?.measures ?? (film ? computeMeasures(film) : null),
        };
  };

  const sortBy = (key: CompareSortKey) =>
    setSort((prev) =>
      prev.key === key
        ? { key, direction: prev.direction === 'ascending' ? 'descending' : 'ascending' }
        : // numbers read best largest first; names alphabetically
          { key, direction: key === 'title' || key === 'pattern' ? 'ascending' : 'descending' },
    );
  const toggle = (id: string) =>
    setPair((prev) =>
      prev.includes(id) ? prev.filter((p) => p !== id) : [...prev, id].slice(-PAIR_SIZE),
    );

  const header = (key: CompareSortKey, label: string, description?: string) => (
    <th
      key={key}
      scope="col"
      aria-sort={sort.key === key ? sort.direction : 'none'}
      className="px-2 py-1 text-left font-medium whitespace-nowrap"
    >
      <button
        type="button"
        onClick={() => sortBy(key)}
        title={description}
        className="rounded px-1 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-sky-600 focus-visible:outline-none"
      >
        {label}
        <span aria-hidden="true" className="ml-1 text-slate-400">
          {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );

  if (index.isPending)
    return (
      <div className="p-6" aria-busy="true">
        <h1 className="text-2xl font-semibold">Compare films</h1>
        <p className="mt-2 text-slate-600">Loading the film list…</p>
      </div>
    );
  if (index.isError)
    return (
      <div className="p-6">
        <h1 className="text-2xl font-semibold">Compare films</h1>
        <p role="alert" className="mt-2 text-red-700">
          {index.error.message}
        </p>
        <button
          type="button"
          onClick={() => void index.refetch()}
          className="mt-2 rounded border border-slate-300 px-3 py-1 focus-visible:ring-2 focus-visible:ring-sky-600"
        >
          Retry
        </button>
      </div>
    );

  const chosen = pair
    .map((id) => rows.find((r) => r.id === id))
    .filter((r): r is Row => r !== undefined)
    .map(withFilm);

  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Compare films</h1>
        <p className="mt-1 text-sm text-slate-600">
          How each film plays with time. This page shows every film&apos;s whole structure, so it
          gives away how each one is told. Choose two films to see them side by side.
        </p>
      </header>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">
            Films with their structure measures; column buttons sort the table.
          </caption>
          <thead className="border-b border-slate-300 text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-1 text-left font-medium">
                Side by side
              </th>
              {header('title', 'Film')}
              <th scope="col" className="px-2 py-1 text-left font-medium">
                Story curve
              </th>
              {header('pattern', 'Pattern')}
              {MEASURE_COLUMNS.map((c) => header(c.key, c.label, c.description))}
            </tr>
          </thead>
          <tbody>
            {visible.map(withFilm).map((row) => (
              <tr key={row.id} data-film-id={row.id} className="border-b border-slate-100">
                <td className="px-2 py-1">
                  <input
                    type="checkbox"
                    checked={pair.includes(row.id)}
                    onChange={() => toggle(row.id)}
                    aria-label={`Compare ${row.title}`}
                    className="h-4 w-4 accent-sky-700"
                  />
                </td>
                <th scope="row" className="px-2 py-1 text-left font-medium">
                  <a
                    href={`?film=${encodeURIComponent(row.id)}`}
                    onClick={(e) => {
                      if (!onOpenFilm) return;
                      e.preventDefault();
                      onOpenFilm(row.id);
                    }}
                    className="text-sky-800 underline-offset-2 hover:underline"
                  >
                    {row.title}
                  </a>
                  {row.year !== null && (
                    <span className="ml-1 font-normal text-slate-600">({row.year})</span>
                  )}
                </th>
                <td className="w-32 px-2 py-1">
                  {row.film ? (
                    <StoryCurve
                      film={row.film}
                      revealLimit={row.film.scenes.length - 1}
                      highlighted={null}
                      selectedSceneId={null}
                      onSelectScene={noop}
                      compact
                    />
                  ) : (
                    <span className="text-xs text-slate-500">Loading…</span>
                  )}
                </td>
                <td className="px-2 py-1 whitespace-nowrap">
                  {row.measures ? PATTERN_LABELS[row.measures.pattern].label : '…'}
                </td>
                {MEASURE_COLUMNS.map((c) => (
                  <td
                    key={c.key}
                    className="px-2 py-1 text-right tabular-nums"
                    data-measure={c.key}
                  >
                    {row.measures ? c.format(row.measures[c.key]) : '…'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > visible.length && (
        <div className="flex items-center gap-3 text-sm text-slate-600">
          <p aria-live="polite">
            Showing {visible.length.toLocaleString('en')} of {sorted.length.toLocaleString('en')}{' '}
            films; sort by a column to bring others to the top.
          </p>
          <button
            type="button"
            onClick={() => setShown((n) => n + COMPARE_PAGE_SIZE)}
            className="rounded border border-slate-300 px-3 py-1 font-medium text-slate-700 hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-sky-600"
          >
            Show {Math.min(COMPARE_PAGE_SIZE, sorted.length - visible.length)} more
          </button>
        </div>
      )}
      {chosen.length > 0 && (
        <section aria-label="Side by side" className="grid gap-4 lg:grid-cols-2">
          {chosen.map((row) => (
            <article key={row.id} className="flex flex-col gap-2" data-compare-film={row.id}>
              <h2 className="text-lg font-semibold text-slate-900">{row.title}</h2>
              {row.film ? (
                <>
                  <StoryCurve
                    film={row.film}
                    revealLimit={row.film.scenes.length - 1}
                    highlighted={null}
                    selectedSceneId={null}
                    onSelectScene={noop}
                  />
                  <FilmSummary film={row.film} revealLimit={row.film.scenes.length - 1} />
                </>
              ) : (
                <p className="text-slate-500">Loading…</p>
              )}
            </article>
          ))}
        </section>
      )}
    </div>
  );
}

export default ComparePage;
