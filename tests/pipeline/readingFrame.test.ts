import { describe, expect, it } from 'vitest';
import { findCue } from '../../src/pipeline/time';
import { chronoOfPhrases } from '../fixtures/filmScenes';

/** A past-tense frame where letters (or tapes) are read aloud, dated, and interrupted. */
const LETTERS = [
  'In the spring of 1988, the Varga family met in a rented hall in Szeged after the death of their grandmother Ilona. Her nephew Bence had been asked to read her letters to the family before the will was opened.',
  'Bence started with the oldest letter, dated June 1956. In it Ilona, a student of twenty, wrote of the printing shop where she and her friend Laci set type for a banned newspaper.',
  'Throughout the autumn of 1956 the two of them carried leaflets across the city. Laci was arrested in November and Ilona hid in a cellar for eleven days.',
  'At this point Bence’s cousin Eszter stood up and said that the family had a right to keep these things private. The lawyer asked for quiet, and the cousins glared at one another across the table.',
  'When the reading went on, the letters moved to the winter of 1957. Ilona wrote that Laci had been sentenced to six years and that she visited the prison every month with bread.',
  'Eszter interrupted again, shouting that none of it could be true. Bence put the letters down and walked out onto the steps.',
  'The last letters date from 1963. Laci was released, thin and grey, and he and Ilona married quietly in a village church.',
  'After the will was read, Bence drove to the village and found the church locked. He left the letters on the step.',
];

describe('letters read aloud in a past-tense frame', () => {
  const chrono = chronoOfPhrases(LETTERS, [
    'set type for a banned newspaper',
    'hid in a cellar for eleven days',
    'visited the prison every month',
    'married quietly in a village church',
    'met in a rented hall in Szeged',
    'glared at one another',
    'walked out onto the steps',
    'left the letters on the step',
  ]);

  it('places each letter by its date, whatever words carry the date', () => {
    expect(chrono.slice(0, 4)).toEqual([...chrono.slice(0, 4)].sort((a, b) => a - b));
    // Every dated letter comes before the frame's first moment.
    for (const c of chrono.slice(0, 4)) expect(c).toBeLessThan(chrono[4] ?? -1);
  });

  it('keeps the listeners breaking into the reading in the frame, in their order', () => {
    const frame = chrono.slice(4);
    expect(frame).toEqual([...frame].sort((a, b) => a - b));
    // The interruptions are the funeral's, after every letter.
    for (const c of frame) expect(c).toBeGreaterThan(Math.max(...chrono.slice(0, 4)));
  });
});

describe('a flashback is not ended by its own interruptions', () => {
  it('reads "the wedding was interrupted by" as the told story', () => {
    const chrono = chronoOfPhrases(
      [
        'Mira sits in a hospital corridor in 2015, waiting for news of her father, and opens his old diary.',
        'In 1979, her father Jonas married a baker’s daughter, Greta, in a village near Lublin.',
        'The wedding was interrupted by soldiers looking for his brother, and the guests fled into the fields.',
        'Back in the hospital, a nurse comes to tell Mira that her father is awake.',
      ],
      [
        'married a baker',
        'guests fled into the fields',
        'hospital corridor',
        'her father is awake',
      ],
    );
    expect(chrono).toEqual([...chrono].sort((a, b) => a - b));
  });
});

describe('year cues after a preposition of duration', () => {
  it('reads "Through the summer of 1940" and "Throughout 1952" as opening years', () => {
    for (const [s, year] of [
      ['Through the summer of 1940 the two grew close.', 1940],
      ['Throughout 1952 she wrote to him every week.', 1952],
    ] as const) {
      const cue = findCue(s, 0, s.length);
      expect(cue?.kind).toBe('year');
      expect(cue?.year).toBe(year);
      expect(cue?.opening).toBe(true);
    }
  });

  it('does not read "through 2000 pages" as a year', () => {
    const s = 'She read through 2000 pages of court records.';
    expect(findCue(s, 0, s.length)?.kind).not.toBe('year');
  });
});

describe('a confession told in the past inside a present-tense synopsis', () => {
  it('puts both confessed fires, the old one and the one of the present year, before the inquiry', () => {
    const chrono = chronoOfPhrases(
      [
        'In 2019, an insurance assessor, Nell Okoro, is sent to a flooded village to look into a fire that gutted the boathouse. The owner, Aled Price, has already cashed the cheque.',
        'Nell lodges with the harbourmaster and talks to everyone who saw the flames. Nobody agrees on the time.',
        'She learns that a chapel on the hill burned in 1987 and that a girl died in it. The harbourmaster will not speak of it.',
        'On her last evening Nell finds Aled’s wife, Bethan, sitting in the burnt boathouse. Bethan confesses. She set the chapel alight in 1987 to hide her father’s debts, not knowing the girl was inside. Her brother swore she had been with him. In 2019, when the bank began asking questions, she burned the boathouse too.',
        'Nell calls the police, and Bethan waits with her for the car.',
      ],
      [
        'set the chapel alight',
        'she burned the boathouse too',
        'is sent to a flooded village',
        'talks to everyone who saw the flames',
        'Bethan waits with her',
      ],
    );
    expect(chrono).toEqual([...chrono].sort((a, b) => a - b));
  });
});
