import { describe, expect, it } from 'vitest';
import { settingLead } from '../../src/pipeline/settingLead';
import { chronoOfPhrases } from '../fixtures/filmScenes';

describe('settingLead', () => {
  it('reads a part of the film set in a year', () => {
    expect(settingLead('The first tale took place during the great flood of ')).toBe(true);
    expect(settingLead('The second story was set in a Turin factory in ')).toBe(true);
    expect(settingLead('The third part unfolded in Naples in ')).toBe(true);
    expect(settingLead('It moved on to Marseille in ')).toBe(true);
  });

  it('leaves a year that a person or a thing is tied to', () => {
    expect(settingLead('The old man reminded him of the fight in ')).toBe(false);
    expect(settingLead('Attilio took the boat out in ')).toBe(false);
    expect(settingLead('The story he told was about the summer of ')).toBe(false);
  });
});

describe('a past-tense anthology whose tales are set in years out of order', () => {
  it('orders each tale by the year it is set in, the frame after them', () => {
    expect(
      chronoOfPhrases(
        [
          'THE LANTERN OF SAN ROCCO (1999), reviewed by Ines Lauro',
          'The film opened in a pawnshop in Genoa in the spring of 1998. Dario Ventura, the pawnbroker\u2019s nephew, bought a brass lantern from a drunk sailor and found a name scratched inside its base.',
          'The first tale took place during the great flood of 1951, in a village on the Po. A ferryman named Attilio Rosi carried the lantern on his boat and saved a family from a roof.',
          'The second story was set in a Turin factory in 1923. A young mechanic, Elena Conti, made the lantern from scrap brass as a present for her father and scratched her name inside it.',
          'The third part unfolded in Naples in 1976. Attilio\u2019s grandson Marco sold the lantern to pay for his wedding suit.',
          'The film ended back in the pawnshop. Dario polished the lantern and hung it in the window.',
        ],
        ['drunk sailor', 'saved a family', 'scrap brass', 'wedding suit', 'hung it in the window'],
      ).map((c, _, all) => [...all].sort((x, y) => x - y).indexOf(c)),
    ).toEqual([3, 1, 0, 2, 4]);
  });
});
