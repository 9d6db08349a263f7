import { describe, expect, it } from 'vitest';
import { chronoOrder, convertText } from '../fixtures/filmScenes';

// Stories told both ways from a midpoint (bothWays.ts): the opening day, then one step after it
// and one before it in turn, each further away, ending on a distance ("two months after",
// "twenty years before"). A plot page with the midpoint's weekday named, a teacher's notes in the
// past tense with the weekday only implied by "before"/"after", and a linear week as a negative.
const FUNERAL = [
  'Carrow Sound (2011)',
  'Plot',
  'The film opens on the Thursday of the funeral, in the chapel at Carrow. Ines reads the eulogy for her brother Tomas and breaks down at the second verse; Felix finishes it for her.',
  "The following scene is the Friday. Ines clears Tomas's flat with Felix and finds a train ticket to Porto in a coat pocket.",
  'The story then steps back to the Tuesday before the funeral, when Felix identifies the body at the hospital and lies to Ines about the cause.',
  'Forward again to the Sunday. Ines takes the train to Porto alone and finds the boarding house named on the ticket.',
  'Back to the Monday. Tomas phones Felix at midnight and asks for money, and Felix hangs up on him.',
  'The forward line ends two months after the funeral: Ines opens a café in Porto with the landlady, Amália.',
  'The backward line ends twenty years before, with the two boys fishing off the pier while their mother watches from the car.',
].join('\n\n');
const REGATTA = [
  "Dear all, here are my notes on Low Water for Thursday's class.",
  'Nobody in Low Water ever says what day it is, but the regatta is the hinge of the whole thing.',
  'We began at the regatta itself. Maud capsized the club dinghy in front of the whole town and her father, Cyril, waded in fully clothed to drag her out.',
  'After that we saw the Sunday after the regatta, with Maud and Cyril eating breakfast in silence while the radio played.',
  "Then the Friday before it: Maud stole the spare tiller from the boathouse, and Nell, the harbourmaster's daughter, saw her do it.",
  'Next came the Tuesday after the regatta. Cyril sold the dinghy to a stranger from Hull and Maud watched from the slipway.',
  'Then we went back to the Wednesday before. Nell and Maud swam out to the buoy at dusk and swore never to tell.',
  'The later half closed three years after the regatta, with Maud teaching children to sail on the same slipway.',
  'The earlier half closed decades before, with Cyril as a boy watching his own father win the cup.',
  'Please have the essay in by Friday. Best, Mr Oduya',
].join('\n\n');
// Linear, with weekdays and a rehearsal the day before: nothing moves.
const LINEAR = [
  'Plot',
  "On Monday Greta arrives in Lisburn for her sister Clem's wedding and checks into the Railway Hotel.",
  'On Wednesday Greta and Clem quarrel over the seating plan, and Clem throws the plan into the canal.',
  'The Friday before the wedding brings the rehearsal dinner, where the groom, Owen, forgets the ring at the hotel.',
  'On Saturday Clem and Owen marry in the rain, and Greta catches the bouquet.',
  'On Sunday Greta takes the early train home with a slice of cake in her bag.',
  'Some weeks after the wedding Clem writes to say she is expecting.',
].join('\n\n');

describe('a story told both ways from a midpoint (bothWays.ts)', () => {
  it('lays the steps around the named day of the funeral', () => {
    const phrases = [
      'two boys fishing',
      'phones Felix at midnight',
      'identifies the body',
      'reads the eulogy',
      'clears Tomas',
      'takes the train to Porto',
      'opens a café',
    ];
    expect(chronoOrder(convertText(FUNERAL), phrases)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('finds the unnamed day of the regatta from the steps said before and after it', () => {
    const phrases = [
      'Cyril as a boy',
      'swam out to the buoy',
      'stole the spare tiller',
      'capsized the club dinghy',
      'eating breakfast in silence',
      'sold the dinghy',
      'teaching children',
    ];
    expect(chronoOrder(convertText(REGATTA), phrases)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('moves nothing in a week told in order with one day before the wedding', () => {
    const phrases = [
      'arrives in Lisburn',
      'quarrel over the seating',
      'rehearsal dinner',
      'marry in the rain',
      'early train home',
      'writes to say',
    ];
    expect(chronoOrder(convertText(LINEAR), phrases)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
