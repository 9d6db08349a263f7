import { describe, expect, it } from 'vitest';
import { placeSegments } from '../../src/pipeline/order';
import { segmentParagraphs } from '../fixtures/paragraphs';

/** Paragraphs -> the placement and segment holding each given phrase. */
const place = (paragraphs: string[]) => {
  const { text, segs } = segmentParagraphs(paragraphs);
  const out = placeSegments(text, segs, null, new Set());
  const index = (phrase: string): number => {
    const i = text.indexOf(phrase);
    const k = segs.findIndex((s) => s.start <= i && i < s.end);
    if (i < 0 || k < 0) throw new Error(`no segment holds "${phrase}"`);
    return k;
  };
  const at = (phrase: string) => {
    const p = out[index(phrase)];
    if (!p) throw new Error('no placement');
    return p;
  };
  const told = (phrase: string): boolean => segs[index(phrase)]?.told === true;
  const same = (a: string, b: string): boolean => index(a) === index(b);
  return { at, told, same };
};

const YEARS = 365;

/** A funeral on an island: backstory told at three depths, one of them later shown. */
const ISLAND = [
  "Nora Pell, thirty-nine, comes back to the island of Inchmore for her father's funeral. Her cousin Ewan meets her at the pier and drives her to the farm.",
  "At the wake, the old minister sits down beside her with a cup of tea. Her father, he says, was not always the hard man the island remembers. Before Nora was born, her father had been engaged to a teacher from Oban, and she had drowned crossing the sound in a storm. He married Nora's mother the following spring. Nora says nothing for a long while.",
  "The next morning Ewan finally admits the thing he has carried for years. The summer they were twelve, he says, he dared Nora's brother to swim out to the seal rocks, and when the boy got into trouble, Ewan ran away along the shore. Nora listens without a word.",
  'That evening the minister explains why her father never wrote. He tells her that twenty years earlier, on the night Nora left for Glasgow, her father walked to the pier after her and stood there until the last ferry had gone. She cries for the first time since the funeral.',
  "The film then cuts to a flashback of that summer at the seal rocks: the two boys swim out past the point, and Nora's brother goes under while Ewan turns back to the shore.",
  'Ewan comes to the farm at dusk with a bottle of whisky. Nora tells him that she is leaving on Friday and that he can keep the boat. Ewan explains the plan: they will scatter the ashes at the seal rocks on Sunday.',
  'On Sunday she walks down to the pier, but Ewan had already left when she arrived, and she waits for him in the rain. The whole island comes down to the shore for the scattering.',
];

/** A letter read in the present: an untimed past perfect told by a document. */
const LETTER = [
  "Ines Duarte runs a bakery in Porto and lives above it with her son. One morning a lawyer brings her a box of her late aunt's papers.",
  'That night she opens the box and reads until midnight. The letters show that her aunt had sold the family house to pay a gambling debt and had never told anyone in the family. Ines puts the letter back in the box and goes to bed.',
  'The next day she drives to the old house and knocks on the door. A young couple live there now, and they invite her in for coffee.',
];

describe('backstory told in dialogue (dialogue.ts)', () => {
  it('cuts the recounted span out and keeps the telling in the present', () => {
    const { told, same } = place(ISLAND);
    expect(told('her father had been engaged to a teacher from Oban')).toBe(true);
    expect(told('he dared Nora')).toBe(true);
    expect(told('her father walked to the pier after her')).toBe(true);
    expect(told('the old minister sits down beside her')).toBe(false);
    expect(told('Nora says nothing for a long while')).toBe(false);
    expect(told('Ewan finally admits the thing')).toBe(false);
    expect(told('She cries for the first time')).toBe(false);
    // "He married Nora's mother the following spring" goes on with the told span.
    expect(same('He married Nora', 'had been engaged to a teacher')).toBe(true);
  });

  it('places each told span by its depth: a birth, an age, a stated distance', () => {
    const { at } = place(ISLAND);
    const now = at('Nora Pell, thirty-nine, comes back').t;
    const born = at('had been engaged to a teacher from Oban').t;
    const twelve = at('he dared Nora').t;
    const twenty = at('her father walked to the pier after her').t;
    expect(born).toBeLessThan(twelve);
    expect(twelve).toBeLessThan(twenty);
    expect(twenty).toBeLessThan(now);
    // Nora is thirty-nine: the summer she was twelve is 27 years back, twenty years is twenty.
    expect(Math.round((now - twelve) / YEARS)).toBe(27);
    expect(Math.round((now - twenty) / YEARS)).toBe(20);
    expect(at('he dared Nora').kind).toBe('recounted');
  });

  it('ties a flashback the film shows of a told span to its time, then returns', () => {
    const { at } = place(ISLAND);
    const told = at('he dared Nora').t;
    const shown = at('the two boys swim out past the point').t;
    expect(Math.abs(shown - told)).toBeLessThan(1);
    const cries = at('She cries for the first time').t;
    const dusk = at('Ewan comes to the farm at dusk');
    expect(dusk.kind).toBe('present');
    expect(dusk.t).toBeGreaterThan(cries);
    expect(at('The whole island comes down').t).toBeGreaterThan(dusk.t);
  });

  it('leaves reported speech about the present or future, a plan and recent hours alone', () => {
    const { told, at } = place(ISLAND);
    expect(told('she is leaving on Friday')).toBe(false);
    expect(told('they will scatter the ashes')).toBe(false);
    expect(told('Ewan had already left when she arrived')).toBe(false);
    expect(at('Ewan had already left when she arrived').kind).toBe('present');
  });

  it('places an untimed past perfect a letter reveals before the earliest present scene', () => {
    const { told, at } = place(LETTER);
    expect(told('her aunt had sold the family house')).toBe(true);
    expect(told('Ines puts the letter back')).toBe(false);
    const sold = at('her aunt had sold the family house').t;
    expect(sold).toBeLessThan(at('Ines Duarte runs a bakery').t);
    expect(at('Ines puts the letter back').t).toBeGreaterThan(at('she opens the box').t);
    expect(at('she drives to the old house').kind).toBe('present');
  });

  it('reads a quoted telling as the speaker’s own words, not a telling', () => {
    const { told } = place([
      'Marek Olsen runs a ferry across the fjord and lives alone in the harbour house.',
      '"Nobody tells you how the winter gets into your bones," Marek says, and he had never once complained about the cold before the winter of the storm, his neighbour notes. Marek laughs at her and goes back to his nets.',
    ]);
    expect(told('he had never once complained')).toBe(false);
  });

  it('needs a depth for a one-sentence telling with a speech tag', () => {
    const { told } = place([
      'Ilse Brandt climbs to the organ loft of the chapel and checks that the ledger is still behind the bellows.',
      'She had hidden it there herself, she admits to the curious verger, without telling anyone at all. She slides it back and walks home.',
      'The next morning a black car draws up beside her on the quay.',
    ]);
    expect(told('She had hidden it there herself')).toBe(false);
  });
});
