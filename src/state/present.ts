import type { Scene } from '../model/film';

/**
 * Present mode steps through the visible scenes of the current order that the character filter
 * keeps (all of them without a filter); these helpers pick the next one.
 */

/** The scenes present mode shows, given the visible scenes in the current order. */
export const presentScenes = (
  ordered: readonly Scene[],
  highlighted: ReadonlySet<string> | null,
): Scene[] => (highlighted === null ? [...ordered] : ordered.filter((s) => highlighted.has(s.id)));

/**
 * The id of the scene one step (+1/-1) from `current` among `shown`, which is a subsequence of
 * `ordered`. A current scene outside `shown` (filtered out) steps to the nearest shown scene on
 * that side; with no current scene, to the first (or last); at either end it stays put.
 */
export function presentStep(
  ordered: readonly Scene[],
  shown: readonly Scene[],
  current: string | null,
  delta: 1 | -1,
): string | null {
  if (shown.length === 0) return current;
  const at = shown.findIndex((s) => s.id === current);
  if (at >= 0)
    return (shown[Math.min(shown.length - 1, Math.max(0, at + delta))] ?? shown[at])?.id ?? null;
  const pos = ordered.findIndex((s) => s.id === current);
  if (pos < 0) return (delta > 0 ? shown[0] : shown[shown.length - 1])?.id ?? null;
  const kept = new Set(shown.map((s) => s.id));
  for (let i = pos + delta; i >= 0 && i < ordered.length; i += delta) {
    const s = ordered[i];
    if (s && kept.has(s.id)) return s.id;
  }
  return current;
}
