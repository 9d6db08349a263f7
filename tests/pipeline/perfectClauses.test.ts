import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';

/**
 * In a past-tense synopsis two "had" sentences in a row open backstory only when the past perfect is
 * what they tell: one of them opens on "had", or one names a year. A newcomer introduced with
 * "who had not ... for years" and a report that "she had come because ..." stay on the main line.
 * A paragraph whose only verb reports speech ("In May Piet told Mara that ...") is in the base
 * tense, and ends the backstory.
 */
describe('past perfect held in clauses', () => {
  it('keeps a visitor introduced with a negated perfect on the main line', () => {
    const c = chronoOfPhrases(
      [
        'Nell Barrow was thirty and worked nights at the ferry office in Skelby. In March she answered an advert for a lodger and moved into the house of Tobias Wren, a retired clockmaker.',
        'The next morning Tobias showed her the workshop and asked her to wind the forty clocks every Sunday. Over the following weeks Nell learned the names of every clock.',
        "In May a man with a rucksack knocked at the door. This was Tobias's son, Aldo, who lived in Glasgow and had not written for years. He was cold to Nell from the start and told her that he had only come because the bank had phoned him. Tobias was behind on the loan. He had stopped opening the post in January.",
        "Nell started to notice the clocks running down. Tobias forgot which key fitted which case, and twice he called her by his dead wife's name.",
        'In June Aldo and Nell went through the unopened letters together at the kitchen table.',
      ],
      [
        'answered an advert',
        'showed her the workshop',
        'knocked at the door',
        'notice the clocks running down',
        'went through the unopened letters',
      ],
    );
    expect(c).toEqual([...c].sort((a, b) => a - b));
  });

  it('still opens backstory when the perfect leads its sentences', () => {
    const c = chronoOfPhrases(
      [
        'Mara Quell ran the lighthouse café on Corran Point. In April a surveyor named Piet Lund came to measure the cliff.',
        'Mara did not trust him. Years before, her father had sold the headland to a developer. He had signed the papers in a hotel in Oban and had drunk the money away within a year.',
        'In May Piet told Mara that the cliff would fall within ten years.',
      ],
      ['came to measure the cliff', 'had signed the papers', 'would fall within ten years'],
    );
    expect(c[1]).toBeLessThan(c[0] as number);
    expect(c[0]).toBeLessThan(c[2] as number);
  });
});
