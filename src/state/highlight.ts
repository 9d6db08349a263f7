import type { Film } from '../model/film';
import { visibleScenes } from './spoiler';
import type { Match } from './viewState';

/**
 * The scene ids the character filter highlights: scenes with any (or all) of the chosen
 * characters among the visible ones; null when nothing is chosen (no filter: all full strength).
 * Chosen characters not yet introduced under the limit are left out, so a link cannot make the
 * highlight hint at them.
 */
export function highlightedScenes(
  film: Film,
  chosen: readonly string[],
  match: Match,
  limit: number,
): ReadonlySet<string> | null {
  const scenes = visibleScenes(film, limit);
  const introduced = new Set(scenes.flatMap((s) => s.characters));
  const active = chosen.filter((id) => introduced.has(id));
  if (active.length === 0) return null;
  const result = new Set<string>();
  for (const scene of scenes) {
    const present = new Set(scene.characters);
    const hit =
      match === 'any'
        ? active.some((id) => present.has(id))
        : active.every((id) => present.has(id));
    if (hit) result.add(scene.id);
  }
  return result;
}
