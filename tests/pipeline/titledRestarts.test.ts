import { describe, expect, it } from 'vitest';
import { restartsSharedSpan } from '../../src/pipeline/nightRestarts';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

// One evening told again, the second telling named after its person by a card or a chapter
// title ('a second title card reads "Bruno", and the evening starts again at six'): the person
// taken up stands before the restart's verb, not after it.
const bank = [
  'The first part, titled "Greta", follows the cashier of a small bank in Lucerne through the evening of the robbery. At seven she locks the front door and counts the till.',
  'At half past eight a man in a grey raincoat knocks on the side window, and Greta lets him in because he says he is from the head office.',
  'At ten he ties her to a chair and empties the vault.',
  'The screen fades to white, a second title card reads "Bruno", and the evening starts again at six. Bruno, the getaway driver, steals a delivery van from a laundry.',
  'At eight he parks the van in the alley behind the bank and waits with the engine running.',
  'At a quarter past ten he drives the man in the raincoat to the railway station.',
  'The next morning the police find the van in the lake.',
].join('\n\n');

const mill = [
  'Chapter one, "Rafael", covers the night of the fire at the Lisbon paper mill. At nine Rafael, the night watchman, makes his first round and finds a side door open.',
  'At eleven he smells smoke in the drying room and runs for the telephone.',
  'At midnight the roof of the mill falls in.',
  'Chapter two, "Dona Amalia", goes back to dusk that same night. At eight the mill owner\'s widow, Amalia, eats alone in the house on the hill.',
  'At ten she walks down to the mill with a can of paraffin and lets herself in by the side door.',
  'At half past twelve she watches the flames from her bedroom window.',
  'A week later the insurance company sends an investigator.',
].join('\n\n');

const before = (text: string, earlier: string, later: string): void => {
  const f = convertText(text);
  expect(sceneHolding(f, earlier).chronoIndex).toBeLessThan(sceneHolding(f, later).chronoIndex);
};

describe('a retelling named after its person by a card or a chapter', () => {
  it('reads the card or the chapter title as the person taken up', () => {
    expect(
      restartsSharedSpan('A second title card reads "Bruno", and the evening starts again at six.'),
    ).toBe(true);
    expect(
      restartsSharedSpan('Chapter two, "Dona Amalia", goes back to dusk that same night.'),
    ).toBe(true);
    // A chapter named after someone that goes back years is a flashback, not the night again.
    expect(restartsSharedSpan('Chapter two, "Amalia", goes back to 1961 and her childhood.')).toBe(
      false,
    );
  });

  it('interleaves the two tellings by their clock', () => {
    before(bank, 'steals a delivery van', 'a man in a grey raincoat knocks');
    before(bank, 'At eight he parks the van', 'At ten he ties her to a chair');
    before(bank, 'At ten he ties her to a chair', 'The next morning the police');
    before(mill, 'At ten she walks down to the mill', 'At eleven he smells smoke');
    before(mill, 'At eight the mill owner', 'At nine Rafael');
  });
});
