import { describe, expect, it } from 'vitest';
import { findClocks } from '../../src/pipeline/clock';
import { talksAboutFlashbacks } from '../../src/pipeline/flashbackEnds';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

// One night told by several people, each telling starting at its own clock time and running up
// to the moment they share (nightRestarts.ts): a telling that starts earlier on the clock than the
// times told before it goes back, though only one of them (or none) says it "rewinds".

/** A robbery told three times, on show notes: the third telling restarts by its clock alone. */
const vault = [
  'EPISODE 214 — SHOW NOTES',
  'This week we dig into Thin Ice at the Ferrand (2009, dir. Paola Verhoeven), a caper about a bank robbery in a small Alpine town that lasts barely four minutes on the clock and takes the whole film to tell.',
  'Part one: the guard',
  'Bruno Castel, the night guard, starts his shift at 1:15 and makes coffee in the back office. At 1:45 he hears the side door rattle and goes to look, but there is nobody there. At 2:05 two masked men come through the loading bay and tie him to a chair. He watches the vault open on the monitor and counts the seconds until the alarm.',
  'Part two: the teller',
  'The second part winds back to 12:50 and stays with Agathe Morel, the teller who never went home. She hides in the staff kitchen with a bottle of wine and a letter from her ex-husband. At 1:45 she opens the side door to smoke and leaves it unlocked. At 2:05 she hears the men in the loading bay and hides under the sink.',
  'Part three: the robber',
  'The last section belongs to Luc Arnaud, the younger of the masked men, and opens even earlier, at 11:30, in a car park across the valley. His brother Gilles loads the drills into the van. At 2:05 Luc ties the guard to the chair and finds Agathe under the sink. He lets her go.',
  'The next morning Bruno reads about the robbery in the paper and says nothing to the police.',
].join('\n\n');

/** A fire told three times with dotted clock times; the third telling says only "telling". */
const grain = [
  'MIDNIGHT AT THE GRAIN STORE — a film by Odile Prakash (1977)',
  'A grain store burns down in a Kansas town in 1931, and the film shows us the same night three times.',
  "Harlan's account comes first. At 9.20 he leaves the dance hall and walks home along the railway. At 10.45 he sees a light in the grain store and thinks nothing of it. At 11.30 the fire bell rings and he runs back to help.",
  "Then the picture rewinds to 8.15 and follows Mae, the store owner's daughter, who slips out of the house to meet a boy behind the store. At 10.45 she knocks over a lamp in the loft and runs. At 11.30 she watches the roof fall in from the churchyard.",
  "The third telling is the boy's. Ezra Pike waits behind the store from 7.50, and at 10.45 he hears Mae scream and climbs the ladder. At 11.30 he is the one who rings the fire bell.",
  'A week later Mae leaves town on the morning train.',
].join('\n\n');

/** Spoken clock times, no restart verb at all, and the shared moment named by "When ...". */
const ferry = [
  "THE FERRYMAN'S HOUR (1962) — a study guide for film students",
  'The film tells one evening on a river crossing three times, and a lantern goes out at the centre of each telling.',
  "The ferryman's turn comes first. At half past eight Tobias Wren ties up on the north bank and eats his supper in the boat. At a quarter to ten a woman in a grey shawl asks to be taken across. When the lantern goes out in mid-stream, he hears a splash and rows back alone.",
  "The passenger's version begins earlier, at seven o'clock, in the inn on the south bank, where Greta Lind sells her mother's ring to a stranger. At a quarter to ten she steps into the ferry. When the lantern goes out, she slips off her shoes and swims for the reeds.",
  "The stranger's account opens at six, on the road from the mill, where Anselm Frick waits for the carrier. At nine he follows Greta down to the landing. When the lantern goes out he is already on the far bank with the ring in his pocket.",
  'At dawn the next day the ferryman drags the river and finds only a grey shawl.',
].join('\n\n');

/** A linear day with clock times and a "part" word: no telling goes back, nothing may move. */
const market = [
  'THE LONG SATURDAY (1988), directed by Ines Okafor',
  'At 7:10 Marta Quaye opens her fruit stall in the covered market and argues with the fish seller about the drain.',
  'At 8:30 her son Kofi arrives late with the van and the second crate of mangoes.',
  'The middle part of the film follows the lunch rush. At 12:15 a health inspector walks the aisles with a clipboard.',
  'At 3:40 the fish seller slips on the wet floor and Marta drives him to the hospital.',
  'At 5:30 they share a beer on the loading dock as the market closes.',
].join('\n\n');

const order = (text: string, phrases: string[]): number[] => {
  const f = convertText(text);
  return phrases.map((p) => sceneHolding(f, p).chronoIndex);
};

describe('one night told by several people, each from its own clock time', () => {
  it('puts a telling that restarts earlier by its clock alone before the others', () => {
    const [luc, agathe, bruno, door, vaultOpen, morning] = order(vault, [
      'in a car park across the valley',
      'stays with Agathe Morel',
      'starts his shift at 1:15',
      'At 1:45 she opens the side door',
      'At 2:05 Luc ties the guard',
      'The next morning Bruno reads',
    ]);
    expect(luc).toBeLessThan(agathe ?? -1);
    expect(agathe).toBeLessThan(bruno ?? -1);
    expect(bruno).toBeLessThan(door ?? -1);
    expect(door).toBeLessThan(vaultOpen ?? -1);
    expect(vaultOpen).toBeLessThan(morning ?? -1);
  });

  it('reads a dotted time after the telling\'s jump ("rewinds to 8.15")', () => {
    expect(findClocks('Then the picture rewinds to 8.15 and follows Mae')[0]).toMatchObject({
      hour: 8,
      minute: 15,
    });
    const [ezra, mae, harlan, lamp, bell] = order(grain, [
      'waits behind the store from 7.50',
      'rewinds to 8.15',
      'At 9.20 he leaves the dance hall',
      'she knocks over a lamp',
      'he is the one who rings the fire bell',
    ]);
    expect(ezra).toBeLessThan(mae ?? -1);
    expect(mae).toBeLessThan(harlan ?? -1);
    expect(harlan).toBeLessThan(lamp ?? -1);
    expect(lamp).toBeLessThan(bell ?? -1);
  });

  it('restarts by clock times alone when the tellings meet, and ties "When ..." to the moment told', () => {
    expect(findClocks('At half past eight Tobias Wren ties up')[0]).toMatchObject({
      hour: 8,
      minute: 30,
    });
    const [anselm, greta, tobias, nine, lantern, lantern2, lantern3, dawn] = order(ferry, [
      'waits for the carrier',
      'sells her mother',
      'At half past eight Tobias',
      'At nine he follows Greta',
      'he hears a splash',
      'she slips off her shoes',
      'already on the far bank',
      'drags the river',
    ]);
    expect(anselm).toBeLessThan(greta ?? -1);
    expect(greta).toBeLessThan(tobias ?? -1);
    expect(tobias).toBeLessThan(nine ?? -1);
    for (const l of [lantern, lantern2, lantern3]) {
      expect(l).toBeGreaterThan(nine ?? Infinity);
      expect(l).toBeLessThan(dawn ?? -1);
    }
  });

  it('moves nothing in a linear day told by the clock', () => {
    const ranks = order(market, [
      'opens her fruit stall',
      'arrives late with the van',
      'health inspector',
      'slips on the wet floor',
      'share a beer',
    ]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('a flashback the film does not take', () => {
  it('is no cue of the story going back', () => {
    expect(talksAboutFlashbacks('The director never cuts to a flashback here.')).toBe(true);
    expect(talksAboutFlashbacks("Okafor doesn't give us a single flashback of the war.")).toBe(
      true,
    );
    expect(talksAboutFlashbacks('She refuses to go into flashback at all.')).toBe(true);
    expect(talksAboutFlashbacks('A flashback shows the two of them in 1961.')).toBe(false);
  });
});

// A linear present-tense synopsis whose people recount the past in the past perfect: the scene
// of the telling stays on the main line, the told past goes before it (dialogue.ts).
const orchard = [
  'Posted by @reelgran — thread 1/12',
  "Three cousins, Wendell, Pia and Rhodri, meet at their late uncle's cider orchard in Somerset to decide whether to sell it.",
  'They walk the rows with the land agent, Mr Fane, who says the offer from the brewery will not last the month.',
  'That evening Pia sits with Rhodri on the steps of the press house and tells him about the autumn they were nine, when their uncle had locked them in the cellar for stealing apples and had forgotten them there overnight.',
  'In the morning the brewery men arrive with surveyors and start marking the old trees with orange paint.',
  'Wendell finds a shoebox of photographs in the press house. He reads the back of one aloud. Their uncle had written that he had never wanted the orchard, that he had stayed only because their grandmother had begged him.',
  'Wendell calls Mr Fane and turns the brewery down.',
].join('\n\n');

describe('backstory told in a linear present-tense synopsis', () => {
  it('leaves the scenes of the telling on the main line', () => {
    const [walk, steps, surveyors, box, call] = order(orchard, [
      'They walk the rows',
      'sits with Rhodri on the steps',
      'brewery men arrive',
      'finds a shoebox',
      'turns the brewery down',
    ]);
    expect(walk).toBeLessThan(steps ?? -1);
    expect(steps).toBeLessThan(surveyors ?? -1);
    expect(surveyors).toBeLessThan(box ?? -1);
    expect(box).toBeLessThan(call ?? -1);
  });

  it('puts what is told before the scenes it is told in', () => {
    const [cellar, wrote, walk] = order(orchard, [
      'locked them in the cellar',
      'had never wanted the orchard',
      'They walk the rows',
    ]);
    expect(cellar).toBeLessThan(walk ?? -1);
    expect(wrote).toBeLessThan(walk ?? -1);
  });
});
