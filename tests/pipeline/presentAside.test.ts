import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

// Linear synopses told day by day; after the climax, a paragraph in the present tense names in
// passing what someone had done before ("Dougie, who had bet every pound he had on the Morag,
// watches ..."): two "had"s among seven present verbs are no backstory paragraph.
const HARBOUR = [
  'Harbour Lights (1998)',
  'Plot',
  'On a foggy Thursday in Leith, the ferry skipper Dougie Baird learns that his boat, the Morag, is to be sold at auction on Saturday. That afternoon the harbourmaster, Elspeth Crane, offers him a loan if he will race the Morag in the regatta.',
  "Meanwhile, in a flat above the chip shop, Dougie's daughter Isla is packing for Glasgow and arguing with her boyfriend Craig.",
  'On Friday Dougie and Isla scrape the hull together and barely speak. That night Craig steals the spare propeller.',
  'Race day. The fog lifts at noon and the Morag starts badly, then overtakes the whole fleet on the last leg. Meanwhile, at the auction house, Elspeth bids against a developer.',
  "Craig confronts Dougie on the pier after the race and demands a share of the prize money. Isla arrives with Elspeth, who has run the length of the quay, and the receipt for the propeller turns up in Craig's own pocket. Dougie, who had bet every pound he had on the Morag at ten to one, watches Craig being led away by a constable and laughs until he has to sit down.",
  "On Sunday Isla takes the early bus to Glasgow after all, and Dougie waves her off from the Morag's deck.",
].join('\n\n');

const KETTLE = [
  "TONIGHT'S FILM",
  'Copper Kettle (2004). Comedy. 96 mins.',
  'Nell Pryce runs a failing tea room in Aberystwyth. On Monday morning the bank manager, Gareth Owen, tells her she has until Friday to pay. Her cousin Bethan suggests a baking contest.',
  'Meanwhile, across town, the rival baker Selwyn Morris is bribing the judges with whisky.',
  "On Wednesday Nell burns three batches of scones and nearly gives up. Bethan finds their grandmother's recipe book in the loft.",
  "Contest day. Nell's bara brith wins the first round, and Selwyn's sponge collapses in the heat.",
  "Selwyn accuses Nell of cheating in the marquee after the final and demands a recount. Gareth arrives with the judges, who have tasted everything twice, and the whisky bottles turn up under Selwyn's own table. Nell, who had spent every penny she had on the flour, holds the cup over her head and cannot stop laughing.",
  'On Friday she pays the bank in cash and reopens the tea room with a queue round the block.',
].join('\n\n');

describe('a present paragraph with a past-perfect aside stays on the main line (order.ts classify)', () => {
  it('keeps the confrontation after the race and before Sunday', () => {
    const f = convertText(HARBOUR);
    const after = sceneHolding(f, 'Craig confronts Dougie').chronoIndex;
    expect(after).toBeGreaterThan(sceneHolding(f, 'overtakes the whole fleet').chronoIndex);
    expect(after).toBeGreaterThan(sceneHolding(f, 'Elspeth bids against').chronoIndex);
    expect(after).toBeLessThan(sceneHolding(f, 'takes the early bus').chronoIndex);
  });

  it('keeps the same shape with the aside cut out in order', () => {
    const f = convertText(KETTLE);
    const after = sceneHolding(f, 'Selwyn accuses Nell').chronoIndex;
    expect(after).toBeGreaterThan(sceneHolding(f, 'wins the first round').chronoIndex);
    expect(after).toBeLessThan(sceneHolding(f, 'pays the bank in cash').chronoIndex);
  });
});
