import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { filmQuery } from '../queries/filmQueries';
import type { ListedFilm } from '../queries/localFilms';
import { deleteAndForget, downloadFilm } from './localFilmActions';
import { openFilm } from './openFilm';

/** Props of the list of the viewer's own films. */
export interface YourFilmsProps {
  films: readonly ListedFilm[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const BUTTON =
  'rounded-md px-2 py-1 text-xs font-medium ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-50';

/** The viewer's own films (stored in this browser): open, download as JSON, or delete each. */
export default function YourFilms({ films }: YourFilmsProps) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = async (id: string) => {
    try {
      downloadFilm(await queryClient.fetchQuery(filmQuery(id)));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const remove = async (id: string) => {
    setConfirming(null);
    try {
      await deleteAndForget(queryClient, id);
    } catch (e) {
      setError(`The film could not be deleted (${e instanceof Error ? e.message : String(e)}).`);
    }
  };

  return (
    <section aria-labelledby="your-films-heading" className="mt-6">
      <h2 id="your-films-heading" className="text-sm font-semibold text-slate-800">
        Your films <span className="font-normal text-slate-600">(kept in this browser)</span>
      </h2>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <ul className="mt-2 divide-y divide-slate-100 rounded-xl bg-white shadow-sm ring-1 ring-slate-900/5">
        {films.map((f) => (
          <li key={f.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
            <button
              type="button"
              onClick={() => openFilm(f.id)}
              className="min-w-0 flex-1 truncate text-left font-display font-semibold text-slate-900 hover:underline"
            >
              {f.title}
            </button>
            <span className="text-xs text-slate-600">
              {plural(f.sceneCount, 'scene')} · {plural(f.characterCount, 'character')}
            </span>
            <button type="button" onClick={() => void download(f.id)} className={BUTTON}>
              Download<span className="sr-only"> {f.title} as JSON</span>
            </button>
            {confirming === f.id ? (
              <span className="flex items-center gap-1 text-xs">
                Delete “{f.title}”?
                <button
                  type="button"
                  onClick={() => void remove(f.id)}
                  className={`${BUTTON} bg-red-700 text-white ring-red-700 hover:bg-red-800`}
                >
                  Delete
                </button>
                <button type="button" onClick={() => setConfirming(null)} className={BUTTON}>
                  Keep
                </button>
              </span>
            ) : (
              <button
                type="button"
                onClick={() => setConfirming(f.id)}
                className={`${BUTTON} text-red-800`}
              >
                Delete<span className="sr-only"> {f.title}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
