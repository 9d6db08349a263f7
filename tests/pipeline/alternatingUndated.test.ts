import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

// Two stories alternating paragraph by paragraph with no dates: a young teacher's year on an
// island long ago, and a woman who comes back to find the school in ruins. Only the place seen
// again changed ("the same road from the pier, now paved") and a grandparent's letters or
// ashes say which story is the later one (order.ts applyCastThreads, PRESENT_MARK).
const ISLAND = [
  'Plot',
  "A young schoolteacher steps off the ferry onto Inishmore with a trunk of books in a grey October. She is Nora Quill, hired by the parish priest, Father Devane, to teach the island's twenty children. Devane distrusts her city clothes and lodges her with the widow Mulkerrin.",
  "A woman in her thirties walks up the same road from the pier, now paved, and finds the schoolhouse roofless and full of nettles. Claire Hanlon has flown in from Boston with her grandmother's letters and a photograph of a classroom.",
  "The widow's son, Tomás Mulkerrin, rows Nora round the island on Sundays and shows her the seal caves. By Christmas they are walking out together, and Father Devane preaches against it from the pulpit.",
  'Claire takes a room at the pub and meets the landlord, Dara Flaherty, who tells her nobody has taught on the island for a long time. He lends her the key to the schoolhouse anyway.',
  "In spring Nora's pupils win the county essay prize, and Tomás asks her to marry him on the cliff path. Father Devane writes to the bishop.",
  "Claire clears the schoolhouse and finds the children's essays in a biscuit tin under the floor. She reads them aloud to Dara in the bar.",
  'In May Tomás drowns when the currach goes over in a squall. Nora is sent back to the mainland on the next boat.',
  'On her last morning Claire leaves the essays with Dara and takes the ferry home.',
].join('\n\n');

const GLASSWORKS = [
  'Synopsis',
  'A boy of twelve arrives at the Calder glassworks with a letter of introduction and a cardboard suitcase. Walter Price is taken on by the master blower, Ezra Kell. Ezra thinks him too small and puts him to sweeping the furnace floor.',
  "A man with a hire car parks in the same yard, now fenced off and overgrown, and looks through the broken windows of the works. Daniel Price has come from Toronto with his grandfather's ashes and an old glass float wrapped in newspaper.",
  "Ezra teaches Walter to gather glass on the pipe, and by the summer the boy is blowing floats for the fishing fleet. Ezra's daughter Hetty brings them their dinner every noon.",
  'Daniel finds the caretaker, Moira Lusk, who lets him into the works and tells him the furnace went out for good before she was born.',
  'The works wins a contract from the navy, and Ezra makes Walter his apprentice in front of the whole shop. Hetty kisses him behind the sand store.',
  "Daniel sweeps the old furnace floor and finds a float with his grandfather's initials scratched into it.",
  'In the winter a furnace cracks and Ezra is badly burned pulling Walter clear. Walter leaves the works on the morning train.',
  'On the last day Daniel scatters the ashes into the millrace, and Moira watches from the bridge.',
].join('\n\n');

const allBefore = (text: string, earlier: string[], later: string[]): boolean => {
  const f = convertText(text);
  const last = Math.max(...earlier.map((w) => sceneHolding(f, w).chronoIndex));
  const first = Math.min(...later.map((w) => sceneHolding(f, w).chronoIndex));
  return last < first;
};

describe('alternating stories without dates: the changed place marks the later one', () => {
  it('places the teacher before the return to the island', () => {
    expect(
      allBefore(
        ISLAND,
        ['steps off the ferry', 'rows Nora round', 'win the county essay prize', 'Tomás drowns'],
        ['walks up the same road', 'Claire takes a room', 'Claire clears', 'Claire leaves'],
      ),
    ).toBe(true);
  });

  it('places the apprentice before the grandson with the ashes', () => {
    expect(
      allBefore(
        GLASSWORKS,
        [
          'A boy of twelve arrives',
          'Ezra teaches Walter',
          'contract from the navy',
          'a furnace cracks',
        ],
        [
          'parks in the same yard',
          'Daniel finds the caretaker',
          'Daniel sweeps',
          'scatters the ashes',
        ],
      ),
    ).toBe(true);
  });
});
