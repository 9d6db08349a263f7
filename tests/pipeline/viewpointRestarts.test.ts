import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { witnessIntro } from '../../src/pipeline/accounts';
import { placeReturnWords } from '../../src/pipeline/placeReturns';
import { storyAroundReaderAside } from '../../src/pipeline/readerAside';
import { viewpointOpener } from '../../src/pipeline/stories';

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

describe('a viewpoint taking up its own stretch of time', () => {
  it('reads a name owning a day, a weekend or a side of it, beginning', () => {
    expect(viewpointOpener('Jonah’s Friday begins at the hospital, at four.')).toBe(true);
    expect(viewpointOpener("Teo's weekend starts on Friday at nine in the evening.")).toBe(true);
    expect(viewpointOpener('For Ruth, the day starts at dawn on the ferry.')).toBe(true);
    expect(viewpointOpener("Then Iris Vane's side of the story opens in the kitchen.")).toBe(true);
    expect(viewpointOpener("Friday, 4 p.m., from Jonah's side: he is late for work.")).toBe(true);
  });

  it('does not read a thing’s time, a day’s event, or a place seen from', () => {
    expect(viewpointOpener("Sunday's match starts at three, and the town empties.")).toBe(false);
    expect(viewpointOpener("The film's Friday begins with a long shot of the depot.")).toBe(false);
    expect(viewpointOpener("Jonah's shift ended hours ago, but he stays.")).toBe(false);
    expect(viewpointOpener("From the bridge she sees Jonah's car turn into the yard.")).toBe(false);
    expect(viewpointOpener("He had always loved Jonah's side of the family.")).toBe(false);
  });
});

/** One weekend told twice, once per person, both ending on the barge exploding, then after. */
const WEEKEND = `Friday, 6 p.m.: Ada Marsh locks up the bakery on Quay Street and walks home along the canal in the rain, stopping to feed the swans.

On Saturday morning Ada drives to the coast to see her mother, who no longer knows her name, and sits with her in the garden of the home for an hour.

On Sunday, at two o'clock, Ada meets her brother at the station. At 3 p.m. the two of them are standing on the footbridge when the fireworks barge explodes below them.

Ben Toller's Friday begins at noon, at the boatyard, where he signs for the old barge without reading the papers the owner puts in front of him.

On Saturday afternoon Ben loads forty crates of fireworks onto the barge, most of them far past their date, and covers them with a tarpaulin.

On Sunday, at 3 p.m., Ben lights the first fuse too early and the barge explodes under the footbridge, throwing him into the water.

On Monday morning the police question Ben in his hospital bed about the crates, and Ada brings him a loaf from the bakery.`;

describe('viewpoints telling one weekend in turn, with no headings', () => {
  it('interleaves them on the days and hours they name, the shared moment together', () => {
    const [benFriday, adaFriday, adaSaturday, benSaturday, adaSunday, blast1, blast2, monday] =
      chronoOf(WEEKEND, [
        'he signs for the old barge',
        'locks up the bakery',
        'drives to the coast',
        'loads forty crates',
        'Ada meets her brother at the station',
        'when the fireworks barge explodes below them',
        'Ben lights the first fuse',
        'the police question Ben',
      ]);
    expect(
      increasing([
        benFriday ?? 0,
        adaFriday ?? 0,
        adaSaturday ?? 0,
        benSaturday ?? 0,
        adaSunday ?? 0,
      ]),
    ).toBe(true);
    // The blast, told twice, sits after both Sundays began and before Monday.
    for (const b of [blast1 ?? 0, blast2 ?? 0]) {
      expect(b).toBeGreaterThan(adaSunday ?? 0);
      expect(b).toBeLessThan(monday ?? 0);
    }
    expect(Math.abs((blast1 ?? 0) - (blast2 ?? 0))).toBeLessThanOrEqual(1);
  });

  it('leaves a week told once in order alone, though each day is someone’s', () => {
    const doc = `Tom Reyes's Monday begins at dawn on the trawler, hauling nets with his uncle until his hands bleed and the hold is full.

On Tuesday Tom sells the catch at the market in Newlyn and buys his sister a second-hand bicycle with the money he has left over.

Nell Reyes's Wednesday begins with the bicycle: she rides it to school, crashes it at the bottom of Chapel Hill and walks the rest of the way.

On Thursday evening Nell and Tom argue about their uncle, and Tom leaves the house without his coat.

On Friday night the trawler does not come back, and Nell waits on the harbour wall until morning.`;
    const xs = chronoOf(doc, [
      'hauling nets',
      'sells the catch',
      'she rides it to school',
      'Nell and Tom argue',
      'the trawler does not come back',
    ]);
    expect(increasing(xs)).toBe(true);
  });
});

describe('a recap paragraph opening on one sentence to its reader', () => {
  it('keeps the story after the aside', () => {
    const names = new Set(['Jonah', 'Mara']);
    const p =
      'And then, just as you are getting your breath back, the film starts again. Jonah wakes in the ward at four. He sits with Mr Obi until midnight.';
    expect(storyAroundReaderAside(p, names)?.from).toBe(p.indexOf('Jonah wakes'));
  });

  it('keeps a story paragraph with one sentence to its reader in the middle or at its end', () => {
    const names = new Set(['Jonah', 'Mara']);
    const middle =
      'Mara takes the early ferry. At noon she buys a ring for Jonah, and if you remember the first scene you will guess why. We see her hide it in her coat. She waits on the quay until dark.';
    expect(storyAroundReaderAside(middle, names)).toEqual({ from: 0, to: middle.length });
    const end =
      'Jonah drives north through the night. Mara sleeps in the back seat. You will not forget the last shot.';
    expect(storyAroundReaderAside(end, names)).toEqual({ from: 0, to: end.indexOf(' You') });
  });

  it('reads the audience’s "we have seen" as the telling, not the writer', () => {
    const names = new Set(['Ines', 'Teo']);
    const p =
      '8:15 AM. Breakfast in the old kitchen, after everything we’ve seen. Teo burns the eggs, and his hands are fine; you notice, because you spent an hour on that splint. He gives Ines a key. She leaves for work.';
    expect(storyAroundReaderAside(p, names)).toEqual({ from: 0, to: p.length });
    // The writer's own "we" stays the writer's.
    expect(
      storyAroundReaderAside(
        'We loved it. Teo burns the eggs, and you will wince. He gives Ines a key. She leaves.',
        names,
      ),
    ).toBeNull();
  });

  it('does not keep a review paragraph that talks to its reader about the film', () => {
    const names = new Set(['Mara', 'Lisbon']);
    expect(
      storyAroundReaderAside(
        'The film cuts between Mara in Lisbon and her daughter. The director shows a caption twice. After that you are on your own.',
        names,
      ),
    ).toBeNull();
  });

  it('does not keep a paragraph talking to its reader throughout, or about the writer', () => {
    const names = new Set(['Jonah']);
    expect(
      storyAroundReaderAside(
        'If you liked this, you will love our archive. Jonah is back next week. Your comments help.',
        names,
      ),
    ).toBeNull();
    expect(
      storyAroundReaderAside(
        'You have to see this one. I watched it twice. Jonah is wonderful in it.',
        names,
      ),
    ).toBeNull();
    // No one of the story named after the aside: furniture.
    expect(
      storyAroundReaderAside(
        'You can stream it from Friday on your phone. The disc follows in May. It has a commentary.',
        names,
      ),
    ).toBeNull();
  });
});

describe('one day told three times from three people, by the clock', () => {
  it('orders each viewpoint’s hours into the one day', () => {
    const text = [
      'Ferry Day (2019) follows three people through one Saturday on the island.',
      'The first part is Ines Moreau’s. Her day begins at half past four, when she unlocks the bakery and lights the ovens. At nine o’clock she drives the bread down to the harbour. Shortly before eleven the ferry’s ramp jams and a lorry rolls back into the water.',
      'The second part belongs to the lorry driver, Piet Aalders. He wakes at half past six in a bunk on the mainland and loads the lorry at seven o’clock. At half past ten he drives onto the ferry, and if you were counting the minutes you already know what comes. He jumps clear as the lorry slides back. At five that afternoon he gives a statement to the harbour police.',
      'The third part is the ferry captain’s, Rosa Lind’s. At eight o’clock she argues with the owner about the ramp. At a quarter to eleven she signals the lorry aboard. At eight in the evening she walks to the bakery and buys the last loaf from Ines.',
    ].join('\n\n');
    const order = chronoOf(text, [
      'unlocks the bakery',
      'He wakes at half past six',
      'At eight o’clock she argues',
      'At nine o’clock she drives',
      'At a quarter to eleven',
      'At five that afternoon',
      'At eight in the evening',
    ]);
    expect(increasing(order)).toBe(true);
  });
});

describe('a witness introduced by the frame before the account', () => {
  it('reads the introduction, not a witness already telling', () => {
    expect(witnessIntro('The first witness is Dilys Harte, who runs the beach café.')).toBe(true);
    expect(witnessIntro('The second witness, Nia Prosser, tells a different story.')).toBe(true);
    expect(witnessIntro('The next witness takes the stand.')).toBe(true);
    expect(witnessIntro('The second witness, Lena, remembers arriving at ten.')).toBe(false);
    expect(witnessIntro('The third witness is sure that the door was locked.')).toBe(false);
    expect(witnessIntro('The last witness is not called until the spring.')).toBe(false);
  });

  it('keeps the introduction in the hearing, after the night the accounts tell', () => {
    const doc = `In March the coroner opens the inquest into the death of the ferryman, Idris Vell, in the town hall at Penmor. His widow sits at the back with her sister.

The first witness is Mair Lusk, who keeps the harbour kiosk. In her evidence she goes back to the night of the storm. Idris came to the kiosk a little after nine and bought cigarettes. At ten she saw him untie the ferry and take it out into the storm alone.

At the lunch break the widow follows Mair onto the harbour wall and slaps her.

The second witness, Owen Tarr, tells a different story. In his account Idris was not alone at all. At half past nine Owen saw a second man climb aboard. At ten he watched the ferry leave with both of them standing at the wheel.

The last witness is the harbourmaster, Bryn Coles, called by the widow's lawyer. As Bryn tells it, at ten the ferry's lights went out before it cleared the harbour wall, and at eleven he found the boat empty on the rocks.

The coroner records an open verdict, and the widow walks out before the end.`;
    const [night, mairIntro, slap, owenIntro, bryn, verdict] = chronoOf(doc, [
      'bought cigarettes',
      'The first witness is Mair Lusk',
      'slaps her',
      'The second witness, Owen Tarr',
      'found the boat empty',
      'records an open verdict',
    ]);
    expect(night ?? 0).toBeLessThan(bryn ?? 0);
    expect(increasing([bryn ?? 0, mairIntro ?? 0, slap ?? 0, owenIntro ?? 0, verdict ?? 0])).toBe(
      true,
    );
  });
});

describe('a return to the main line cued by one of its places', () => {
  it('reads the place a paragraph returns to, in the present tense', () => {
    expect(placeReturnWords('Back in Cardiff, Rhian phones her uncle.')).toEqual(['cardiff']);
    expect(placeReturnWords('Meanwhile, at the farm, Gareth admits what he knows.')).toEqual([
      'farm',
    ]);
    expect(placeReturnWords('In the present-day flat, Rhian sits on the floor.')).toEqual(['flat']);
    expect(placeReturnWords('Back in 1981, Eluned teaches at the chapel school.')).toBeNull();
    expect(placeReturnWords('Back in the present, Rhian sits on the floor.')).toBeNull();
    expect(placeReturnWords('Back at the farm, Gareth had always kept the letters.')).toBeNull();
  });

  const told = (
    middle: string,
  ): string => `Lisbon, spring 2019. Ines Duarte, a widowed pharmacist, opens her late husband's bookshop on Rua das Flores for the first time in a year and sorts the post that has piled up behind the door.

On Tuesday she drives out to the family vineyard above Pinhão, where her brother-in-law Rui shows her the cellar and a crate of her husband's notebooks.

${middle}

Meanwhile, at the vineyard, Rui admits what he has known for years: that Tomas came home from Beira in 1975 with debts to half the valley. Ines drives back to Lisbon without a word.

On Friday Ines reopens the bookshop and puts the notebooks in the window.`;

  it('brings the paragraph back to the main line after a flashback told elsewhere', () => {
    const doc = told(
      `The notebooks take the film to Mozambique in 1974, where young Tomas Duarte works as a radio operator in Beira and falls in love with a nurse. He writes to her every day for a year and never sends a single letter.`,
    );
    const [shop, vineyard, beira, rui] = chronoOf(doc, [
      'opens her late husband',
      'drives out to the family vineyard',
      'works as a radio operator in Beira',
      'Rui admits what he has known',
    ]);
    expect(beira ?? 0).toBeLessThan(shop ?? 0);
    expect(increasing([shop ?? 0, vineyard ?? 0, rui ?? 0])).toBe(true);
  });

  it('moves nothing when a character simply comes back to the place', () => {
    const doc = `Lisbon, spring 2019. Ines Duarte, a widowed pharmacist, opens her late husband's bookshop on Rua das Flores for the first time in a year and sorts the post that has piled up behind the door.

On Tuesday she takes the early train to Porto to meet the bank manager, who tells her the shop is worth less than its debts, and she eats alone in the station cafe.

Back in Lisbon, Ines climbs the ladder in the back room and finds a crate of her husband's notebooks behind the encyclopaedias.

On Friday she reopens the bookshop and puts the notebooks in the window.`;
    const xs = chronoOf(doc, [
      'opens her late husband',
      'meet the bank manager',
      'finds a crate of her husband',
      'reopens the bookshop',
    ]);
    expect(increasing(xs)).toBe(true);
  });
});
