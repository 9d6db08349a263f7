import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';

/** A course handout: the wedding day, a rewind of two days with the groom, and the catch-up. */
const handout = [
  'The film opens on the morning of the wedding. Hana Kowalczyk irons her dress in her mother’s kitchen while her brothers argue about the cars.',
  'At noon the phone rings in the hall: the hotel says the groom never checked in. Hana takes the call in her dress and laughs it off.',
  'By three o’clock the guests are fanning themselves in the church, the organist plays the same hymn for the fourth time, and the altar is empty. Hana stands at the church door in her veil. The screen cuts to black. Caption: TWO DAYS EARLIER.',
  'We are on a motorway with the groom, Matteo Ricci, whose car dies in a lay-by outside Lyon. Matteo hitches a ride with a lorry driver called Babette, who is carrying forty crates of geese.',
  'Babette’s lorry is stopped at the border and Matteo spends a night in a customs office, charming the guard with card tricks.',
  'The film shows the call from the hotel again, this time from Matteo’s end: he is in a phone box at a petrol station, listening to the hotel ring the hall, and Hana takes the call in her dress without knowing he is there.',
  'And we catch up with the church: the empty altar again, the same hymn, the guests fanning themselves, but now we are outside with Matteo running up the hill in a borrowed suit.',
  'The ending is short. Matteo and Hana marry at dusk, and Babette gives them a goose.',
];

/** A review in the past tense: a harbour fire, a rewind of three years, the fire met again. */
const review = [
  'Saltgrass begins with Ingrid Voss running a chandlery on the quay at Hellmouth. Her son Piet helped her paint the shutters every spring.',
  'One autumn night the chandlery caught fire. Ingrid dragged Piet out through the back window while the harbour bell rang. Then a card: "Three years before."',
  'The second half followed a lighthouse keeper, Anselm Dorn, on his rock out in the bay. Anselm lost his licence after a ship ran aground on his watch.',
  'Anselm rowed ashore each month for supplies, and he was the man who sold the paraffin to the chandlery, which the film showed again from the counter, with Ingrid and Piet painting the shutters behind him.',
  'Then the film caught up with the fire: the chandlery burning on the quay again, the harbour bell ringing, this time seen from the lighthouse, where Anselm watched Ingrid drag Piet out through the back window.',
  'The last scene was Anselm rowing across at dawn to give himself up to the harbour master.',
];

describe('a rewind in mid-film that catches up with the moment it left (rewindCatchUp.ts)', () => {
  it('lays a present-tense rewind before the first part and ties the catch-up to the moment', () => {
    const [irons, call, door, lorry, customs, booth, hill, marry] = chronoOfPhrases(handout, [
      'Hana Kowalczyk irons her dress',
      'the phone rings in the hall',
      'Hana stands at the church door',
      'Matteo hitches a ride',
      'spends a night in a customs office',
      'he is in a phone box',
      'Matteo running up the hill',
      'Matteo and Hana marry at dusk',
    ]);
    expect(lorry).toBeLessThan(irons ?? -1);
    expect(customs).toBeLessThan(irons ?? -1);
    // The call seen from the phone box is the call itself, from the other end.
    expect(irons).toBeLessThan(booth ?? -1);
    expect(booth).toBeLessThan(door ?? -1);
    expect(call).toBeLessThan(door ?? -1);
    expect(door).toBeLessThan(hill ?? -1);
    expect(hill).toBeLessThan(marry ?? -1);
  });

  it('does the same in the past tense with a reported card', () => {
    const [shutters, fire, licence, paraffin, watched, dawn] = chronoOfPhrases(review, [
      'running a chandlery on the quay',
      'the chandlery caught fire',
      'Anselm lost his licence',
      'sold the paraffin',
      'this time seen from the lighthouse',
      'Anselm rowing across at dawn',
    ]);
    expect(licence).toBeLessThan(shutters ?? -1);
    expect(paraffin).toBeLessThan(shutters ?? -1);
    expect(shutters).toBeLessThan(fire ?? -1);
    expect(fire).toBeLessThan(watched ?? -1);
    expect(watched).toBeLessThan(dawn ?? -1);
  });

  it('moves nothing when the rewind never meets the moment again', () => {
    const story = [
      'Odile Brandt opens her flower stall at the station and sells lilies to a man in a grey coat.',
      'That evening the man in the grey coat is found on the tracks, and the police take Odile’s stall apart. Caption: FOUR YEARS EARLIER.',
      'Odile and her husband Claes buy the stall with their savings. Claes leaves for a job on the rigs.',
      'Claes writes to Odile every week from the rigs, and then the letters stop.',
    ];
    const [lilies, tracks, savings, letters] = chronoOfPhrases(story, [
      'sells lilies to a man',
      'found on the tracks',
      'buy the stall with their savings',
      'the letters stop',
    ]);
    expect(savings).toBeLessThan(letters ?? -1);
    expect(letters).toBeLessThan(lilies ?? -1);
    expect(lilies).toBeLessThan(tracks ?? -1);
  });
});
