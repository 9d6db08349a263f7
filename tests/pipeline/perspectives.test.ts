import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { openerAt } from '../../src/pipeline/accounts';
import { markOf, storyHeading, storyOpener } from '../../src/pipeline/stories';

/** The chronological index of the scene holding each phrase of a converted document. */
const chronoOf = (text: string, phrases: string[]): number[] => {
  const film = convertDocuments([{ file: 'test.txt', text }], new Diagnostics())[0];
  if (!film) throw new Error('no film');
  return phrases.map((p) => {
    const scene = film.scenes.find((s) => s.text.includes(p));
    if (!scene) throw new Error(`no scene holds "${p}"`);
    return scene.chronoIndex;
  });
};

const increasing = (xs: number[]): boolean => xs.every((x, i) => i === 0 || x > (xs[i - 1] ?? -1));
/** In order, phrases of one scene sharing its index. */
const inOrder = (xs: number[]): boolean => xs.every((x, i) => i === 0 || x >= (xs[i - 1] ?? -1));

describe('the time a sentence names', () => {
  it('reads a day of the week and its part of the day', () => {
    expect(markOf('On Saturday night, as the gale peaks, she closes the shutters.', true)).toEqual({
      day: 5,
      minutes: 22 * 60,
      open: false,
      weak: true,
    });
    expect(markOf('By Thursday he has stopped answering the phone.', true)?.day).toBe(3);
  });

  it('reads a clock time opening the sentence, its half of the day left open', () => {
    expect(markOf('At twenty to ten the lights in the square go out.', true)).toMatchObject({
      minutes: 9 * 60 + 40,
      open: true,
      weak: false,
    });
    expect(markOf('That evening he eats at his sister’s flat.', true)).toMatchObject({
      minutes: 19 * 60,
      weak: true,
    });
  });

  it('does not read a habit, a time later in the sentence, or another day', () => {
    expect(markOf('She writes to her son every Monday, without fail.', false)).toBeNull();
    expect(
      markOf('He walks to the harbour and, much later and far away, it is Tuesday.', true),
    ).toBeNull();
    expect(markOf('The next morning the ferry is cancelled.', true)).toBeNull();
  });
});

describe('a heading that opens one story', () => {
  it('reads part headings, telling headings and a character’s name found in the story', () => {
    expect(storyHeading('Part Two: Marisol', 'Marisol wakes early.')).toBe('part');
    expect(storyHeading('Chapter 3', 'It rains.')).toBe('part');
    expect(storyHeading('The cook’s version', 'The cook says the door was open.')).toBe('telling');
    expect(storyHeading('What the ferryman saw', 'He was on the far bank.')).toBe('telling');
    expect(storyHeading('OSKAR', 'On Monday Oskar fixes the boat.')).toBe('name');
    expect(storyHeading('II. Mrs Lund', 'Mrs Lund has not left her room.')).toBe('name');
  });

  it('does not read a section heading or a name the story under it never mentions', () => {
    expect(storyHeading('Plot', 'The plot begins on a Monday.')).toBeNull();
    expect(storyHeading('Reception', 'Critics liked it.')).toBeNull();
    expect(storyHeading('OSKAR', 'On Monday Vera fixes the boat.')).toBeNull();
  });
});

describe('a sentence that opens one story', () => {
  it('reads "the second story follows", "the last chapter belongs to", "the film goes back"', () => {
    expect(storyOpener('The second story follows Ines, a courier.')).toBe(true);
    expect(storyOpener('The last chapter belongs to the old doctor.')).toBe(true);
    expect(storyOpener('Then the film goes back to the start of the day.')).toBe(true);
    expect(storyOpener('The third perspective is the nurse’s.')).toBe(true);
  });

  it('does not read a character called Story, or an ordinary sentence', () => {
    expect(storyOpener('The second Story sees of the house is the cellar.')).toBe(false);
    expect(storyOpener('Meanwhile, across town, Ines loads her bike.')).toBe(false);
  });
});

const WEEK = `The Lighthouse Week (2020)

Plot

The film tells the same week three times, once for each of the people at the lighthouse, from Monday to Sunday.

OSKAR

On Monday morning Oskar Lind, the keeper, repaints the railings of the gallery. On Wednesday he argues with the harbour master about the new automatic lamp. On Friday night the lamp fails and Oskar climbs the tower in the dark with a torch. On Sunday Oskar packs his books into crates.

VERA

The second chapter goes back to Monday and follows Vera Lind, his daughter, who arrives with the supply boat. On Tuesday Vera reads her father's letters in the boathouse. On Friday night she holds the ladder at the foot of the tower while the lamp is dark. On Saturday she takes the boat to the mainland alone.

THE BOY

The last chapter is the boy's. On Tuesday Emil, the cook's son, finds a gull with a broken wing on the rocks. On Thursday Emil hides it in the coal store. On Friday night Emil sees the tower go dark from his window and counts the seconds.

Cast

Jon Ek as Oskar Lind
Sara Moe as Vera Lind
Leo Berg as Emil
`;

describe('a chaptered film whose chapters each run through the same week', () => {
  it('interleaves the chapters by their days', () => {
    const [oMon, vMon, vTue, eTue, oWed, eThu, oFri, vSat, oSun] = chronoOf(WEEK, [
      'repaints the railings',
      'arrives with the supply boat',
      "reads her father's letters",
      'finds a gull with a broken wing',
      'argues with the harbour master',
      'hides it in the coal store',
      'climbs the tower in the dark',
      'takes the boat to the mainland',
      'packs his books into crates',
    ]);
    expect(
      increasing([
        oMon ?? -1,
        vTue ?? -1,
        oWed ?? -1,
        eThu ?? -1,
        oFri ?? -1,
        vSat ?? -1,
        oSun ?? -1,
      ]),
    ).toBe(true);
    expect(vMon).toBeLessThan(vTue ?? -1);
    expect(eTue).toBeLessThan(oWed ?? -1);
  });

  it('leaves a week told once in order, with an ordinary "Meanwhile", in text order', () => {
    const linear = `Plot

On Monday morning Oskar Lind repaints the railings of the gallery. On Wednesday he argues with the harbour master about the new lamp.

Meanwhile, across the bay, his daughter Vera packs for the supply boat. On Friday she arrives and they eat together in silence.

On Friday night the lamp fails and Oskar climbs the tower in the dark. On Sunday he packs his books into crates.
`;
    const order = chronoOf(linear, [
      'repaints the railings',
      'argues with the harbour master',
      'packs for the supply boat',
      'climbs the tower in the dark',
      'packs his books into crates',
    ]);
    expect(inOrder(order)).toBe(true);
  });

  it('leaves a film in parts told in order, with one flashback, to the other passes', () => {
    const parts = `Plot

Part One: The Keeper

On Monday morning Oskar Lind repaints the railings of the gallery. On Wednesday he argues with the harbour master about the new lamp.

Part Two: The Storm

Twenty years earlier, Oskar had watched his own father drown off the point. On Friday night the lamp fails and Oskar climbs the tower in the dark. On Sunday he packs his books into crates.
`;
    const [mon, wed, past] = chronoOf(parts, [
      'repaints the railings',
      'argues with the harbour master',
      'watched his own father drown',
    ]);
    expect(past).toBeLessThan(mon ?? -1);
    expect(inOrder([mon ?? -1, wed ?? -1])).toBe(true);
  });
});

describe('an account opened by a point of view or an ordinal account', () => {
  it('reads "From the dead man\u2019s point of view", "In this fourth account", "as the cook tells it"', () => {
    expect(openerAt("From the dead man's point of view the afternoon went otherwise.")).toBe(true);
    expect(openerAt('From Ilka’s perspective, the bandit left at once.')).toBe(true);
    expect(openerAt('In this fourth account the duel was no duel at all.')).toBe(true);
    expect(openerAt('In the second version, the wife strikes first.')).toBe(true);
    expect(openerAt('The night as the cook tells it begins at the back door.')).toBe(true);
  });

  it('does not read a point of view in the middle of a sentence or a plain "In the" clause', () => {
    expect(openerAt('The film is shot from a low point of view throughout.')).toBe(false);
    expect(openerAt('In the morning the bandit rides upriver.')).toBe(false);
    expect(openerAt('From the bridge she sees the whole river.')).toBe(false);
  });
});
