import { useId, useState } from 'react';
import type { VisibleCharacter } from '../state/spoiler';
import type { Match } from '../state/viewState';
import { SegmentedButtons, type Segment } from './SegmentedButtons';

/** Above this many characters the list gets a search field. */
const SEARCH_FROM = 12;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const MATCHES: readonly Segment<Match>[] = [
  { value: 'any', label: 'Any' },
  { value: 'all', label: 'All' },
];

/** Props of the character filter. */
export interface CharacterFilterProps {
  /** Characters introduced so far, with counts over visible scenes only. */
  characters: readonly VisibleCharacter[];
  chosen: readonly string[];
  match: Match;
  /** Visible scenes the current filter highlights, or null with no filter. */
  highlightedCount: number | null;
  onToggle: (id: string) => void;
  onMatch: (match: Match) => void;
  onClear: () => void;
}

/** A checkbox per introduced character with its scene count, an any/all switch and "clear". */
export function CharacterFilter({
  characters,
  chosen,
  match,
  highlightedCount,
  onToggle,
  onMatch,
  onClear,
}: CharacterFilterProps) {
  const headingId = useId();
  const [query, setQuery] = useState('');
  const chosenSet = new Set(chosen);
  const needle = fold(query.trim());
  // Chosen characters stay listed whatever the search, so they can always be unticked.
  const listed = needle
    ? characters.filter(
        (c) => chosenSet.has(c.id) || fold([c.name, ...c.aliases].join(' ')).includes(needle),
      )
    : characters;
  const active = characters.filter((c) => chosenSet.has(c.id)).length;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-900/5"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id={headingId} className="text-sm font-semibold text-slate-900">
          Characters
        </h2>
        <button
          type="button"
          onClick={onClear}
          disabled={active === 0}
          className="rounded-md px-2 py-0.5 text-xs font-medium text-slate-600 hover:bg-slate-100 disabled:cursor-default disabled:text-slate-400 disabled:hover:bg-transparent"
        >
          Clear
        </button>
      </div>
      {characters.length === 0 ? (
        <p className="mt-2 text-xs text-slate-600">
          Characters appear here as their scenes are revealed.
        </p>
      ) : (
        <>
          <div className="mt-2 flex items-center gap-2 text-xs text-slate-600">
            <span id={`${headingId}-match`}>Highlight scenes with</span>
            <SegmentedButtons
              groupLabel="Match any or all chosen characters"
              segments={MATCHES}
              value={match}
              onChange={onMatch}
            />
          </div>
          {characters.length > SEARCH_FROM && (
            <input
              type="search"
              aria-label="Find a character"
              placeholder={`Find among ${characters.length} characters…`}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              className="mt-2 w-full rounded-md border border-slate-300 px-2 py-1 text-sm placeholder:text-slate-400"
            />
          )}
          <ul className="relative mt-2 max-h-72 space-y-0.5 overflow-y-auto pr-1">
            {listed.length === 0 && (
              <li className="px-1.5 py-1 text-xs text-slate-600">No character matches.</li>
            )}
            {listed.map((c) => (
              <li key={c.id}>
                <label className="flex cursor-pointer items-center gap-2 rounded-md px-1.5 py-1 text-sm hover:bg-slate-50 has-[:checked]:bg-amber-50">
                  <input
                    type="checkbox"
                    checked={chosenSet.has(c.id)}
                    onChange={() => onToggle(c.id)}
                    aria-labelledby={`${headingId}-${c.id}-name`}
                    aria-describedby={`${headingId}-${c.id}-count`}
                    className="h-4 w-4 accent-amber-600"
                  />
                  <span
                    id={`${headingId}-${c.id}-name`}
                    className="min-w-0 flex-1 truncate"
                    title={c.aliases.length ? `Also: ${c.aliases.join(', ')}` : undefined}
                  >
                    {c.name}
                  </span>
                  <span aria-hidden="true" className="shrink-0 text-xs tabular-nums text-slate-600">
                    {c.sceneCount}
                  </span>
                  <span id={`${headingId}-${c.id}-count`} className="sr-only">
                    {`${c.sceneCount} ${c.sceneCount === 1 ? 'scene' : 'scenes'}`}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-xs text-slate-600" aria-live="polite">
            {highlightedCount === null
              ? 'Choose characters to highlight their scenes.'
              : `${highlightedCount} ${highlightedCount === 1 ? 'scene' : 'scenes'} highlighted`}
          </p>
        </>
      )}
    </section>
  );
}
