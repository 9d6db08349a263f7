import { describe, expect, it } from 'vitest';
import { findAges } from '../../src/pipeline/ages';
import {
  knownThings,
  mainLineWordsBack,
  pastAgeLead,
  rememberedPast,
  timeWords,
} from '../../src/pipeline/returns';
import { placedRanks, segmentParagraphs } from '../fixtures/paragraphs';

const ranks = placedRanks;
const ages = (s: string, names: string[] = []) =>
  findAges(s, new Set(names)).map(
    (m) => `${m.person} ${m.age}${m.vague ? '~' : ''}${m.weak ? '?' : ''}`,
  );
/** rememberedPast of the first paragraph. */
const remembers = (paragraph: string): boolean => {
  const { text, segs } = segmentParagraphs([paragraph]);
  const first = segs[0];
  return first !== undefined && rememberedPast(text, first);
};

describe('pastAgeLead', () => {
  it('reads an age or a stage of life opening a sentence as a time of the past', () => {
    expect(pastAgeLead('At seven, Gigi is hitting balls against the garage door.')).toBe(true);
    expect(pastAgeLead('Now the big one. At twenty-two, Gigi is a set up.')).toBe(true);
    expect(pastAgeLead('When he was ten, Tomás is sent to live with his uncle.')).toBe(true);
    expect(pastAgeLead('When Tomás was a boy, the shop was busy.')).toBe(true);
    expect(pastAgeLead('As a teenager, Hanne steals her father’s boat.')).toBe(true);
    expect(pastAgeLead('As a young nurse in Hamburg, she delivers twins.')).toBe(true);
    expect(pastAgeLead('Years before, as a young nurse in Hamburg, Hanne delivers twins.')).toBe(
      true,
    );
  });

  it('leaves present ages, descriptions and clock times alone', () => {
    expect(pastAgeLead('Anton, now 40, is a surgeon in Rotterdam.')).toBe(false);
    expect(pastAgeLead('He drives north with his ten-year-old son Piet.')).toBe(false);
    expect(pastAgeLead('She opens the shop at eight, as always.')).toBe(false);
    expect(pastAgeLead('Noor Haddad, sixteen, has a wild card.')).toBe(false);
    expect(pastAgeLead('When the fire marshal comes, Ray tells the truth.')).toBe(false);
  });
});

describe('findAges: the forms an age-cued flashback takes', () => {
  it('reads pronoun leads, asides, parentheses and stages with a place', () => {
    expect(ages('When she was sixteen, Gigi loses the final.')).toEqual(['Gigi 16']);
    expect(ages('At forty-five, with Eamon long buried, Tomás sits alone.')).toEqual(['Tomás 45?']);
    expect(ages('Hanne Voss (Lene Brandt), now 67, lives alone.')).toEqual(['Hanne 67']);
    expect(
      ages('Years earlier, as a medical student in Groningen, Anton loses a patient.'),
    ).toEqual(['Anton 20~']);
    expect(ages('As a young widow, Inês runs the bakery alone.')).toEqual(['Inês 22~']);
  });

  it('does not read a description or another clause as the lead’s age', () => {
    expect(ages('When the boy was ten, the farm burned.')).toEqual([]);
    expect(ages('She was thirty when it rained.', ['Gigi'])).toEqual([]);
    expect(ages('At eight, as always, the shop opens.')).toEqual([]);
  });
});

describe('rememberedPast', () => {
  it('reads a paragraph that opens on a remembered moment told in the past', () => {
    expect(
      remembers(
        'She remembers the morning she quit. It was raining, and she left her rackets in the bin.',
      ),
    ).toBe(true);
    expect(
      remembers(
        'The old man remembers the night his uncle died. The shop was dark and the clocks had stopped.',
      ),
    ).toBe(true);
  });

  it('leaves present remembering and habits alone', () => {
    expect(remembers('He remembers to lock the door and drives to the hospital.')).toBe(false);
    expect(
      remembers('She remembers the day of the match. She packs her bag and calls her coach.'),
    ).toBe(false);
    expect(remembers('She used to row out every Sunday, and she still walks the dyke.')).toBe(
      false,
    );
  });
});

describe('mainLineWordsBack', () => {
  const opening = timeWords(
    'Hanne lives alone on the island of Nordholm and nails shutters against a storm.',
  );
  const past = timeWords(
    'At nine, Hanne watches her father drag a drowned boy out of the estuary.',
  );
  it('sees the main line’s things come back', () => {
    expect(mainLineWordsBack(knownThings('The storm arrives on schedule.'), opening, past)).toBe(
      true,
    );
    expect(
      mainLineWordsBack(knownThings('That night the power fails across Nordholm.'), opening, past),
    ).toBe(true);
  });

  it('does not return on new things or on the flashback’s own', () => {
    expect(
      mainLineWordsBack(knownThings('He sleeps at a shelter for a month.'), opening, past),
    ).toBe(false);
    expect(
      mainLineWordsBack(
        knownThings('The boy runs to the estuary before the storm.'),
        opening,
        past,
      ),
    ).toBe(false);
    // The flashback's young self is still there, whatever else the sentence shares.
    expect(
      mainLineWordsBack(
        knownThings('The storm breaks, and the girl hides on Nordholm.'),
        opening,
        past,
      ),
    ).toBe(false);
    expect(mainLineWordsBack(knownThings('The storm breaks over Nordholm.'), opening, past)).toBe(
      true,
    );
  });
});

describe('age-cued flashbacks and quiet returns', () => {
  const names = ['Gigi', 'Noor', 'Karim', 'Chantal'];
  const doc = [
    'Gigi coaches juniors at a club outside Lyon, and her one real player is Noor. The film covers the week of the tournament, and it opens with Noor losing a practice set on Monday.',
    'At seven, Gigi is hitting balls against the garage door while her mother counts out loud. Every miss costs her a sweet from the jar.',
    'On Tuesday Noor wins her first match, and Gigi makes her run lines for an hour. Karim, her father, says Gigi is too hard on the girl.',
    'At twenty-two, Gigi slides for a drop shot in a quarter-final and her knee folds under her. She loses the next eleven games.',
    'The next morning Noor is late to practice. Gigi finds her crying in Karim’s taxi in the car park.',
    'When she was sixteen, Gigi loses the junior final to her friend Chantal and refuses to shake her hand.',
    'Noor beats the top seed on Thursday. She runs into the stands and hugs her father.',
    'She remembers the morning she quit. It was raining, and she left her rackets in the bin outside the club.',
    'On Friday Noor loses the semi-final, and Gigi hugs her at the net this time.',
  ];

  it('places each age in the past and comes back to the week of the tournament', () => {
    // 7 < 16 < 22 < the memory of quitting (no age: just before the week) < the week in its order
    expect(ranks(doc, names)).toEqual([4, 0, 5, 2, 6, 1, 7, 3, 8]);
  });

  it('keeps a flashback going while its own people are in it', () => {
    const two = [
      'Ray Castellano drives a tow truck in Duluth and has not spoken to his brother Sal in years. He winches a car out of the lake.',
      'Ray follows the ambulance to the hospital but cannot make himself go in.',
      'At ten, Ray goes through the ice while his father Frank is at work. Sal pulls him out with a hockey stick.',
      'That night Frank sits on the end of Ray’s bed and tells him a Castellano owes nobody.',
      'When he was nineteen, Ray watches the garage burn. Frank goes to prison.',
      'On the third day, Lorraine finds Ray asleep in the cab outside the hospital.',
      'At forty, Ray sends money home that comes back unopened.',
    ];
    const r = ranks(two, ['Ray', 'Sal', 'Frank', 'Lorraine']);
    // "That night" with Frank is still the childhood; Lorraine brings the present back.
    expect(r[3]).toBe((r[2] ?? 0) + 1);
    expect(r[3]).toBeLessThan(r[4] ?? 0);
    expect(r[5]).toBeGreaterThan(r[1] ?? 0);
    expect(r[6]).toBeLessThan(r[0] ?? 0);
  });

  it('leaves a synopsis told in order from childhood alone', () => {
    const linear = [
      'The film follows Tom through his life on the farm.',
      'At seven, Tom watches his father sell the horses.',
      'At twelve, Tom runs away to the city and sleeps in a station.',
      'At twenty, Tom comes back to the farm and marries Ada.',
    ];
    expect(ranks(linear, ['Tom', 'Ada'])).toEqual([0, 1, 2, 3]);
  });
});
