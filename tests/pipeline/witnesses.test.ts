import { describe, expect, it } from 'vitest';
import { placeSegments } from '../../src/pipeline/order';
import { segmentParagraphs } from '../fixtures/paragraphs';

/** Paragraphs -> the story time of the segment holding each given phrase. */
const place = (paragraphs: string[]) => {
  const { text, segs } = segmentParagraphs(paragraphs);
  const out = placeSegments(text, segs, null, new Set());
  const at = (phrase: string): { t: number; kind: string } => {
    const i = text.indexOf(phrase);
    const k = segs.findIndex((s) => s.start <= i && i < s.end);
    if (i < 0 || k < 0) throw new Error(`no segment holds "${phrase}"`);
    const p = out[k];
    if (!p) throw new Error('no placement');
    return p;
  };
  return { at, count: segs.length };
};

/** The frame's phrases in text order after the night, and the night's told phrases before it. */
const expectFrameAfterNight = (
  at: (phrase: string) => { t: number; kind: string },
  frame: string[],
  night: string[],
): void => {
  const frameTs = frame.map((f) => at(f).t);
  for (let k = 1; k < frameTs.length; k++) expect(frameTs[k]).toBeGreaterThan(frameTs[k - 1] ?? 0);
  for (const n of night) {
    expect(at(n).t).toBeLessThan(Math.min(...frameTs));
    expect(at(n).kind).not.toBe('present');
  }
};

const INQUEST = [
  'It is spring, and the inquest into the death of Paul Brenner opens in a small courtroom. The coroner, Judge Hale, calls the first witness.',
  'The first witness is the doorman, Abel. According to the doorman, Paul arrives at the club a little after nine and argues with his brother Leo at the bar. Around half past ten, Leo storms out into the rain.',
  'Back in the courtroom, Hale asks Abel whether anyone followed Leo. Abel says no. Hale adjourns for lunch, and the widow, Irma, eats alone in the corridor.',
  'The second witness, a waitress called Nadia, remembers the night differently. In her version, the argument at the bar with his brother Leo is quiet and sad, and Paul pays for both drinks. At a quarter past midnight she sees Paul walk down to the river alone.',
  'Hale thanks her. The hearing resumes the next morning, and the police sergeant reads out his report.',
  "By the sergeant's account, a patrol finds the body under the bridge at dawn.",
  'Hale listens with his eyes closed and returns an open verdict.',
];

describe('witnesses retelling one night (accounts.ts)', () => {
  it('places every account in one night before the frame, and the frame after it in text order', () => {
    const { at } = place(INQUEST);
    const frame = [
      'the inquest into the death',
      'Hale asks Abel',
      'The hearing resumes',
      'returns an open verdict',
    ];
    const night = [
      'Paul arrives at the club',
      'Leo storms out',
      'the argument at the bar',
      'she sees Paul walk down',
      'finds the body under the bridge',
    ];
    expectFrameAfterNight(at, frame, night);
  });

  it('orders the night by the times the accounts name, whoever tells it', () => {
    const { at } = place(INQUEST);
    expect(at('Paul arrives at the club').t).toBeLessThan(at('Leo storms out').t);
    expect(at('Leo storms out').t).toBeLessThan(at('she sees Paul walk down').t);
    expect(at('she sees Paul walk down').t).toBeLessThan(at('finds the body under the bridge').t);
  });

  it('ties an untimed account to the moment of an earlier account it retells', () => {
    const { at } = place(INQUEST);
    // Nadia's quarrel at the bar is the doorman's, before Leo storms out at half past ten.
    expect(at('the argument at the bar').t).toBeLessThan(at('Leo storms out').t);
    expect(at('the argument at the bar').t).toBeGreaterThanOrEqual(
      at('Paul arrives at the club').t,
    );
  });

  it("cuts the frame's sentence before an opener into a segment of its own", () => {
    const { at } = place(INQUEST);
    expect(at('The first witness is the doorman').t).not.toBe(at('Paul arrives at the club').t);
  });

  it("returns to the frame inside a told paragraph when the frame's person acts", () => {
    const { at } = place([
      'The morning after the party, Inspector Rask of the county police arrives on the island to take witness statements. Rask sets up in the kitchen.',
      'The cook, Pirjo, is the first to sit down. In her statement, the dinner ends after nine. At about eleven she sees two men fighting behind the sauna. Rask asks her who they were. Pirjo does not know.',
      'Rask walks down to the shore while the divers search the bay.',
      'As the bride tells it, the party is happy until midnight.',
      "By the groom's account, the men were only joking. Rask writes one word in her notebook.",
    ]);
    expect(at('Rask asks her who they were').t).toBeGreaterThan(
      at('Rask sets up in the kitchen').t,
    );
    expect(at('two men fighting').t).toBeLessThan(at('Rask sets up in the kitchen').t);
  });

  it("reads a paragraph's second sentence with a witness telling in the past as the account, and its first as the frame", () => {
    const { at } = place([
      'On the morning after the wedding, Inspector Rask of the island police arrives to take witness statements. Rask sets up in the kitchen.',
      'The cook, Pirjo, is the first to sit down. Pirjo tells Rask that the dinner ran late and the speeches ended after nine.',
      'Rask walks down to the shore while the divers search the bay.',
      'As the bride tells it, the party is happy until midnight.',
      "By the groom's account, the men were only joking.",
      "Seen from the ferryman's window, a lantern crosses the bay at midnight.",
    ]);
    expect(at('the speeches ended after nine').t).toBeLessThan(at('Rask sets up in the kitchen').t);
    expect(at('The cook, Pirjo, is the first').t).toBeGreaterThan(
      at('Rask sets up in the kitchen').t,
    );
    expect(at('The cook, Pirjo, is the first').t).toBeLessThan(at('Rask walks down').t);
  });

  it('reads flashbacks named as such, a witness testifying about the night, and the court coming back', () => {
    const { at } = place([
      'The trial of the ferryman Olek Dunaj opens in the county court in November. The prosecutor, Vera Lind, calls the harbour master.',
      'The harbour master testifies about the night of the storm. He locked the harbour office at eight and saw the ferry leave its moorings at about ten.',
      'In court, Lind reads his log aloud, and the jury looks at the ferryman.',
      'The second witness is the ferryman’s sister, Ada. In her flashback the ferry leaves at half past nine and Olek is not aboard; he is asleep in her kitchen.',
      'Under cross-examination Lind shows Ada the ticket stub from the ferry.',
      'The third and last flashback is Olek’s own. He woke at midnight, ran to the quay and found the ferry gone.',
      'The jury finds him not guilty, and Olek walks home along the harbour wall.',
    ]);
    const frame = [
      'The trial of the ferryman',
      'Lind reads his log aloud',
      'Lind shows Ada the ticket stub',
      'The jury finds him not guilty',
    ];
    expectFrameAfterNight(at, frame, [
      'locked the harbour office',
      'Olek is not aboard',
      'ran to the quay',
    ]);
    expect(at('Olek is not aboard').t).toBeLessThan(at('ran to the quay').t);
  });

  it('leaves a story without an inquiry alone, however many people say things', () => {
    const { at } = place([
      'Mira moves to Lisbon in June. According to her landlord, the flat is haunted.',
      'She says she saw nothing. Her brother says she is lying. According to the neighbours, the last tenant left in a hurry.',
      'As Mira tells it, the first weeks are happy. The next morning she finds the door open.',
    ]);
    expect(at('Mira moves to Lisbon').t).toBeLessThan(at('She says she saw nothing').t);
    expect(at('She says she saw nothing').t).toBeLessThan(at('The next morning she finds').t);
  });
});
