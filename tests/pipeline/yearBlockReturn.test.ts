import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';
import { openingTense } from '../../src/pipeline/blockTense';

// A present-tense synopsis dated by a year, an older year told as the place's history in a
// paragraph that mixes the past of that year with the present of the telling ("... died in
// 1981, and the island still does not speak his name"), then the main line again in the
// present with no cue, and later years named again (a payout two years on, a confession back in
// the first one). The base tense coming back ends the dated past: the investigation is the
// present's, after the opening, not part of the history.
const UNDERTOW = [
  'Undertow (2018)',
  'Plot',
  'Undertow begins on a grey morning in 2017, when the ferry Solvig runs onto the rocks off Hallö with forty passengers aboard. Everyone on the island remembers the first wreck. In 1972 the old ferry Marit sank on the same crossing and six people drowned, and the captain, Arvid Holm, was blamed for it. Holm died in 1981, and the island still does not speak his name.',
  "The shipping board sends Oskar Lind, a quiet marine inspector from Malmö, to find out what happened. He rents a room over the chandler's shop and walks the harbour every evening.",
  'Oskar interviews the young skipper of the Solvig, Elin Berg, who insists the chart was wrong. At the harbour office he notices that a buoy has been moved twice in ten years.',
  'In the town archive Oskar reads that the owners of the Marit were paid twice over by their insurers in the spring of 1974.',
  'Then the boathouse. Oskar sits with the old mate, Kjell Strand, and the old man tells him everything. In the autumn of 1972 the owners paid Kjell to move the buoy off the reef, and the Marit struck it in the fog. Holm had only followed the light.',
  "Kjell is arrested at the end of the week, and in the last scene Oskar and Elin watch divers raise the Marit's bell.",
].join('\n\n');

const THE_LONG_TIDE = [
  'The Long Tide (2015)',
  'In the summer of 2014, a schoolgirl vanishes from the beach at Porthcarrow. The village has lost a child before. In 1979 a boy, Danny Pengelly, disappeared from the same cove, and a fisherman named Eli Rowe was convicted of killing him. Rowe hanged himself in prison in 1983, and nobody in Porthcarrow has mentioned him since.',
  'Detective Sergeant Kate Moran comes down from Truro to lead the search. She takes a room at the Lugger and walks the cliff path every night.',
  "Kate questions Danny's sister, Jean, who still sets a place for him at Christmas. Jean shows Kate a postcard that came from Plymouth in 1985, unsigned.",
  'The girl is found alive in a sea cave on the third day. Kate keeps digging. She learns that the harbourmaster bought a new boat in 1980 with money nobody can explain.',
  'At last the old harbourmaster, Wilf Teague, talks. In the autumn of 1979 he took Danny to Plymouth on his boat and left him with a couple who paid him, and he let Eli Rowe go to prison for it.',
  'Wilf is charged, and in the final scene Jean reads the postcard again on the harbour wall.',
].join('\n\n');

// A review page: furniture around the prose, "Enter Ada Kerr" as the return.
const SALT_LINE = [
  'THE HARBOUR GAZETTE | Reviews',
  'Salt Line: a slow coastal thriller',
  'By P. Morrow',
  "Salt Line (2020, 99 minutes) opens in the winter of 2019, as a warehouse on the Tern quay burns to the ground. It is not the quay's first fire. In 1988 a blaze in the same warehouse killed a night watchman, Tom Reilly, and a docker called Frank Deane was jailed for it. Deane was released in 1999, a broken man, and the town has mostly forgotten him.",
  "Enter Ada Kerr, a fraud investigator from Glasgow, who is sent by the underwriters to look at the owner's claim. She lodges at the Anchor and starts knocking on doors.",
  "Ada calls first on Reilly's widow, Nora, who still keeps his lamp on the dresser. Nora tells her she never believed Frank did it.",
  'At the allotments Ada finds Cyril Munro, the warehouse foreman back in 1988, who says he went home early that night. Ada does not believe him.',
  "In the council records she discovers that the owner's father bought two new cranes in 1990.",
  'Finally Cyril breaks. He tells Ada and Nora what happened. In the summer of 1988 the owner paid him to burn the stock, and he lit the fire without knowing that Reilly was asleep upstairs. He set the new fire too.',
  'In the last scene, in spring, Nora and Ada watch the warehouse come down.',
].join('\n\n');

describe('a dated past told in the past tense ends when the present tense comes back', () => {
  it('places the investigation after the opening and the history before it', () => {
    const f = convertText(UNDERTOW);
    const opening = sceneHolding(f, 'runs onto the rocks').chronoIndex;
    const history = sceneHolding(f, 'six people drowned').chronoIndex;
    const told = sceneHolding(f, 'paid Kjell to move the buoy').chronoIndex;
    expect(history).toBeLessThan(opening);
    expect(told).toBeLessThan(opening);
    for (const later of [
      'The shipping board sends Oskar',
      'Oskar interviews the young skipper',
      'Oskar sits with the old mate',
      'Kjell is arrested',
    ])
      expect(sceneHolding(f, later).chronoIndex).toBeGreaterThan(opening);
    expect(sceneHolding(f, 'Oskar interviews').chronoIndex).toBeGreaterThan(
      sceneHolding(f, 'The shipping board').chronoIndex,
    );
  });

  it('does so in other words, with a search and a confession', () => {
    const f = convertText(THE_LONG_TIDE);
    const opening = sceneHolding(f, 'a schoolgirl vanishes').chronoIndex;
    expect(sceneHolding(f, 'Danny Pengelly, disappeared').chronoIndex).toBeLessThan(opening);
    expect(sceneHolding(f, 'he took Danny to Plymouth').chronoIndex).toBeLessThan(opening);
    for (const later of ['Kate Moran comes down', 'Kate questions', 'Wilf is charged'])
      expect(sceneHolding(f, later).chronoIndex).toBeGreaterThan(opening);
  });

  it('does so on a review page', () => {
    const f = convertText(SALT_LINE);
    const opening = sceneHolding(f, 'burns to the ground').chronoIndex;
    expect(sceneHolding(f, 'killed a night watchman').chronoIndex).toBeLessThan(opening);
    expect(sceneHolding(f, 'paid him to burn the stock').chronoIndex).toBeLessThan(opening);
    for (const later of [
      'Enter Ada Kerr',
      'Ada calls first',
      'Finally Cyril breaks',
      'Nora and Ada watch',
    ])
      expect(sceneHolding(f, later).chronoIndex).toBeGreaterThan(opening);
  });
});

describe('openingTense (blockTense.ts)', () => {
  /** The text's sentences, split after each full stop. */
  const segOf = (text: string) => {
    const sentences: { start: number; end: number }[] = [];
    let start = 0;
    for (const m of text.matchAll(/\.(?:\s|$)/g)) {
      sentences.push({ start, end: m.index + 1 });
      start = m.index + m[0].length;
    }
    return { sentences };
  };
  it('reads the first sentence of one tense', () => {
    const t =
      'In 1972 the old ferry Marit sank off the point. Holm died in 1981, and nobody speaks of him.';
    expect(openingTense(t, segOf(t))).toBe('past');
  });
  it('leaves a mixed first sentence, or a lone sentence, unknown', () => {
    const mixed = 'In 1972 the ferry sank and the village still mourns. Holm died in 1981.';
    expect(openingTense(mixed, segOf(mixed))).toBe('unknown');
    const lone = 'In 1972 the old ferry Marit sank off the point.';
    expect(openingTense(lone, segOf(lone))).toBe('unknown');
  });
});
