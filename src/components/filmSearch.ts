import type { FilmSummary } from '../model/film';

/** How many matches the picker renders at once (more on request): never 10,000 rows. */
export const PICKER_PAGE_SIZE = 50;

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The films whose title or year contain every word of the query (accents and case ignored), by title. */
export function searchFilms<T extends FilmSummary>(films: readonly T[], query: string): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const hits = films.filter((f) => {
    const hay = fold(`${f.title} ${f.year ?? ''} ${f.id}`);
    return words.every((w) => hay.includes(w));
  });
  return hits.sort((a, b) => a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id));
}
