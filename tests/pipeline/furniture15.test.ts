import { describe, expect, it } from 'vitest';
import { isPageFurniture15 } from '../../src/pipeline/furniture15';
import { convertText } from '../fixtures/filmScenes';

/**
 * Page furniture of the fifteenth session (`src/pipeline/furniture15.ts`): lines written for these
 * tests in the shapes of a quiz site, a fan archive, a recipe blog, a school email, a walking
 * trail, a slide export and a club's minutes; and story sentences with the same words in other
 * roles, which stay story.
 */
const words = (s: string) => s.trim().split(/\s+/).length;
const furniture = (s: string) => isPageFurniture15(s, words(s));

describe("a line's job on its page", () => {
  it('reads the links, pointers, strips, lists, small print and standing items as furniture', () => {
    for (const s of [
      'Next quiz: Guess the harbour town from its lighthouse (8 questions)',
      'Previous post: Film Night: Salt Marsh + Samphire Fritters',
      'Up next in this series: The Lighthouse Keepers, part two',
      'See the end of the chapter for the author’s notes',
      'Scroll to the bottom of the page for the recipe',
      'Quillbox is a volunteer-run archive · Terms of Use · Privacy · Site Map',
      'Prof. Hana Ilves · Department of Screen Studies',
      'Ingredients: 2 kg damsons, 1 kg sugar, 300 ml water, 1 tsp cloves',
      'Method: Halve and stone the damsons. Simmer them with the sugar for an hour, then pour into warm jars.',
      'The information in this message is intended only for the named recipient and may be privileged.',
      'Please think before printing this e-mail.',
      'Trail guide: download the walking map (PDF, 3.4 MB)',
      '2. Minutes of the previous meeting were agreed.',
      '5. AOB: the urn needs descaling.',
      'Meeting ended at 9.40 pm.',
    ])
      expect(furniture(s), s).toBe(true);
  });

  it('keeps story sentences with the same words in other roles', () => {
    for (const s of [
      'Next morning: the ferry is gone and Ilse is alone on the jetty.',
      'Next: Rafe misses the last crossing and sleeps in the boathouse.',
      'Ilse reads the email twice and then deletes it before Rafe can see it.',
      'See how Tobias watches the end of the jetty, waiting for the boat.',
      'He weighs out 2 kg of nails for the boathouse roof and pays in coins.',
      'The minutes of the meeting were forged by Tobias, and Ilse proves it.',
      'Rafe downloads the ledger onto a stolen phone and runs.',
      'At the inn · the one by the ferry · Rafe hides the keys under a loose board in the floor.',
    ])
      expect(furniture(s), s).toBe(false);
  });
});

describe('a page with furniture of these shapes converted whole', () => {
  const page = [
    'Tea & Tapes · Recipes · Film Nights · Shop',
    '',
    'Film Night: The Ferry at Holmwater',
    '',
    'Ilse Marten runs the ferry between the two halves of a drowned village, and every evening she counts the passengers twice.',
    '',
    'When a boy called Rafe Oduya misses the last crossing, Ilse rows him over herself and finds his satchel full of stolen keys.',
    '',
    'See the end of the post for my notes',
    '',
    'The parish clerk, Tobias Wren, wants the boy sent to the workhouse, but Ilse hides him in the boathouse and teaches him to row.',
    '',
    'By the spring flood Rafe has returned every key, and Ilse writes his name on the ferry board beside her own.',
    '',
    'Ingredients: 500 g plain flour, 2 tsp baking powder, 250 ml buttermilk, 1 tbsp honey',
    'Method: Mix the flour and the powder, add the buttermilk and bake for forty minutes.',
    '',
    'Next recipe: Holmwater Soda Bread',
    'Tea & Tapes is a family blog · Privacy · Disclosure · Contact',
  ].join('\n');

  it('keeps every story sentence in a scene and no furniture line', () => {
    const f = convertText(page);
    const all = f.scenes.map((s) => s.text).join('\n');
    for (const story of [
      'counts the passengers twice',
      'finds his satchel full of stolen keys',
      'teaches him to row',
      'writes his name on the ferry board',
    ])
      expect(all).toContain(story);
    for (const line of [
      'See the end of the post',
      '500 g plain flour',
      'Mix the flour and the powder',
      'Next recipe',
      'Tea & Tapes is a family blog',
    ])
      expect(all).not.toContain(line);
  });
});
