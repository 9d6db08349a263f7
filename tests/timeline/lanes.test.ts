import { describe, expect, it } from 'vitest';
import { computeLayout, laneLayout, lanePath, lanePoints } from '../../src/timeline';
import { generateFilm } from '../fixtures/generateFilm';

const film = generateFilm({ scenes: 30, seed: 11 });
const layout = computeLayout(film, 29, 'equal');

describe('laneLayout', () => {
  it('gives each chosen character a lane through exactly the visible scenes they are in', () => {
    const ids = [film.characters[0]?.id ?? '', film.characters[1]?.id ?? ''];
    const { lanes } = laneLayout(film, layout, ids);
    expect(lanes.map((l) => l.characterId)).toEqual(ids);
    for (const lane of lanes) {
      const expected = film.scenes
        .filter((s) => s.characters.includes(lane.characterId))
        .map((s) => s.storyIndex);
      expect(Array.from(lane.scenes)).toEqual(expected);
    }
  });

  it('skips unknown and repeated character ids', () => {
    const id = film.characters[0]?.id ?? '';
    expect(laneLayout(film, layout, [id, 'nobody', id]).lanes).toHaveLength(1);
  });

  it('passes the line through each scene’s current x, left to right', () => {
    const id = film.characters[0]?.id ?? '';
    const { lanes } = laneLayout(film, layout, [id]);
    const lane = lanes[0];
    if (!lane) throw new Error('no lane');
    const xs = Array.from(layout.chronoCenters, (c) => c * 1000);
    const points = lanePoints(lane, xs, 0);
    expect(points.map((p) => p[0])).toEqual(
      Array.from(lane.scenes, (s) => xs[s]).sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    const d = lanePath(points);
    for (const [x] of points) expect(d).toContain(x.toFixed(1));
  });

  it('gathers characters who share a scene into one node', () => {
    const a = film.characters[0]?.id ?? '';
    const b = film.characters[1]?.id ?? '';
    const { nodes } = laneLayout(film, layout, [a, b]);
    const shared = film.scenes.filter((s) => s.characters.includes(a) && s.characters.includes(b));
    for (const s of shared) {
      const node = nodes.find((n) => n.storyIndex === s.storyIndex);
      expect(node && node.bottom - node.top).toBeGreaterThan(0);
    }
  });
});
