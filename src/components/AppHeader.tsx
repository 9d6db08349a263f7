import { useQuery, useQueryClient } from '@tanstack/react-query';
import { filmIndexQuery, filmQuery } from '../queries/filmQueries';
import { openFilm } from './openFilm';
import { useViewStore } from '../state/store';
import { toSearch } from '../state/url';
import { pickViewState } from '../state/store';
import { CopyLinkButton } from './CopyLinkButton';
import { FilmPicker } from './FilmPicker';

const currentLink = (): string =>
  `${window.location.origin}${window.location.pathname}${toSearch(pickViewState(useViewStore.getState()), { forLink: true })}`;

/** The dark top bar: the Fabula wordmark (home), the film picker and "Copy link". */
export function AppHeader() {
  const film = useViewStore((s) => s.film);
  const index = useQuery(filmIndexQuery());
  const queryClient = useQueryClient();
  return (
    <header className="bg-slate-900 text-slate-100 shadow-md">
      <div className="mx-auto flex max-w-[120rem] items-center gap-3 px-4 py-2.5 sm:gap-4 sm:px-6">
        <a
          href="/"
          onClick={(e) => {
            e.preventDefault();
            useViewStore.getState().selectFilm(null);
          }}
          className="flex shrink-0 items-center gap-2 font-display text-xl font-semibold tracking-tight text-white"
        >
          <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
            <rect
              x="2"
              y="5"
              width="20"
              height="14"
              rx="2"
              fill="none"
              stroke="#f59e0b"
              strokeWidth="2"
            />
            <path d="M7 5v14M17 5v14" stroke="#f59e0b" strokeWidth="1.5" />
            <path d="M9.5 9.5l5 2.5-5 2.5z" fill="#f8fafc" />
          </svg>
          Fabula
        </a>
        {film !== null && index.data && (
          <div className="min-w-0 flex-1 sm:flex-none">
            <FilmPicker
              variant="popover"
              films={index.data.films}
              currentId={film}
              onSelect={openFilm}
              onPreview={(id) => void queryClient.prefetchQuery(filmQuery(id))}
            />
          </div>
        )}
        <a
          href="?page=compare"
          onClick={(e) => {
            e.preventDefault();
            useViewStore.getState().openPage('compare');
          }}
          className="rounded text-sm text-slate-200 underline-offset-2 hover:text-white hover:underline focus-visible:ring-2 focus-visible:ring-amber-400 focus-visible:outline-none"
        >
          Compare films
        </a>
        <div className="ml-auto shrink-0">
          {film !== null && <CopyLinkButton getLink={currentLink} />}
        </div>
      </div>
    </header>
  );
}
