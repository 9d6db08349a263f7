import { describe, expect, it } from 'vitest';
import {
  actingAfterLead,
  definiteNouns,
  talksAboutFlashbacks,
  tellingBegins,
  tellingEnds,
  tellingGoesOn,
  writerComment,
} from '../../src/pipeline/flashbackEnds';
import { chronoRanks, placeSegments } from '../../src/pipeline/order';
import { findCue } from '../../src/pipeline/time';
import { segmentParagraphs } from '../fixtures/paragraphs';

/** The chronological rank of each paragraph's last segment (a paragraph may hold a cue and more). */
const placedRanks = (paragraphs: string[]): number[] => {
  const { text, segs } = segmentParagraphs(paragraphs);
  const ranks = chronoRanks(placeSegments(text, segs, null, new Set()).map((p) => p.t));
  const out: number[] = [];
  segs.forEach((s, k) => {
    if (s.paragraphStart || k === 0) out.push(ranks[k] ?? -1);
    else out[out.length - 1] = ranks[k] ?? -1;
  });
  return out;
};

const first = (paragraph: string) => {
  const { text, segs } = segmentParagraphs([paragraph]);
  const seg = segs[0];
  if (!seg) throw new Error('no segment');
  return { text, seg };
};

/** An interview frame: the suspect's account in flashback, then the inspector again. */
const interview = (interruption: string, after: string[] = []): string[] => [
  'Detective Inspector Hale questions Marta Lind in a bare office of Ferris Road station about the fire that killed her landlord.',
  'Marta begins to tell her story. In flashback, a year earlier, she rents a room above the bakery of Oskar Brandt and works the night shift at the ovens.',
  'Oskar is kind at first. He lends her money and teaches her to bake rye bread, while his son Emil follows her around the yard and steals her cigarettes.',
  interruption,
  ...after,
];

describe('actingAfterLead', () => {
  it('reads the person acting past one or more leading phrases', () => {
    expect(
      actingAfterLead('Back in the interview suite, Inspector Hale slides a photo across.'),
    ).toBe('hale');
    expect(
      actingAfterLead('On the car deck, at two in the morning, Pip goes down to the car.'),
    ).toBe('pip');
    expect(actingAfterLead('In the day room, Jonah stopped the tape.')).toBe('jonah');
    expect(actingAfterLead('Hale phones the lab.')).toBe('hale');
  });

  it('finds no one where the sentence opens on a thing or a pronoun', () => {
    expect(actingAfterLead('In the corridor outside, the phone rings.')).toBeNull();
    expect(actingAfterLead('Back in the office, she slides a photo across.')).toBeNull();
    expect(actingAfterLead('At the Harbour Arms his brother is pulling pints.')).toBeNull();
  });
});

describe('a frame person acting past leading phrases ends the flashback', () => {
  it('brings an interview frame back after the account (present tense)', () => {
    const r = placedRanks(
      interview(
        'Back in the interview room, Hale slides a photograph of the burned bakery across the table. Marta says that Oskar kept the only key to the flour store.',
      ),
    );
    // The frame's opening and its interruption come after the account, in that order.
    expect(r[1]).toBeLessThan(r[0] ?? -1);
    expect(r[2]).toBeLessThan(r[0] ?? -1);
    expect(r[3]).toBeGreaterThan(r[0] ?? Infinity);
  });

  it('reads the past-tense page too, where only the people tell the lines apart', () => {
    const r = placedRanks([
      'In 1986 Detective Inspector Hale questioned Marta Lind at Ferris Road station about the fire that had killed her landlord.',
      'She began with the winter she arrived in the town. Marta rented a room above the bakery of Oskar Brandt and worked the night shift at the ovens.',
      'Oskar was kind at first. He lent her money and taught her to bake rye bread, while his son Emil followed her around the yard.',
      'In the corridor outside, Hale phoned the fire officer and asked where the blaze had started. The answer was the flour store.',
    ]);
    expect(r[1]).toBeLessThan(r[0] ?? -1);
    expect(r[2]).toBeLessThan(r[0] ?? -1);
    expect(r[3]).toBeGreaterThan(r[0] ?? Infinity);
  });

  it('negatives: the flashback’s own people, or the teller, acting stay in the flashback', () => {
    const emil = placedRanks(
      interview(
        'Back in the yard, Emil slides a photograph of his mother across the table. Oskar says nothing and lights the ovens.',
      ),
    );
    expect(emil[3]).toBeLessThan(emil[0] ?? -1);
    const teller = placedRanks(
      interview(
        'In the kitchen, Marta slides a loaf of rye bread across the table to Emil. Oskar laughs at her crooked crust.',
      ),
    );
    expect(teller[3]).toBeLessThan(teller[0] ?? -1);
  });
});

describe('a room or an object of the frame only ends the flashback', () => {
  it('reads the definite nouns of a text', () => {
    expect(definiteNouns('Back in the interview room, the tape runs out.')).toEqual([
      'interview',
      'interview room',
      'room',
      'tape',
      'tape runs',
      'runs',
    ]);
    expect(definiteNouns('On the next day, the Harbour Arms is shut.')).toEqual([]);
  });

  const frame = (interruption: string): number[] =>
    placedRanks([
      'Detective Inspector Hale questions Marta Lind in the interview room of Ferris Road station, with the tape recorder running.',
      'Marta begins to tell her story. In flashback, a year earlier, she rents a room above the bakery of Oskar Brandt and works the night shift at the ovens.',
      'Oskar is kind at first. He lends her money and teaches her to bake rye bread in the yard, while his son Emil follows her about and steals her cigarettes.',
      interruption,
    ]);

  it('brings the frame back when a paragraph opens in its room or on its object', () => {
    const room = frame(
      'In the interview room, the tape recorder has stopped and a constable brings in coffee for everyone. Oskar’s name is written on the board.',
    );
    expect(room[3]).toBeGreaterThan(room[0] ?? Infinity);
    const thing = frame(
      'The tape recorder clicks off, and a constable changes the cassette. Oskar’s photograph lies on the table.',
    );
    expect(thing[3]).toBeGreaterThan(thing[0] ?? Infinity);
  });

  it('negatives: the flashback’s own place, or the teller acting in the frame’s room, stay', () => {
    const yard = frame(
      'In the yard, the dough has risen and Oskar carries the trays into the shop.',
    );
    expect(yard[3]).toBeLessThan(yard[0] ?? -1);
    const teller = frame(
      'In the interview room of her memory, Marta bakes the first loaf of the day while Oskar watches her.',
    );
    expect(teller[3]).toBeLessThan(teller[0] ?? -1);
  });
});

describe('the film’s last scene back in the frame', () => {
  it('ends the flashback when the final scene names the frame’s own people', () => {
    const r = placedRanks(
      interview(
        'The film ends with the inspector driving home at dawn while Hale’s radio plays, the case closed.',
      ),
    );
    expect(r[3]).toBeGreaterThan(r[0] ?? Infinity);
  });

  it('negative: a final scene among the flashback’s people stays in the past', () => {
    const r = placedRanks(
      interview(
        'In the final scene, Oskar and Emil bake the last batch of rye bread together in the yard.',
      ),
    );
    expect(r[3]).toBeLessThan(r[0] ?? -1);
  });
});

describe('the telling goes on and ends', () => {
  const interrupted = (resume: string): number[] =>
    placedRanks(
      interview(
        'Back in the interview room, Hale slides a photograph of the burned bakery across the table.',
        [resume],
      ),
    );

  it('ends the telling when the teller finishes it', () => {
    const r = placedRanks(
      interview(
        'Marta falls silent when she has finished her account, and Oskar’s name hangs in the air.',
      ),
    );
    expect(r[3]).toBeGreaterThan(r[0] ?? Infinity);
  });

  it('resumes the told story after the frame interrupted it', () => {
    const r = interrupted(
      'Marta goes on with her account. On the night of the fire, Emil locks the flour store and Oskar shouts at him in the yard.',
    );
    expect(r[4]).toBeLessThan(r[0] ?? -1);
    expect(r[4]).toBeGreaterThan(r[2] ?? Infinity);
  });

  it('negative: the frame going on elsewhere is not the story resumed', () => {
    const r = interrupted(
      'Hale goes on holiday to Crete the following week and forgets about the bakery for a while.',
    );
    expect(r[4]).toBeGreaterThan(r[3] ?? Infinity);
  });

  it('reads the words that resume and end a telling, and not their look-alikes', () => {
    const on = (p: string) => {
      const { text, seg } = first(p);
      return tellingGoesOn(text, seg);
    };
    expect(on('Edith went on. Through that spring Lars recovered.')).toBe(true);
    expect(on('She continues her story with the night of the flood.')).toBe(true);
    expect(on('What Tobias will not say, the film shows. He runs along the beach.')).toBe(true);
    expect(on('The party goes on until dawn.')).toBe(false);
    expect(on('Hale goes on holiday to Crete.')).toBe(false);
    const ends = (p: string) => {
      const { text, seg } = first(p);
      return tellingEnds(text, seg);
    };
    expect(ends('When Marta finishes her story, Hale switches off the recorder.')).toBe(true);
    expect(ends('His account over, Tobias asks for a glass of water.')).toBe(true);
    expect(ends('Marta finishes the bread and carries it to the shop.')).toBe(false);
  });

  it('a story told inside a flashback ends back in that flashback, not the frame', () => {
    const r = placedRanks([
      'In the autumn of 1989 Ruth Calder travelled to Wick and recorded Agnes, who lived beside the old man of the harbour, in the back room of the post office.',
      'In 1962 Agnes had been a young schoolteacher who took tea with old Hector every Sunday.',
      "Hector's story went back to the winter of 1931, when he was a deckhand on the Morning Star.",
      'When the old man finished his story, the lamp had nearly burned out. Agnes walked home through the dark town.',
    ]);
    // After Hector's story (1931), back in 1962: still before the frame.
    expect(r[3]).toBeGreaterThan(r[2] ?? Infinity);
    expect(r[3]).toBeLessThan(r[0] ?? -1);
  });

  it('reads a telling opened in the past tense', () => {
    expect(tellingBegins('She began with the winter she arrived at Cape Harrow.')).toBe(true);
    expect(tellingBegins('Ana told them about the summer of the flood.')).toBe(true);
    expect(tellingBegins('She began work at the mill in the spring.')).toBe(false);
    expect(tellingBegins('The storm began at the end of the day.')).toBe(false);
  });
});

describe('the writer’s comments neither open nor end a flashback', () => {
  it('reads talk about the flashbacks and the film as comments', () => {
    expect(talksAboutFlashbacks('The flashbacks in this film are not always reliable.')).toBe(true);
    expect(talksAboutFlashbacks('Its flashbacks feel long.')).toBe(true);
    expect(talksAboutFlashbacks('The film flashes back to 1990.')).toBe(false);
    expect(talksAboutFlashbacks('In a series of flashbacks, Marta remembers the bakery.')).toBe(
      false,
    );
    // The film's make-up told in passing, not at the sentence's opening.
    expect(talksAboutFlashbacks('Her answers to the police open into long flashbacks.')).toBe(true);
    expect(talksAboutFlashbacks('Most of the film is told in flashbacks.')).toBe(true);
    expect(talksAboutFlashbacks('Told in flashbacks, the first act follows Ada at school.')).toBe(
      false,
    );
    expect(talksAboutFlashbacks('Through flashbacks we learn how Ada lost the farm.')).toBe(false);
    expect(
      talksAboutFlashbacks('She wears the silver necklace Leni wore in every flashback.'),
    ).toBe(true);
    const c = (p: string) => {
      const { text, seg } = first(p);
      return writerComment(text, seg);
    };
    expect(
      c(
        'Verlaine films this second telling with the same actors, and I honestly did not know which version to believe. Some viewers have read it as a dream.',
      ),
    ).toBe(true);
    // A character saying "I" is the story, not the writer.
    expect(c('Vera looks at her mother and says "I\'m Vicente." The mother leaves.')).toBe(false);
    expect(c('Marta bakes the bread and Oskar sells it in the shop.')).toBe(false);
  });

  it('keeps the flashback open across a comment paragraph', () => {
    const r = placedRanks(
      interview(
        'The director never shows it from Emil’s side, and critics have called the bakery scenes long.',
        [
          'Emil sets fire to the flour store on the night of the storm, and Oskar runs into the smoke after him.',
        ],
      ),
    );
    expect(r[4]).toBeLessThan(r[0] ?? -1);
    expect(r[4]).toBeGreaterThan(r[2] ?? Infinity);
  });
});

describe('another version of the told story', () => {
  const cue = (s: string) => findCue(s, 0, s.length);
  it('reads "In the second version" as the story told again', () => {
    const c = cue('In the second version, it is Perpetua, not Ines, who marries Aurelio.');
    expect(c?.kind).toBe('back');
    expect(c?.told).toBe(true);
    expect(cue('In the other version, the dancing happens on the stairs.')?.told).toBe(true);
  });

  it('negative: "the second half", "the second floor" tell nothing again', () => {
    expect(cue('In the second half, Ines boards the ferry.')?.told).toBeUndefined();
    expect(cue('In the second floor flat, Pip sleeps.')?.told).toBeUndefined();
  });
});
