import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

// A film told in reverse by chapters with a second strand running forwards between them
// (reverseStrands.ts): the strand's sections keep their order and lead up to the earliest
// chapter; an epilogue set later follows everything.

/** Festival notes: "Part N" chapters backwards, "Interlude" sections that say they run in order. */
const salt = [
  'THE SALT ROAD — programme notes, Harbour Lights Film Festival, screening 14',
  "Director Amaro Quintela's film about the last summer of a fishing family is told in reverse: each part steps further back, though the scenes inside a part run in their usual order.",
  "Part 4: August\nLucia Ferro scatters her father's ashes from the harbour wall while her brother Dino refuses to get out of the car. The harbour master, Bento, brings her a coffee and a folded letter. She reads it on the wall and tears it up.",
  'Interlude: the winter before\nBetween the parts, grainy home-video scenes follow Dino in the winter before, and these run in order. He loses his job at the cannery and hides it from his father for a week.',
  'Part 3: July\nThe father, Vittorio, is in the hospital in Setúbal. Lucia sits with him every night and reads him the football results. On the last night he asks her to sell the boat.',
  'Interlude: the spring before\nDino takes the boat out alone in a storm to prove he can still fish and nearly drowns. Bento tows him back in.',
  'Part 2: June\nVittorio collapses on the quay while mending nets. Lucia drives down from Lisbon that same evening and finds Dino drunk in the boat shed.',
  "Part 1: ten years later\nThe last part is an epilogue set ten years later. Lucia's daughter swims off the harbour wall where the ashes were scattered.\n",
].join('\n\n');

/** A list entry: "Reel N" going back through a night, "Mara, morning/noon/evening" going on. */
const lamps = [
  'Letterboxd list: "backwards films that actually work" — entry 7 of 12',
  '7. Nine Lamps (2016)',
  "Farida Osei's debut is structured in reverse. The reels go back through a single night in Kumasi, while short scenes of the widow Mara, shot on grainy film, interrupt them between reels.",
  'Reel Three\nAt four in the morning a taxi driver, Kojo, is found asleep at the wheel outside the hospital. A nurse wakes him and he drives off without a word.',
  "Mara, morning\nMara wakes in her sister's house and folds her late husband's shirts into a box.",
  'Reel Two\nAround two in the morning Kojo carries a wounded stranger into the hospital and waits in the corridor until the doctor comes out.',
  'Mara, noon\nMara sells the shirts at the market to a tailor and buys a lottery ticket with the money.',
  'Reel One\nNear midnight Kojo picks up the stranger outside a bar and sees the knife wound only when they reach the bridge.',
  'Mara, evening\nMara checks the lottery numbers on the radio and laughs for the first time since the funeral.\n',
].join('\n\n');

/** The same reels with a second kind of heading that neither says it runs forwards nor names times. */
const reels = [
  "Farida Osei's debut is structured in reverse. The reels go back through a single night in Kumasi, with short scenes of the widow Mara between them.",
  'Reel Three\nAt four in the morning a taxi driver, Kojo, is found asleep at the wheel outside the hospital.',
  "Mara at the market\nMara sells her late husband's shirts to a tailor and buys a lottery ticket.",
  'Reel Two\nAround two in the morning Kojo carries a wounded stranger into the hospital.',
  'Mara at home\nMara checks the lottery numbers on the radio and laughs for the first time since the funeral.',
  'Reel One\nNear midnight Kojo picks up the stranger outside a bar and sees the knife wound.',
].join('\n\n');

const order = (text: string, phrases: string[]): number[] => {
  const f = convertText(text);
  return phrases.map((p) => sceneHolding(f, p).chronoIndex);
};

const ascending = (xs: number[]): void => expect(xs).toEqual([...xs].sort((a, b) => a - b));

describe('chapters told in reverse with a strand running forwards between them', () => {
  it('runs the strand forwards up to the earliest chapter and puts the epilogue last', () => {
    ascending(
      order(salt, [
        'loses his job at the cannery',
        'takes the boat out alone',
        'collapses on the quay',
        'in the hospital in Setúbal',
        'scatters her father',
        'swims off the harbour wall',
      ]),
    );
  });

  it('reads a strand whose headings name times of day in their order', () => {
    ascending(
      order(lamps, [
        'folds her late husband',
        'sells the shirts at the market',
        'checks the lottery numbers',
        'Near midnight Kojo',
        'Around two in the morning',
        'found asleep at the wheel',
      ]),
    );
  });

  it('leaves a second kind of heading alone when nothing says it runs forwards', () => {
    const [market, home] = order(reels, ['sells her late husband', 'checks the lottery numbers']);
    expect(market).toBeGreaterThan(home ?? Infinity);
  });
});
