import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';

/** A review whose chapters are headed by days, shown in a shuffled order. */
const headed = [
  'Hollin Street is told in five chapters, one for each working day, and the editor deals them like cards.',
  'WEDNESDAY',
  'Marguerite Oyelaran finds the shutters of her bakery glued shut and calls her cousin Desmond.',
  'Desmond forces them open with a crowbar while the queue watches.',
  'MONDAY',
  'Marguerite signs the lease on the empty bakery and paints the sign herself.',
  'FRIDAY',
  'The council inspector Piers Alder closes the bakery for a week, and Marguerite cries in the van.',
  'TUESDAY',
  'Desmond fixes the old oven and the first loaves come out black.',
  'THURSDAY',
  'Marguerite follows the glue trail to the cafe across the road and confronts its owner.',
];

/** A podcast recap whose chapters are named in quotes in the answers' first lines. */
const podcast = [
  'HOST ONE: So the film is a week in a petrol station, cut into chapters named after the days, and shown out of order.',
  'HOST TWO: The opening chapter is "Saturday". Radu Ciobanu is robbed at the till at closing time and the thief leaves a glove.',
  'HOST ONE: Then we get "Tuesday". Radu hires Elodie Marsh, a student with a motorbike, for the night shift.',
  'HOST TWO: The third chapter, "Sunday", is the police. Sergeant Kaye takes the glove away in a bag and Radu lies about the takings.',
  'HOST ONE: And last comes "Thursday". Elodie borrows the spare key and does not bring it back.',
];

describe('chapters named by the days of one week, shown out of order (weekdayChapters.ts)', () => {
  it('lays headed day chapters out Monday to Friday', () => {
    const order = chronoOfPhrases(headed, [
      'signs the lease on the empty bakery',
      'fixes the old oven',
      'finds the shutters of her bakery glued',
      'forces them open with a crowbar',
      'follows the glue trail',
      'closes the bakery for a week',
    ]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('lays quoted day chapters out by their days', () => {
    const order = chronoOfPhrases(podcast, [
      'hires Elodie Marsh',
      'borrows the spare key',
      'is robbed at the till',
      'takes the glove away in a bag',
    ]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('moves nothing when days open sentences of the story, not chapters', () => {
    const story = [
      'Ansel Whitcombe runs a ferry across the estuary for the last summer before the bridge opens.',
      'On Friday Ansel takes the mayor across and the mayor is seasick on his shoes.',
      'On Tuesday Ansel meets Isolde Crane, the engineer who is building the bridge, and refuses to carry her.',
      'On Sunday Isolde swims the estuary to prove a point and Ansel has to fish her out.',
      'On Wednesday the bridge opens and Ansel sells the ferry to a museum.',
    ];
    const order = chronoOfPhrases(story, [
      'takes the mayor across',
      'meets Isolde Crane',
      'swims the estuary',
      'the bridge opens and Ansel sells',
    ]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('moves nothing when a day names two chapters (two weeks)', () => {
    const twoWeeks = [
      'The film has chapters named after days, across two weeks.',
      'The first chapter is "Friday". Ottilie Marsh loses her job at the mill.',
      'The next chapter is "Monday". Ottilie starts selling eggs at the gate.',
      'Then "Friday" again. Ottilie buys a second flock from Hamish Doyle.',
      'The fourth chapter is "Tuesday". Hamish proposes and Ottilie laughs at him.',
      'The last chapter is "Sunday". Ottilie and Hamish open a farm shop.',
    ];
    const order = chronoOfPhrases(twoWeeks, [
      'loses her job at the mill',
      'starts selling eggs',
      'buys a second flock',
      'Hamish proposes',
      'open a farm shop',
    ]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('a week told forwards from a day late in the week (weekdayChapters.ts)', () => {
  it('keeps chapters from Friday round to Tuesday in their text order', () => {
    const chapters = [
      'The film is cut into five chapters, each named after a day.',
      'The first chapter is "Friday". Perpetua Lind arrives at the lighthouse with a cat in a basket.',
      'The second chapter is "Saturday". A storm cuts the cable and Perpetua climbs the tower with a torch.',
      'The third chapter is "Sunday". The supply boat brings Felix Ortmann, who is sick over the side.',
      'The fourth chapter is "Monday". Felix mends the cable and Perpetua teaches him the signals.',
      'The last chapter is "Tuesday". The boat comes back and Felix decides to stay.',
    ];
    const order = chronoOfPhrases(chapters, [
      'arrives at the lighthouse',
      'climbs the tower with a torch',
      'brings Felix Ortmann',
      'Felix mends the cable',
      'Felix decides to stay',
    ]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
