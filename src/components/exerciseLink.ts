import { toSearch } from '../state/url';
import { DEFAULT_VIEW_STATE } from '../state/viewState';

/**
 * The link to a film's reorder exercise (and, with an answer, to that answer's score): only the
 * exercise's own parameters, never the sharer's spoiler limit, filter or zoom.
 */
export function exerciseLink(
  film: string,
  sceneIds: readonly string[],
  answer: readonly number[] | null = null,
): string {
  const search = toSearch(
    { ...DEFAULT_VIEW_STATE, page: 'exercise', film, ex: sceneIds, answer },
    { forLink: true },
  );
  return `${window.location.origin}${window.location.pathname}${search}`;
}
