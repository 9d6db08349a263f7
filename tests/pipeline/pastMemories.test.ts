import { describe, expect, it } from 'vitest';
import { tenseProfile } from '../../src/pipeline/text';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

// A past-tense synopsis: in the middle of an evening, a widow remembers in the simple past a
// winter when she was a girl; the next sentence of the paragraph is the evening again.
const ORCHARD = [
  'The Cider House (2009) - plot',
  'Synopsis',
  'Agnes Pell arrived at her late sister’s farm in Herefordshire on a wet Monday to settle the estate. The solicitor, Mr Oakes, met her at the gate and handed her the keys to the cider house.',
  'On the first evening, sitting by the stove, Agnes remembered the great frost in the orchard: twenty years earlier she had carried lanterns between the trees with her sister while their father lit the braziers. The next morning Agnes walked the boundary with the farm manager, Huw Tranter.',
  'On Wednesday a buyer from Ledbury came to look at the presses. While he measured the floor, Agnes recalled the kitchen of the old farmhouse. She was nine, kneeling on a chair to watch her mother press apples through a muslin cloth. The buyer offered a low price and Agnes sent him away.',
  'On Friday Agnes signed the papers and gave the keys of the cider house to Huw.',
].join('\n\n');

// The same structure in other words: a memory announced by "a memory came back", its age in
// the sentence after, then the main line goes on in the next paragraph.
const HARBOUR = [
  'THE LONG QUAY — a story summary',
  'Teodor Vass came home to Split in the spring of 2011 to sell his father’s fishing boat. His cousin Marta met him off the ferry and drove him to the harbour, where the boat lay rotting at its mooring.',
  'That afternoon Teodor scraped the hull with Marta. A second memory came to him while he worked. He was a boy of eight, asleep in the bow under a tarpaulin while his father hauled nets in the dark.',
  'In the evening Marta cooked fish on the quay, and a man from the marina offered to buy the boat for its engine.',
].join('\n\n');

describe('a memory told in the simple past inside a past-tense synopsis (pastMemories.ts)', () => {
  it('cuts a memory after a colon from the evening it is remembered in', () => {
    const f = convertText(ORCHARD);
    const memory = sceneHolding(f, 'she had carried lanterns');
    const evening = sceneHolding(f, 'sitting by the stove');
    const morning = sceneHolding(f, 'walked the boundary');
    expect(memory.id).not.toBe(evening.id);
    expect(memory.id).not.toBe(morning.id);
    expect(memory.chronoIndex).toBeLessThan(sceneHolding(f, 'arrived at her late').chronoIndex);
    expect(evening.chronoIndex).toBeLessThan(morning.chronoIndex);
  });

  it('cuts a memory that states an age in the sentence after the remembering', () => {
    const f = convertText(ORCHARD);
    const memory = sceneHolding(f, 'kneeling on a chair');
    expect(memory.id).not.toBe(sceneHolding(f, 'a buyer from Ledbury').id);
    expect(memory.chronoIndex).toBeLessThan(sceneHolding(f, 'arrived at her late').chronoIndex);
    expect(sceneHolding(f, 'signed the papers').chronoIndex).toBeGreaterThan(
      sceneHolding(f, 'a buyer from Ledbury').chronoIndex,
    );
  });

  it('places a memory announced by "a memory came to him" before the main line', () => {
    const f = convertText(HARBOUR);
    const memory = sceneHolding(f, 'a boy of eight');
    expect(memory.id).not.toBe(sceneHolding(f, 'scraped the hull').id);
    expect(memory.chronoIndex).toBeLessThan(sceneHolding(f, 'came home to Split').chronoIndex);
    expect(sceneHolding(f, 'cooked fish on the quay').chronoIndex).toBeGreaterThan(
      sceneHolding(f, 'scraped the hull').chronoIndex,
    );
  });
});

describe('the tense reader: the plural head of a noun phrase is no verb', () => {
  it('reads "two rusty oil drums" and "several old fishing boats" as nouns', () => {
    expect(tenseProfile('he saw two rusty oil drums by the gate', 0, 38).present).toBe(0);
    const s = 'she counted several old fishing boats on the slip';
    expect(tenseProfile(s, 0, s.length).present).toBe(0);
  });

  it('still reads a verb after a plural subject phrase broken by a pronoun', () => {
    const s = 'Two days later she returns to the farm';
    expect(tenseProfile(s, 0, s.length).present).toBe(1);
  });
});

describe('a present telling that hands a past tale over after its colon', () => {
  // Present-tense synopsis; a past told by a present sentence ends a run of told past.
  const MILL = [
    'The Mill at Varde (2015)',
    'Ingrid Holm runs the ferry office in Varde and lives alone above it. When her uncle falls ill she takes over his paper mill for the summer and moves into the mill house.',
    'In the mill office Ingrid opens the account books. The books show that the mill lost its biggest buyer in 1998, and that the debts doubled within a year. She questions the foreman, Ole, who at last tells her what he saw that winter: he stayed late and watched her uncle drag three heavy paper sacks into the river. Ole says he has never told anyone.',
    'In August Ingrid sells the mill to a cooperative and goes back to the ferry office.',
  ].join('\n\n');
  it('cuts the tale from the questioning that asks for it', () => {
    const f = convertText(MILL);
    const tale = sceneHolding(f, 'watched her uncle drag');
    const asking = sceneHolding(f, 'She questions the foreman');
    expect(tale.id).not.toBe(asking.id);
    expect(tale.chronoIndex).toBeLessThan(asking.chronoIndex);
    expect(asking.chronoIndex).toBeGreaterThan(
      sceneHolding(f, 'opens the account books').chronoIndex,
    );
  });
});
