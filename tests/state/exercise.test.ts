import { describe, expect, it } from 'vitest';
import {
  decodeAnswer,
  encodeAnswer,
  MAX_EXERCISE_SCENES,
  moveItem,
  randomSubset,
  resolveExercise,
  scoreAnswer,
  storyOrder,
} from '../../src/state/exercise';
import { parseUrl, toSearch } from '../../src/state/url';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';
import { generateFilm } from '../fixtures/generateFilm';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

// Sample film: s01..s04 happen at chronoIndex 4, 0, 5, 1, so their ranks in time are 2, 0, 3, 1.
const FOUR = ['s01', 's02', 's03', 's04'];
const items = resolveExercise(SAMPLE_FILM, FOUR).items;

/** Kendall's tau-a of an order of time ranks, computed the textbook way for the cross-check. */
const tau = (ranks: number[]): number => {
  let s = 0;
  for (let a = 0; a < ranks.length; a++)
    for (let b = a + 1; b < ranks.length; b++) s += Math.sign((ranks[b] ?? 0) - (ranks[a] ?? 0));
  return s / ((ranks.length * (ranks.length - 1)) / 2);
};

describe('resolveExercise', () => {
  it('deals the chosen scenes in story order with their rank in time among them', () => {
    expect(items.map((i) => [i.index, i.sceneId, i.timeRank])).toEqual([
      [0, 's01', 2],
      [1, 's02', 0],
      [2, 's03', 3],
      [3, 's04', 1],
    ]);
  });

  it('keeps story order whatever order the link lists the ids in', () => {
    const { items: shuffled } = resolveExercise(SAMPLE_FILM, ['s04', 's01', 's03', 's02']);
    expect(shuffled.map((i) => i.sceneId)).toEqual(FOUR);
  });

  it('takes every scene when the link lists none', () => {
    const { items: all, ignored } = resolveExercise(SAMPLE_FILM, []);
    expect(all).toHaveLength(SAMPLE_FILM.scenes.length);
    expect(ignored).toEqual([]);
  });

  it('drops ids the film does not have and says which', () => {
    const { items: some, ignored } = resolveExercise(SAMPLE_FILM, ['s01', 'nope', 's03']);
    expect(some.map((i) => i.sceneId)).toEqual(['s01', 's03']);
    expect(ignored).toEqual(['ex: nope (not in this film)']);
  });

  it('caps a long exercise at the first scenes in story order, with a notice', () => {
    const film = generateFilm({ scenes: 57, seed: 3 });
    const { items: capped, ignored } = resolveExercise(film, []);
    expect(capped).toHaveLength(MAX_EXERCISE_SCENES);
    expect(capped.map((i) => i.sceneId)).toEqual(
      film.scenes.slice(0, MAX_EXERCISE_SCENES).map((s) => s.id),
    );
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toContain('at most 40');
    // Ranks are renumbered among the kept scenes: a permutation of 0..39.
    expect(capped.map((i) => i.timeRank).sort((a, b) => a - b)).toEqual(storyOrder(40));
  });

  it('keeps an answer that fits the exercise and drops one that does not, with a notice', () => {
    expect(resolveExercise(SAMPLE_FILM, FOUR, [1, 3, 0, 2]).answer).toEqual([1, 3, 0, 2]);
    const wrong = resolveExercise(SAMPLE_FILM, FOUR, [0, 1, 2]);
    expect(wrong.answer).toBeNull();
    expect(wrong.ignored).toEqual(['answer (it orders 3 scenes, this exercise has 4)']);
  });
});

describe('scoreAnswer', () => {
  it('gives 100% to the film order and 0% to its reverse', () => {
    expect(scoreAnswer(items, [1, 3, 0, 2])).toMatchObject({ agreeing: 6, pairs: 6, agreement: 1 });
    expect(scoreAnswer(items, [2, 0, 3, 1])).toMatchObject({ agreeing: 0, agreement: 0 });
  });

  it('gives the share of pairs in the right relative order to the story order', () => {
    // Story order puts ranks 2, 0, 3, 1: pairs (2,3), (0,3), (0,1) agree; 3 of 6.
    const score = scoreAnswer(items, storyOrder(4));
    expect(score).toMatchObject({ agreeing: 3, pairs: 6, agreement: 0.5, misplaced: 4 });
  });

  it('equals (Kendall tau + 1) / 2 on a larger film', () => {
    const film = generateFilm({ scenes: 30, seed: 11 });
    const exercise = resolveExercise(film, []).items;
    const order = storyOrder(30).reverse();
    const ranks = order.map((i) => exercise[i]?.timeRank ?? -1);
    expect(scoreAnswer(exercise, order).agreement).toBeCloseTo((tau(ranks) + 1) / 2, 12);
  });

  it('lists each scene at the student position against its right one', () => {
    const { placed, misplaced } = scoreAnswer(items, [1, 0, 3, 2]);
    expect(placed.map((p) => [p.item.sceneId, p.position, p.correct])).toEqual([
      ['s02', 0, 0],
      ['s01', 1, 2],
      ['s04', 2, 1],
      ['s03', 3, 3],
    ]);
    expect(misplaced).toBe(2);
  });

  it('refuses an answer that is not a permutation of the items', () => {
    expect(() => scoreAnswer(items, [0, 0, 1, 2])).toThrow();
    expect(() => scoreAnswer(items, [0, 1, 2])).toThrow();
  });
});

describe('encodeAnswer / decodeAnswer', () => {
  it('writes one character per position and reads it back', () => {
    expect(encodeAnswer([1, 3, 0, 2])).toBe('1302');
    expect(decodeAnswer('1302')).toEqual([1, 3, 0, 2]);
    const forty = storyOrder(40).reverse();
    expect(encodeAnswer(forty)).toHaveLength(40);
    expect(decodeAnswer(encodeAnswer(forty))).toEqual(forty);
  });

  it.each([
    ['a repeat', '1102'],
    ['a gap', '0124'],
    ['an unknown character', '01-2'],
    ['a single scene', '0'],
    ['nothing', ''],
    [
      'more than the cap',
      storyOrder(41)
        .map((i) => String.fromCharCode(48 + i))
        .join(''),
    ],
  ])('rejects %s', (_, raw) => {
    expect(decodeAnswer(raw)).toBeUndefined();
  });
});

describe('randomSubset', () => {
  const film = generateFilm({ scenes: 48, seed: 4 });

  it('draws the same scenes for the same seed, in story order', () => {
    const a = randomSubset(film, 10, 7);
    expect(a).toEqual(randomSubset(film, 10, 7));
    expect(a).toHaveLength(10);
    expect(new Set(a).size).toBe(10);
    const positions = a.map((id) => film.scenes.findIndex((s) => s.id === id));
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
  });

  it('draws other scenes for another seed', () => {
    expect(randomSubset(film, 10, 8)).not.toEqual(randomSubset(film, 10, 7));
  });

  it('takes every scene of a film no longer than the count', () => {
    expect(randomSubset(SAMPLE_FILM, 10, 1)).toEqual(SAMPLE_FILM.scenes.map((s) => s.id));
  });
});

describe('moveItem', () => {
  it('moves an entry and clamps the target', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, -5)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 7, 0)).toEqual(['a', 'b', 'c']);
  });
});

describe('exercise links', () => {
  it('round-trips an exercise with an answer through the URL', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      page: 'exercise' as const,
      film: 'lighthouse',
      ex: FOUR,
      answer: [1, 3, 0, 2],
    };
    const search = toSearch(state);
    expect(search).toBe('?page=exercise&film=lighthouse&ex=s01,s02,s03,s04&answer=1302');
    expect(parseUrl(search)).toEqual({ state, ignored: [] });
  });

  it('ignores a bad answer with a notice and keeps the exercise', () => {
    const { state, ignored } = parseUrl('?page=exercise&film=lighthouse&ex=s01,s02&answer=00');
    expect(state.answer).toBeNull();
    expect(state.ex).toEqual(['s01', 's02']);
    expect(ignored).toEqual(['answer=00 (not a valid value)']);
  });

  it('ignores a bad subset with a notice', () => {
    const { state, ignored } = parseUrl('?page=exercise&film=lighthouse&ex=s01,<b>');
    expect(state.ex).toEqual([]);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatch(/^ex=.*\(not a valid value\)$/);
  });

  it('ignores exercise parameters off the exercise page, and never writes them there', () => {
    const { state, ignored } = parseUrl('?film=lighthouse&ex=s01,s02&answer=10');
    expect(state).toMatchObject({ page: 'explore', ex: [], answer: null });
    expect(ignored).toEqual(['ex (needs page=exercise)', 'answer (needs page=exercise)']);
    expect(toSearch({ ...DEFAULT_VIEW_STATE, film: 'lighthouse', ex: ['s01'], answer: [0] })).toBe(
      '?film=lighthouse',
    );
  });
});
