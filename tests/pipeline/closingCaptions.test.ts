import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';
import { closingCaptionCue, handOnClosingCaptions } from '../../src/pipeline/closingCaptions';
import type { Segment } from '../../src/pipeline/segment';

/** A film-club newsletter: the first act ends on a card that rewinds three weeks. */
const newsletter = [
  'Club night this month is Tinder Box. Bring your own cushions, the chairs are still broken.',
  'Ottoline Varga runs a fireworks shop on the seafront. She opens up at dawn, argues with the council inspector about the padlocks, and sells a box of rockets to a boy in a red anorak.',
  'That evening the shop goes up. Ottoline stands on the promenade while the windows blow out one after another. The picture freezes on her face. Title card: THREE WEEKS EARLIER.',
  'Now we are in a bank in the city, where a clerk called Lionel Brook signs a loan he knows is forged. He meets a stranger in a multi-storey and hands over a key.',
  'Lionel drives to the seafront and rents the flat above the shop under a false name.',
];

/** A festival programme note: the card is reported ("A card reads") and runs years back. */
const programme = [
  'The lorry leaves the quarry at dusk with Maud Telfer at the wheel. On the cliff road its brakes fail and it rolls towards the drop. A card reads "Two years before".',
  'Maud is a nurse on night shifts in a hospital far inland. She nurses a driver called Piet Hallam back to health and falls for him.',
  'Piet teaches her to drive the big rigs in the empty depot on Sundays.',
];

const seg = (start: number, end: number, sentences: [number, number][]): Segment => ({
  start,
  end,
  cue: null,
  paragraphStart: true,
  sentences: sentences.map(([s, e]) => ({ start: s, end: e })),
  tense: { present: 1, past: 0, perfect: 0 },
});

describe('a time caption closing its paragraph (closingCaptions.ts)', () => {
  it('reads a bare caption line and a reported one, not a sentence of the story', () => {
    const cases: [string, boolean][] = [
      ['Caption: SIX WEEKS EARLIER.', true],
      ['Title card: Two years before.', true],
      ['A card reads "Ten days earlier".', true],
      ['Then it cuts to: Four months earlier.', true],
      ['"Nine years earlier."', true],
      ['Vera had left the village nine years earlier.', false],
      ['Caption: Rotterdam.', false],
      ['He was born in the house thirty years earlier.', false],
    ];
    for (const [s, want] of cases) expect(closingCaptionCue(s, 0, s.length) !== null, s).toBe(want);
  });

  it('hands the cue to the next paragraph only', () => {
    const text = 'She runs. Caption: SIX WEEKS EARLIER.\n\nHe signs the loan.';
    const a = seg(0, 37, [
      [0, 9],
      [10, 37],
    ]);
    const b = seg(39, 57, [[39, 57]]);
    const [x, y] = handOnClosingCaptions(text, [a, b]);
    expect(x?.cue).toBeNull();
    expect(y?.cue?.kind).toBe('back');
    expect(y?.cue?.days).toBe(-42);
  });

  it('puts what follows a closing "Title card: THREE WEEKS EARLIER." before the first act', () => {
    const [shop, fire, loan, flat] = chronoOfPhrases(newsletter, [
      'She opens up at dawn',
      'That evening the shop goes up',
      'signs a loan he knows is forged',
      'rents the flat above the shop',
    ]);
    expect(loan).toBeLessThan(shop ?? -1);
    expect(flat).toBeLessThan(shop ?? -1);
    expect(shop).toBeLessThan(fire ?? -1);
  });

  it('puts what follows a reported closing card ("A card reads ...") before the opening', () => {
    const [lorry, nurse, rigs] = chronoOfPhrases(programme, [
      'The lorry leaves the quarry',
      'Maud is a nurse on night shifts',
      'Piet teaches her to drive',
    ]);
    expect(nurse).toBeLessThan(lorry ?? -1);
    expect(rigs).toBeLessThan(lorry ?? -1);
  });

  it('moves nothing when the closing line is a place card', () => {
    const linear = [
      'Ines Moro lands at the airport with one suitcase and no hotel, and her brother Tomas does not answer his phone. Caption: Rotterdam.',
      'Ines finds a room above a bakery and a job washing dishes at the harbour.',
      'Karel Bos, her landlord, teaches Ines to bake rye bread before dawn. Tomas finally calls from Lyon.',
      'By spring Ines runs the kitchen, and Tomas comes to eat there on Sundays with his new wife.',
    ];
    const order = chronoOfPhrases(linear, [
      'lands at the airport',
      'finds a room above a bakery',
      'teaches Ines to bake rye bread',
      'By spring Ines runs the kitchen',
    ]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
