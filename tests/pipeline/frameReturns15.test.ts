import { describe, expect, it } from 'vitest';
import { frameReturnPlace } from '../../src/pipeline/frameReturns15';
import { chronoOfPhrases } from '../fixtures/filmScenes';

/**
 * A frame the film comes back to by its place (src/pipeline/frameReturns15.ts): an opening that
 * tells or remembers, a dated past told in the frame's own tense, returns to the frame's place.
 */
describe('frameReturnPlace', () => {
  it('reads the place a paragraph comes back to', () => {
    expect(frameReturnPlace('Halfway through, the film returns to the care home.')).toBe(
      'care home',
    );
    expect(frameReturnPlace('Back at the hospice, Orla pours the tea.')).toBe('hospice');
    expect(frameReturnPlace('Later, in the hotel room again, Bea opens the box.')).toBe(
      'hotel room',
    );
    expect(frameReturnPlace('The story cuts back to the ward where Ida lies.')).toBe('ward');
  });
  it('reads no place in a return to a time or a thing', () => {
    expect(frameReturnPlace('The film returns to the present.')).toBeNull();
    expect(frameReturnPlace('We go back to the beginning of the tape.')).toBeNull();
    expect(frameReturnPlace('She walks to the hospice.')).toBeNull();
  });
});

describe('an old teller in a place, the told past, returns to the place', () => {
  it('past tense: a hospice, a life of 1952 and 1958, "Back at the hospice"', () => {
    const paras = [
      'Plot',
      'In a hospice outside Galway, Orla Keane, a retired midwife, recalls for a volunteer named Declan the year she left home.',
      'In 1952 Orla boarded a cattle boat to Liverpool with a cardboard suitcase and found work in a laundry run by nuns.',
      'Back at the hospice, Declan asked her why she had never gone home, and Orla changed the subject.',
      'By 1958 Orla had qualified as a midwife and delivered a baby in a bombed terrace during a blackout.',
      'Back at the hospice, on her last morning, Orla gave Declan the photograph of the baby she had delivered.',
    ];
    const [opening, boat, asked, midwife, last] = chronoOfPhrases(paras, [
      'recalls for a volunteer named Declan',
      'boarded a cattle boat to Liverpool',
      'Declan asked her why',
      'delivered a baby in a bombed terrace',
      'gave Declan the photograph',
    ]);
    expect(boat).toBeLessThan(midwife!);
    expect(midwife).toBeLessThan(opening!);
    expect(opening).toBeLessThan(asked!);
    expect(asked).toBeLessThan(last!);
  });
  it('present tense: a grandmother in a hotel room, "the story cuts back to the hotel room"', () => {
    const paras = [
      'Synopsis',
      'Snowed in at a hotel room in Zermatt, Bea Lindqvist tells her grandson about the winter she spent as a ski instructor.',
      'In 1967 Bea arrives in the village with no money and is hired by a hotelier who has lost his only instructor to a broken leg.',
      'The story cuts back to the hotel room, where the grandson has fallen asleep and Bea watches the snow.',
      'In 1968 an avalanche buries the lower lift and Bea leads a line of guests down the mountain by torchlight.',
      'In the last scene, in the hotel room again, the grandson asks if the hotelier was his grandfather, and Bea laughs.',
    ];
    const [told, arrives, asleep, avalanche, laughs] = chronoOfPhrases(paras, [
      'tells her grandson about the winter',
      'arrives in the village with no money',
      'the grandson has fallen asleep',
      'an avalanche buries the lower lift',
      'Bea laughs',
    ]);
    expect(arrives).toBeLessThan(avalanche!);
    expect(avalanche).toBeLessThan(told!);
    expect(told).toBeLessThan(asleep!);
    expect(asleep).toBeLessThan(laughs!);
  });
});

describe('near misses move nothing', () => {
  it('a journey away and back told in order ("tells her father she is leaving")', () => {
    const paras = [
      'Plot',
      'On the family farm near Skipton, Anna Rhodes tells her father she is leaving for the city.',
      'In 1936 Anna moves to Leeds, finds a room above a chapel and a job at a woollen mill.',
      'Back at the farm, her father sells the last of the cows and writes to her every week.',
      'In 1937 the mill closes and Anna takes the train home.',
    ];
    const c = chronoOfPhrases(paras, [
      'tells her father she is leaving',
      'moves to Leeds',
      'sells the last of the cows',
      'the mill closes',
    ]);
    expect(c).toEqual([...c].sort((a, b) => a - b));
  });
  it('a return to a place first named in the told past', () => {
    const paras = [
      'Plot',
      'The film begins in a flat in Naples, where old Enzo remembers his years as a fisherman.',
      'In 1951 Enzo works the boats off Ischia and falls for a girl who sells lemons on the quay.',
      'Enzo, in the flat, closes his eyes.',
      'In 1953 a storm sinks his boat off Ischia. The film goes back to the quay, where the girl is waiting.',
    ];
    const [flat, boats, closes, storm] = chronoOfPhrases(paras, [
      'where old Enzo remembers',
      'works the boats off Ischia',
      'closes his eyes',
      'a storm sinks his boat',
    ]);
    // Whatever the rest of the reader makes of it, this rule does not take the quay for a frame.
    expect(boats).toBeLessThan(storm!);
    expect(flat).toBeDefined();
    expect(closes).toBeDefined();
  });
});

describe('a present-day frame left and come back to by its person', () => {
  it('present tense: a diary read today, a story of 1961 told inside it, one of 1936 inside that', () => {
    const paras = [
      'Summary (2019)',
      'Today, in a flat in Lisbon, Marta Reis opens a diary that belonged to her grandfather, Joaquim, a ferry pilot.',
      'In 1961 Joaquim pilots the night ferry across the Tagus and carries a wounded student, Rui, hidden under a tarpaulin.',
      'In the wheelhouse, the student asks why he is helping, and Joaquim tells him about his own father.',
      'In 1936 Joaquim\u2019s father hides two Spanish deserters in a fishing hut at Cascais until a storm lets them sail.',
      'Back in the wheelhouse, Rui falls asleep as the lights of the far bank come up.',
      'Marta closes the diary and goes out to find the hut at Cascais, which is now a caf\u00e9.',
    ];
    const [opens, ferry, asks, hut, asleep, closes] = chronoOfPhrases(paras, [
      'opens a diary that belonged to her grandfather',
      'pilots the night ferry across the Tagus',
      'the student asks why he is helping',
      'hides two Spanish deserters',
      'Rui falls asleep',
      'Marta closes the diary',
    ]);
    expect(hut).toBeLessThan(ferry!);
    expect(ferry).toBeLessThanOrEqual(asks!);
    expect(asks).toBeLessThan(asleep!);
    expect(asleep).toBeLessThan(opens!);
    expect(opens).toBeLessThan(closes!);
  });
  it('past tense: a recording heard in the present day, its story of 1952', () => {
    const paras = [
      'Plot',
      'In present-day Toronto, Priya Nair, a graduate student, found a cassette among the papers of a retired engineer and played it on a borrowed machine. The film was released in 2016.',
      'On the cassette, an old man\u2019s voice described the spring of 1952, when he had been a surveyor on the hydro dam at Kitimat.',
      'The surveyor had fallen for a cook at the camp, Lena, and had seen the foreman bury a crushed worker under the fill to keep the schedule.',
      'The voice said that he had kept silent for forty years and asked whoever was listening to find the worker\u2019s family.',
      'Priya drove north to Kitimat the next summer and found the worker\u2019s nephew running a garage.',
    ];
    const [played, spring, bury, silent, drove] = chronoOfPhrases(paras, [
      'played it on a borrowed machine',
      'described the spring of 1952',
      'seen the foreman bury a crushed worker',
      'he had kept silent for forty years',
      'Priya drove north to Kitimat',
    ]);
    expect(Math.max(spring!, bury!, silent!)).toBeLessThan(played!);
    expect(played).toBeLessThan(drove!);
  });
});
