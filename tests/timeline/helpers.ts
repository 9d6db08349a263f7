import { asChronoIndex, asStoryIndex, type Film, type SceneKind } from '../../src/model/film';
import { generateFilm } from '../fixtures/generateFilm';

/** A small film whose chronological order is given explicitly: chrono[i] = chronoIndex of story scene i. */
export function filmWithOrder(chrono: number[], texts?: string[]): Film {
  const base = generateFilm({ scenes: chrono.length, seed: 3 });
  return {
    ...base,
    scenes: base.scenes.map((s, i) => ({
      ...s,
      chronoIndex: asChronoIndex(chrono[i] ?? i),
      storyIndex: asStoryIndex(i),
      text: texts?.[i] ?? s.text,
      kind: (chrono[i] ?? i) < i ? ('flashback' as SceneKind) : ('present' as SceneKind),
    })),
  };
}
