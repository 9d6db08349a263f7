import type { Film } from '../model/film';
import { scenesInOrder, visibleName } from '../state/spoiler';
import type { SceneOrder } from '../state/viewState';
import { KIND_STYLES } from '../timeline/kinds';
import type { CsvCell } from './csv';

/** The scene table's columns, as its CSV header says them. */
export const SCENE_COLUMNS = [
  'Story position',
  'Chronological position',
  'Scene id',
  'Title',
  'Kind',
  'Time cue',
  'Location',
  'Characters',
  'In filter',
  'Text',
] as const;

/**
 * The scene table as rows (header first): one row per scene visible under the spoiler limit, in
 * the current order. Story position is the scene's place in the telling (1 = first told);
 * chronological position is its place in time among the visible scenes, as the table view shows
 * it. Character names follow the spoiler rules; "In filter" is yes/no, empty without a filter.
 */
export function sceneRows(
  film: Film,
  limit: number,
  order: SceneOrder,
  highlighted: ReadonlySet<string> | null,
): CsvCell[][] {
  const chrono = scenesInOrder(film, limit, 'chrono');
  const chronoRank = new Map(chrono.map((s, i) => [s.id, i + 1]));
  const characters = new Map(film.characters.map((c) => [c.id, c]));
  const rows: CsvCell[][] = [[...SCENE_COLUMNS]];
  for (const scene of order === 'chrono' ? chrono : scenesInOrder(film, limit, 'story')) {
    const names = scene.characters.map((id) => {
      const c = characters.get(id);
      return c ? visibleName(c, limit) : id;
    });
    rows.push([
      scene.storyIndex + 1,
      chronoRank.get(scene.id) ?? '',
      scene.id,
      scene.title,
      KIND_STYLES[scene.kind].label,
      scene.timeCue ?? '',
      scene.location ?? '',
      names.join('; '),
      highlighted === null ? '' : highlighted.has(scene.id) ? 'yes' : 'no',
      scene.text,
    ]);
  }
  return rows;
}
