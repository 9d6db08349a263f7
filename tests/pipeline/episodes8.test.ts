import { describe, expect, it } from 'vitest';
import {
  applyEpisodes,
  episodesOutOfOrder,
  fullDateYear,
  toldThing,
  warYear,
  yearCard,
} from '../../src/pipeline/episodes';
import { chronoRanks, placeSegments } from '../../src/pipeline/order';
import { seriesMarks } from '../../src/pipeline/series';
import { spokenLoopMark } from '../../src/pipeline/spokenLoops';
import { placedRanks, segmentParagraphs } from '../fixtures/paragraphs';

/** The year card of a one-paragraph text, or null. */
const cardOf = (p: string): number | null => {
  const { text, segs } = segmentParagraphs([p]);
  const s = segs[0];
  return s ? yearCard(text, s) : null;
};

/** The spoken loop count of a one-paragraph text, or null. */
const loopOf = (p: string): number | null => {
  const { text, segs } = segmentParagraphs([p]);
  const s = segs[0];
  return s ? (spokenLoopMark(text, s)?.n ?? null) : null;
};

describe('year cards', () => {
  it('reads a bare year, a year opening the paragraph, a place or season with it', () => {
    expect(cardOf('1971.')).toBe(1971);
    expect(cardOf('2023. Tom Farrow receives a parcel with no return address.')).toBe(2023);
    expect(cardOf('Budapest, 1956.')).toBe(1956);
    expect(cardOf('Summer of 1968.')).toBe(1968);
    expect(cardOf('1982, Lisbon.')).toBe(1982);
    expect(cardOf('Part Two: 1938')).toBe(1938);
  });

  it('does not take a year inside a sentence for a card', () => {
    expect(cardOf('She watches a 1971 film in the empty cinema.')).toBeNull();
    expect(cardOf('1971 was the year the mill closed and Ada left.')).toBeNull();
    expect(cardOf('In 1971, she leaves the village for good.')).toBeNull();
  });
});

describe('episode dates without a card', () => {
  it('reads a war as a time, the Second World War when unnamed among later cards', () => {
    expect(warYear('In the last winter of the war, a farm is buried in snow.', [1952, 1971])).toBe(
      1944.9,
    );
    expect(warYear('In the spring before the First World War, Viktor finishes it.', [1938])).toBe(
      1913.5,
    );
    expect(warYear('After the war, Marta sells the farm.', [1952, 1971])).toBe(1945.5);
  });

  it('does not date by a war that is no time, or an unnamed war before the century', () => {
    expect(warYear('He fought in the war and never spoke of it.', [1952, 1971])).toBeNull();
    expect(warYear('In the last winter of the war, the fort falls.', [1861, 1890])).toBeNull();
    expect(warYear('The war museum opens in the spring.', [1952, 1971])).toBeNull();
  });

  it('reads a full date in a headline line', () => {
    expect(fullDateYear('LOCAL GIRL MISSING, reads the Courier on 14 March 1997.')).toBeCloseTo(
      1997 + 2 / 12,
    );
    expect(fullDateYear('She was born in 1997 and grew up by the quarry.')).toBeNull();
  });

  it('reads a thing told in an earlier episode, not any sentence opening on "The"', () => {
    expect(toldThing('The watch Jonas gave his bride turns up in a pawnshop window.')).toEqual(
      new Set(['watch', 'jona', 'gave', 'bride']),
    );
    expect(toldThing('The accordion the soldier left behind hangs on a nail.')).toEqual(
      new Set(['accordion', 'soldier', 'left', 'behind']),
    );
    // No past clause: the thing is simply told now.
    expect(toldThing('The watch ticks on the table while Jonas sleeps.')).toBeNull();
    // A past sentence with no present verb after it is the story in the past tense, no reference.
    expect(toldThing('The man Ada loved left the village.')).toBeNull();
  });
});

describe('episodes told out of order', () => {
  const names = ['Jonas', 'Elsa', 'Ada', 'Marta', 'Pavel', 'Lena'];

  it('orders episodes by their cards, a war, an age and a reference to an earlier episode', () => {
    const ranks = placedRanks(
      [
        '1971.',
        'Jonas waits outside the registry office and gives Elsa the watch instead of a ring.',
        'Elsa winds the watch that night while Jonas sleeps.',
        'In the last winter of the war, the soldier Pavel sleeps in Marta’s barn and leaves his watch.',
        'Marta hides it in a flour tin.',
        'Ada, now seventy, finds the watch at a market and buys it back.',
        '1952.',
        'Ada is twelve. She sells the watch to a watchmaker to pay for medicine.',
        'The watch Jonas gave his bride turns up in a pawnshop window when the dockyard closes.',
        '1989.',
        'The pawnshop is cleared and the watch goes into a box for a dealer.',
        '2016.',
        'Lena inherits the watch and reads the name inside the lid.',
      ],
      names,
    );
    // Card 1971 (0-2), war (3-4), Ada seventy = 2010 (5), 1952 (6-7), the pawnshop after 1971
    // (8), 1989 (9-10), 2016 (11-12).
    const order = [3, 4, 6, 7, 0, 1, 2, 8, 9, 10, 5, 11, 12];
    const byRank = ranks.map((r, i) => ({ r, i })).sort((a, b) => a.r - b.r);
    expect(byRank.map((x) => x.i)).toEqual(order);
  });

  it('leaves a page alone whose years are inside sentences, not cards', () => {
    const { text, segs } = segmentParagraphs([
      'Ada watches a 1971 film in the empty cinema.',
      'Jonas tells her the film was shot in 1952 in the same town.',
      'In 1989 the cinema closes, Elsa says, and Ada does not believe her.',
      'Ada walks home along the river.',
    ]);
    expect(episodesOutOfOrder(text, segs)).toBe(false);
    const out = segs.map((_, i) => ({ t: i, kind: 'present' as const, timeCue: null }));
    expect(applyEpisodes(text, segs, out, new Set(names))).toBe(false);
    expect(out.map((p) => p.t)).toEqual(segs.map((_, i) => i));
  });

  it('leaves year cards told in order to the other passes', () => {
    const { text, segs } = segmentParagraphs([
      '1952.',
      'Ada is twelve and sells the watch.',
      '1971.',
      'Jonas gives Elsa the watch.',
      '1989.',
      'The pawnshop is cleared.',
    ]);
    const out = segs.map((_, i) => ({ t: i, kind: 'present' as const, timeCue: null }));
    expect(applyEpisodes(text, segs, out, new Set(names))).toBe(false);
  });

  it('sends a paragraph opening on someone of the other timeline back to it', () => {
    const ranks = placedRanks(
      [
        '2023. Tom, now in his thirties, gets a cassette in the post.',
        'Kate Doyle reads the old file. Her father died in 2019.',
        '1996. Nina and Jess swim in the quarry. Tom is eight and follows them.',
        '1997. Nina goes missing and Ray Doyle leads the search.',
        '1999. Jess sees Ray’s car at the pump house at night.',
        'Kate calls the number written in the margin of the file.',
      ],
      ['Tom', 'Kate', 'Doyle', 'Nina', 'Jess', 'Ray'],
    );
    const kate = ranks[5] ?? -1;
    expect(kate).toBeGreaterThan(ranks[4] ?? 99);
    expect(ranks[1]).toBeGreaterThan(ranks[4] ?? 99);
    expect(ranks[2]).toBe(0);
  });
});

describe('loops counted in talk', () => {
  it('reads the loop a paragraph says it tells', () => {
    expect(
      loopOf('[02:48] And then he wakes up again at six. So this is loop two, and he panics.'),
    ).toBe(2);
    expect(
      loopOf('Back on the ferry, loop number three. This time Theo goes to the captain.'),
    ).toBe(3);
    expect(loopOf('Loop number four is my favourite part of the movie.')).toBe(4);
    expect(loopOf('He wakes at six. This is the first loop, though he does not know it.')).toBe(1);
    expect(loopOf('The third time around, Theo skips breakfast and runs to the bridge.')).toBe(3);
  });

  it('does not count an "again" that is no loop, nor a loop only remembered', () => {
    expect(loopOf('She says again that the ferry is safe, and he believes her again.')).toBeNull();
    expect(loopOf('He wakes up again at six and the radio plays the same song.')).toBeNull();
    expect(loopOf('He remembers loop two, when Agnes laughed at him.')).toBeNull();
    expect(loopOf('For the first time around the island, the ferry runs late.')).toBeNull();
    expect(loopOf('The road makes a loop of two miles around the lake.')).toBeNull();
  });

  it('orders a recap that opens on the last loop and goes back, the old flashback first', () => {
    const { text, segs } = segmentParagraphs([
      'Okay, so the movie opens in total chaos. The ferry is sinking and Theo drags Priya to a hatch that will not open. This is actually the last loop.',
      'So basically he wakes up at six in his cabin. This is the first loop. At ten the ship hits something and he drowns.',
      'And then he wakes up again at six. So this is loop two, and he dies again in the stairwell.',
      'Okay, here is the one big flashback. Twenty-two years earlier, Theo is a boy waiting on the quay for his father.',
      'Back on the ferry, loop number three. This time Theo goes straight to the captain and is locked in.',
      'Loop number four is the best part. He finds the barrels in the lorry and meets Priya.',
      'So loop five is the final loop. Agnes believes him and they evacuate the lower decks.',
      'At ten the barrels go off, and we are back to the scene from the very beginning of the movie: Agnes opens the hatch.',
    ]);
    expect(seriesMarks(text, segs, true)?.filter((n) => n !== null)).toEqual([1, 2, 3, 4, 5]);
    const ranks = chronoRanks(
      placeSegments(text, segs, null, new Set(['Theo', 'Priya', 'Agnes'])).map((p) => p.t),
    );
    const rankOf = (phrase: string): number => {
      const at = text.indexOf(phrase);
      const k = segs.findIndex((s) => s.start <= at && at < s.end);
      return ranks[k] ?? -1;
    };
    // The flashback first, the loops by their counts, the teaser with the last loop's crisis.
    const order = [
      'Theo is a boy waiting on the quay',
      'he wakes up at six in his cabin',
      'So this is loop two',
      'loop number three',
      'Loop number four',
      'So loop five',
      'Theo drags Priya to a hatch',
      'Agnes opens the hatch',
    ].map(rankOf);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
  });
});
