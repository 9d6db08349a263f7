import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ListedFilm } from '../queries/localFilms';
import { PICKER_PAGE_SIZE, searchFilms } from './filmSearch';

/** Props of the film picker. */
export interface FilmPickerProps {
  /** The films to list; the viewer's own (`local`) are marked "Yours". */
  films: readonly ListedFilm[];
  currentId: string | null;
  onSelect: (id: string) => void;
  /** Called when a film becomes the active option, so its data can be fetched ahead. */
  onPreview?: (id: string) => void;
  /** 'page': the welcome page's full list; 'popover': a compact button in the header. */
  variant: 'page' | 'popover';
}

const plural = (n: number, word: string) =>
  `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** A searchable list of films (title, year, scene count) that renders at most a page of matches. */
export function FilmPicker(props: FilmPickerProps) {
  return props.variant === 'page' ? (
    <FilmSearch {...props} autoFocus={false} />
  ) : (
    <FilmPopover {...props} />
  );
}

function FilmPopover({ films, currentId, onSelect, onPreview }: FilmPickerProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const current = films.find((f) => f.id === currentId);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (
        !boxRef.current?.contains(e.target as Node) &&
        !buttonRef.current?.contains(e.target as Node)
      )
        setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="relative min-w-0">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen((o) => !o)}
        className="flex max-w-full min-w-0 items-center gap-2 rounded-lg bg-slate-800 px-3 py-1.5 text-sm text-slate-100 ring-1 ring-slate-700 hover:bg-slate-700"
      >
        <span className="text-slate-400">Film</span>
        <span className="truncate font-medium">{current?.title ?? 'Choose a film'}</span>
        <svg
          width="12"
          height="12"
          viewBox="0 0 12 12"
          aria-hidden="true"
          className="shrink-0 text-slate-400"
        >
          <path d="M2 4l4 4 4-4" stroke="currentColor" strokeWidth="1.5" fill="none" />
        </svg>
      </button>
      {open && (
        <div
          ref={boxRef}
          role="dialog"
          aria-label="Choose a film"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
          className="fixed inset-x-3 top-14 z-40 sm:absolute sm:inset-x-auto sm:top-full sm:left-0 sm:mt-2 sm:w-[26rem] animate-fade-in rounded-xl bg-white p-3 text-slate-900 shadow-2xl ring-1 ring-slate-900/10"
        >
          <FilmSearch
            onPreview={onPreview}
            films={films}
            currentId={currentId}
            variant="popover"
            autoFocus
            onSelect={(id) => {
              close();
              onSelect(id);
            }}
          />
        </div>
      )}
    </div>
  );
}

function FilmSearch({
  films,
  currentId,
  onSelect,
  onPreview,
  variant,
  autoFocus,
}: FilmPickerProps & { autoFocus: boolean }) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PICKER_PAGE_SIZE);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = useId();
  const matches = useMemo(() => searchFilms(films, query), [films, query]);
  const visible = matches.slice(0, shown);
  const activeFilm = visible[Math.min(active, visible.length - 1)];
  const optionId = (id: string) => `${listId}-${id}`;

  useEffect(() => {
    if (!activeFilm) return;
    document.getElementById(optionId(activeFilm.id))?.scrollIntoView?.({ block: 'nearest' });
  });

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const delta = e.key === 'ArrowDown' ? 1 : -1;
      const next = Math.max(0, Math.min(visible.length - 1, active + delta));
      setActive(next);
      const film = visible[next];
      if (film) onPreview?.(film.id);
    } else if (e.key === 'Enter' && activeFilm) {
      e.preventDefault();
      onSelect(activeFilm.id);
    }
  };

  const page = variant === 'page';
  return (
    <div>
      <label
        htmlFor={inputId}
        className={page ? 'text-sm font-semibold text-slate-800' : 'sr-only'}
      >
        Search films
      </label>
      <div className="relative mt-1.5">
        <svg
          width="16"
          height="16"
          viewBox="0 0 20 20"
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-slate-400"
        >
          <circle cx="9" cy="9" r="6" stroke="currentColor" strokeWidth="2" fill="none" />
          <path d="M14 14l4 4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          id={inputId}
          type="search"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeFilm ? optionId(activeFilm.id) : undefined}
          autoFocus={autoFocus}
          autoComplete="off"
          placeholder="Title or year…"
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
            setShown(PICKER_PAGE_SIZE);
          }}
          onKeyDown={onKeyDown}
          className="w-full rounded-lg border border-slate-300 bg-white py-2 pr-3 pl-9 text-sm shadow-inner placeholder:text-slate-400 focus:border-amber-500"
        />
      </div>
      <p className="mt-2 text-xs text-slate-600" aria-live="polite">
        {matches.length === 0
          ? `No film matches “${query}”.`
          : matches.length > visible.length
            ? `Showing ${visible.length} of ${plural(matches.length, 'film')}`
            : plural(matches.length, 'film')}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label="Films"
        className={`mt-2 overflow-y-auto ${page ? 'grid max-h-[60vh] gap-2 sm:grid-cols-2' : 'max-h-80 space-y-0.5'}`}
      >
        {visible.map((f, i) => {
          const isActive = f === activeFilm;
          return (
            <li
              key={f.id}
              id={optionId(f.id)}
              role="option"
              aria-selected={f.id === currentId}
              onClick={() => onSelect(f.id)}
              onMouseMove={() => {
                if (i === active) return;
                setActive(i);
                onPreview?.(f.id);
              }}
              className={`cursor-pointer rounded-lg px-3 py-2 ${page ? 'bg-white shadow-sm ring-1 ring-slate-900/5' : ''} ${
                isActive
                  ? 'bg-amber-50 ring-2 ring-amber-400'
                  : page
                    ? 'hover:ring-slate-300'
                    : 'hover:bg-slate-50'
              }`}
            >
              <span
                className={`block font-display font-semibold text-slate-900 ${page ? 'text-lg' : 'text-[0.95rem]'}`}
              >
                {f.title}
                {f.local && (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-semibold text-amber-900">
                    Yours
                  </span>
                )}
                {f.id === currentId && (
                  <span className="ml-2 align-middle text-xs font-normal text-amber-700">
                    (open)
                  </span>
                )}
              </span>
              <span className="block text-xs text-slate-600">
                {[
                  f.year ?? 'Year unknown',
                  plural(f.sceneCount, 'scene'),
                  plural(f.characterCount, 'character'),
                ].join(' · ')}
              </span>
            </li>
          );
        })}
      </ul>
      {matches.length > visible.length && (
        <button
          type="button"
          onClick={() => setShown((n) => n + PICKER_PAGE_SIZE)}
          className="mt-2 w-full rounded-lg py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
        >
          Show {Math.min(PICKER_PAGE_SIZE, matches.length - visible.length)} more
        </button>
      )}
    </div>
  );
}
