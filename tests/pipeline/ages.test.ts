import { describe, expect, it } from 'vitest';
import { findAges } from '../../src/pipeline/ages';
import { placedRanks } from '../fixtures/paragraphs';

const ranks = placedRanks;
const ages = (s: string, names: string[] = []) =>
  findAges(s, new Set(names)).map(
    (m) => `${m.person} ${m.age}${m.vague ? '~' : ''}${m.weak ? '?' : ''}`,
  );

describe('findAges', () => {
  it('reads the ways a synopsis states an age', () => {
    expect(ages('Elias is nine, and his father keeps the light.')).toEqual(['Elias 9']);
    expect(ages('Ray Castellano, 52, drives a tow truck.')).toEqual(['Ray 52']);
    expect(ages('Later Mia (now 16) runs away.')).toEqual(['Mia 16']);
    expect(ages('Seventeen-year-old Nuala meets Declan.')).toEqual(['Nuala 17']);
    expect(ages('The film follows twelve-year-old Mia to school.')).toEqual(['Mia 12']);
    expect(ages('Livia, a white-haired woman of sixty-seven, was closing the shop.')).toEqual([
      'Livia 67',
    ]);
    expect(ages('Elias, now in his forties and twice a father, sits down.')).toEqual(['Elias 45~']);
    expect(ages('Elias, a grey-haired man in his late seventies, walks in.')).toEqual([
      'Elias 78~',
    ]);
    expect(ages('The second part begins. At seven, Tom watches the trains.')).toEqual(['Tom 7?']);
    expect(ages('At the age of twenty-three Rosa leaves home.')).toEqual(['Rosa 23']);
    expect(ages('As a teenager, Tom steals a car.')).toEqual(['Tom 15~']);
    expect(ages('Elias, the nine-year-old son of the keeper, hides.')).toEqual(['Elias 9']);
    expect(ages('Tom, as a teenager, steals a car.')).toEqual(['Tom 15~']);
    expect(ages('Then the adult Tom returns to the farm.')).toEqual(['Tom 35~']);
    expect(ages('Walter Bray, a retired trawlerman of eighty-one, lies dying.')).toEqual([
      'Walter 81',
    ]);
    // "At sixty Walter stands": the comma may go; still weak (it may be a clock time).
    expect(ages('The film moves on. At sixty Walter stands on the dock.')).toEqual(['Walter 60?']);
  });

  it('keeps each person apart and skips what is not an age', () => {
    expect(ages('He and Sal, seven, are playing while Ray, ten, keeps watch.')).toEqual([
      'Sal 7',
      'Ray 10',
    ]);
    expect(ages('Ray is one of the drivers, and Sal was two hours late.')).toEqual([]);
    expect(ages('The nine-year-old boy next door watches them.')).toEqual([]);
    expect(ages('Tom, a man of many talents, sings.')).toEqual([]);
    // "a <calling> of" is an age only when grown: a count of children or wars is not.
    expect(ages('Mia, a mother of three, runs the bakery.')).toEqual([]);
    expect(ages('Sam, a veteran of two wars, drinks alone.')).toEqual([]);
    expect(ages('Room 12, 4 men and a dog wait in the rain.')).toEqual([]);
    expect(ages('Jon Bernthal (2021) plays the lead.')).toEqual([]);
    // With the film's names known, a word that is not one of them is nobody.
    expect(ages('Berlin, 1961, and Karl, 30, crosses over.', ['Karl'])).toEqual(['Karl 30']);
  });
});

describe('ages as evidence of time', () => {
  const booklet = [
    'The film begins in winter. Elias, a grey-haired man in his seventies, walks across the frozen sound to the lighthouse on Skarvö, where he lived as a boy. In the lamp room he takes a rusted key from his coat and opens a drawer nobody has been able to open.',
    "We are suddenly in 1958. Elias is nine, and his father Anders keeps the light. The coat of the chapter's title is Anders's oilskin, which the boy wears on the night a fishing boat goes aground on the reef.",
    'Ten years later, Elias is nineteen and working on the ferries in Gothenburg. He is engaged to Sara, a nurse, and the wedding goes ahead in a church where the groom\u2019s side is empty.',
    'Then the film leaps forward to 1994. Anders is dying in a hospital in Varberg, and Elias, now in his forties and twice a father himself, sits beside the bed for three nights.',
    'The last chapter returns to the winter of the first. We are back in the lamp room, and now we understand what Elias is reading: his father\u2019s letters.',
  ];
  const bookletNames = ['Elias', 'Anders', 'Sara', 'Mia', 'Jonas'];

  it('orders chapters told out of order by the hero\u2019s ages, the return tied to the opening', () => {
    expect(ranks(booklet, bookletNames)).toEqual([3, 0, 1, 2, 4]);
  });

  it('orders past-tense chapters with no cue words, a chapter\u2019s second paragraph kept with it', () => {
    expect(
      ranks(
        [
          'Marta, thirty-five and newly divorced, was running the family vineyard alone.',
          'That autumn the harvest failed, and Marta sold the lower field to her neighbour.',
          'Marta was eight, and her grandfather Joan still pressed the grapes by foot.',
          'Joan fell ill during the vintage, and the girl carried his baskets for a week.',
          'Marta, a stooped woman of seventy, walked the rows one last time before the sale.',
          'Marta was nineteen when she left for Barcelona with a suitcase and her mother\u2019s ring.',
        ],
        ['Marta', 'Joan'],
      ),
    ).toEqual([3, 4, 0, 1, 5, 2]);
  });

  it('orders a dying man\u2019s memories by his ages, each return to the bedside kept in the present', () => {
    expect(
      ranks(
        [
          'The film opened in a hospital room, where Walter Bray, a retired trawlerman of eighty-one, lay dying while his granddaughter Susan read him the forecast.',
          'When Walter closed his eyes, the film cut to a trawler in a gale. Walter was nineteen, and the bosun Jack tied him to the rail.',
          'Susan wiped his forehead and asked if he wanted the nurse. He shook his head.',
          'At sixty Walter stood on the fish dock and watched the last trawler sold for scrap.',
          'Then the film went back to his middle years. At thirty-five Walter was a skipper himself and lost two men in a storm.',
          'Susan came back with her mother, Margaret, and Walter told them about the two men.',
        ],
        ['Walter', 'Susan', 'Jack', 'Margaret'],
      ),
    ).toEqual([3, 0, 4, 2, 1, 5]);
  });

  it('moves a present-tense flashback told by an age back, and the return stays in the present', () => {
    expect(
      ranks(
        [
          'Omar Haddad, 44, runs a night bakery in Marseille with his sister Leila.',
          'When the landlord raises the rent, Omar asks Leila to sell their mother\u2019s flat.',
          'At nine, Omar watches his father knead dough in a kitchen in Oran.',
          'His father promises him the bakery, and the boy sleeps on the flour sacks.',
          'On Monday, Leila signs the papers for the flat without telling Omar.',
          'Omar, twenty, arrives in Marseille on a ferry with no money and no French.',
        ],
        ['Omar', 'Haddad', 'Leila'],
      ),
    ).toEqual([3, 4, 0, 1, 5, 2]);
  });

  it('reads a year beside an age as a birth year, so a chapter with only a year finds its place', () => {
    expect(
      ranks(
        [
          'In 2010, Ines is sixty and retires from the post office.',
          'It is 1975. The town is building a dam, and Ines marries the engineer.',
          'Ines is twelve, and her brother Paulo teaches her to swim in the river.',
          'Ines, forty, buries her husband beside the lake the dam has made.',
        ],
        ['Ines', 'Paulo'],
      ),
    ).toEqual([3, 1, 0, 2]);
  });

  it('leaves a film whose ages go up in the telling in text order', () => {
    expect(
      ranks(
        [
          'Tom is seven, and his mother sings in a bar in Memphis.',
          'Tom, now seventeen, plays guitar in the same bar.',
          'Tom, thirty, records his first album in Nashville.',
          'Tom, a grey-haired man in his sixties, plays the bar one last time.',
        ],
        ['Tom'],
      ),
    ).toEqual([0, 1, 2, 3]);
  });

  it('does not mix other people\u2019s ages with the hero\u2019s', () => {
    // Lena's ages go up; her son's and father's are told in any order and change nothing.
    expect(
      ranks(
        [
          'Lena, 30, moves to Hamburg with her son Piet, six.',
          'Her father Walter, 70, comes to stay for the winter.',
          'Lena, 35, loses her job at the shipyard; Walter is dead by then.',
          'Lena, 41, opens a café by the harbour while Piet, now seventeen, waits tables.',
        ],
        ['Lena', 'Piet', 'Walter'],
      ),
    ).toEqual([0, 1, 2, 3]);
  });

  it('reads "At ten, Ray" as an age only for someone whose age is told elsewhere', () => {
    // Three bare hours of one evening, no age: not three ages told out of order.
    expect(
      ranks(
        [
          'At ten, Ray locks the bar and counts the till.',
          'At eleven, Ray walks home along the canal.',
          'At nine, Ray wakes on the sofa with the radio on.',
        ],
        ['Ray'],
      ),
    ).toEqual([0, 1, 2]);
  });

  it('needs three distinct ages of one person', () => {
    expect(
      ranks(
        [
          'Nadia, 50, takes the night train to Kraków.',
          'Nadia is ten, and the war has just ended.',
          'The train stops at the border and Nadia gets off.',
        ],
        ['Nadia'],
      ),
    ).toEqual([0, 1, 2]);
  });
});
