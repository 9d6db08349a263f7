import type { Character, Film, Scene } from '../model/film';

/**
 * What the viewer may see under a reveal limit (the highest visible storyIndex; -1 = premise only).
 * Hidden things are removed, not blurred: later scenes, characters not yet introduced, aliases
 * revealed later, and counts that would include any of them.
 */

/** A character as the viewer may see it under a reveal limit. */
export interface VisibleCharacter {
  id: string;
  /** The name to show: the character's name unless that name is itself a later reveal. */
  name: string;
  /** Aliases already revealed. */
  aliases: string[];
  actor: string | null;
  /** Scenes the character is in among the visible ones. */
  sceneCount: number;
  /** The storyIndex of the first visible scene naming the character. */
  introducedAt: number;
}

/** The scenes told up to the limit, in story order. */
export const visibleScenes = (film: Film, limit: number): Scene[] =>
  film.scenes.slice(0, Math.max(0, limit + 1));

/** Whether a storyIndex lies within the reveal limit. */
export const isVisible = (storyIndex: number, limit: number): boolean => storyIndex <= limit;

/** Aliases of a character that the limit does not hide. */
export const visibleAliases = (character: Character, limit: number): string[] => {
  const hidden =
    character.revealedAt && character.revealedAt.storyIndex > limit
      ? character.revealedAt.alias
      : null;
  return character.aliases.filter((a) => a !== hidden);
};

/** The name to show for a character: its name, unless the name is the alias revealed later. */
export const visibleName = (character: Character, limit: number): string => {
  const hidden =
    character.revealedAt && character.revealedAt.storyIndex > limit
      ? character.revealedAt.alias
      : null;
  if (hidden === null || character.name !== hidden) return character.name;
  return visibleAliases(character, limit)[0] ?? 'Unnamed character';
};

/**
 * The characters introduced so far, with counts over visible scenes only; sorted by scene count
 * (most first), then by first appearance, so the list reads like a cast sheet.
 */
export function introducedCharacters(film: Film, limit: number): VisibleCharacter[] {
  const counts = new Map<string, { count: number; first: number }>();
  for (const scene of visibleScenes(film, limit)) {
    for (const id of new Set(scene.characters)) {
      const entry = counts.get(id);
      if (entry) entry.count += 1;
      else counts.set(id, { count: 1, first: scene.storyIndex });
    }
  }
  const result: VisibleCharacter[] = [];
  for (const c of film.characters) {
    const entry = counts.get(c.id);
    if (!entry) continue;
    result.push({
      id: c.id,
      name: visibleName(c, limit),
      aliases: visibleAliases(c, limit).filter((a) => a !== visibleName(c, limit)),
      actor: c.actor,
      sceneCount: entry.count,
      introducedAt: entry.first,
    });
  }
  return result.sort(
    (a, b) =>
      b.sceneCount - a.sceneCount || a.introducedAt - b.introducedAt || a.id.localeCompare(b.id),
  );
}

/** Visible scenes in the current order: story order, or by chronoIndex. */
export function scenesInOrder(film: Film, limit: number, order: 'story' | 'chrono'): Scene[] {
  const scenes = visibleScenes(film, limit);
  return order === 'story' ? scenes : [...scenes].sort((a, b) => a.chronoIndex - b.chronoIndex);
}
