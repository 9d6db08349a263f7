import { describe, expect, it } from 'vitest';
import { placeSegments } from '../../src/pipeline/order';
import { applyReadEntries } from '../../src/pipeline/readEntries';
import { visionCue } from '../../src/pipeline/visions';
import { segmentParagraphs } from '../fixtures/paragraphs';

/** Paragraphs -> the placement of the segment holding each given phrase. */
const place = (paragraphs: string[]) => {
  const { text, segs } = segmentParagraphs(paragraphs);
  const out = placeSegments(text, segs, null, new Set());
  const at = (phrase: string) => {
    const i = text.indexOf(phrase);
    const k = segs.findIndex((s) => s.start <= i && i < s.end);
    const p = out[k];
    if (i < 0 || k < 0 || !p) throw new Error(`no segment holds "${phrase}"`);
    return p;
  };
  return { at };
};

const VISION = [
  'Ines mends nets on the harbour wall in a fishing village and is married to Rui, who skippers a small sardine boat. Their son Tiago is ten.',
  'That afternoon, while she hangs washing in the yard, Ines has a vision of her husband in the surf. She sees Rui at night in the white water below the lighthouse, his oilskin torn, reaching for a rope thrown from the rocks while the church bell rings.',
  'Ines tells no one. That evening she cooks dinner and watches Rui eat, and Tiago shows his father a drawing of the boat.',
  'On Tuesday Ines visits her mother-in-law, who gives her a small medal to sew into the jacket.',
  'On Friday night the storm comes. Rui is thrown into the white water below the lighthouse with his oilskin torn, and a man on the rocks throws him a rope while the church bell rings the alarm.',
  'On Saturday morning Rui lies in bed with two broken ribs, and Ines finds the medal still in the jacket.',
];

describe('a vision in a story told straight ahead (visions.ts)', () => {
  it('reads a vision or a premonition as a vision cue, not a cut of the film', () => {
    expect(visionCue('has a vision')).toBe(true);
    expect(visionCue('in a premonition')).toBe(true);
    expect(visionCue('foresees')).toBe(true);
    expect(visionCue('flash forward')).toBe(false);
    expect(visionCue('jumps ahead')).toBe(false);
  });

  it('ends the vision at the next paragraph: the story goes on in the present', () => {
    const { at } = place(VISION);
    expect(at('has a vision of her husband').kind).toBe('flashforward');
    expect(at('Ines tells no one').kind).toBe('present');
    expect(at('On Tuesday Ines visits').kind).toBe('present');
    expect(at('On Saturday morning Rui').kind).toBe('present');
  });

  it('places the vision at the later moment that shows what it showed', () => {
    const { at } = place(VISION);
    const vision = at('has a vision of her husband').t;
    expect(vision).toBeGreaterThan(at('On Tuesday Ines visits').t);
    // The moment it showed ends its scene, so the vision goes just after that scene (visions.ts's
    // lateInScene), before the morning after.
    expect(vision).toBeGreaterThan(at('On Friday night the storm comes').t);
    expect(vision).toBeLessThan(at('On Saturday morning Rui').t);
    expect(at('Ines tells no one').t).toBeGreaterThan(at('mends nets').t);
  });

  it('leaves a vision that the film never shows after the scenes before it and before those after', () => {
    const unshown = [...VISION.slice(0, 4), VISION[5] ?? ''];
    const { at } = place(unshown);
    const vision = at('has a vision of her husband').t;
    expect(vision).toBeGreaterThan(at('mends nets').t);
    expect(vision).toBeLessThan(at('Ines tells no one').t);
    expect(at('On Saturday morning Rui').kind).toBe('present');
  });

  it('keeps a flash-forward of the film itself going until a cue (negative)', () => {
    const { at } = place([
      'Ines mends nets on the harbour wall in a fishing village and is married to Rui, who skippers a small sardine boat.',
      'The film then jumps ahead to 2041. An old woman walks along the same harbour wall and looks at the empty moorings.',
      'She climbs the hill to the cemetery and lays flowers on two graves side by side.',
    ]);
    expect(at('She climbs the hill to the cemetery').kind).toBe('flashforward');
  });
});

const LAUNCH = [
  'The film opens with a wedding in the rain. Outside a church in Clydebank a young welder, Hugh, marries Elsie, a tea girl from the canteen.',
  '1961. Elsie is expecting her first child and Hugh works double shifts on the liner. Hugh falls from the staging and Tam carries him to the ambulance.',
  '1974. Annie, now thirteen, wins a scholarship to the grammar school. The yard is failing, and Hugh leads the men into the work-in.',
  '1961. The liner is launched. Hugh, still on crutches, takes Elsie and the baby to the slipway, and Tam puts his hand on his shoulder.',
  '1974. In the spring the government finds a buyer for the yard. Hugh is carried shoulder high out of the last meeting.',
  '1983. The yard is closing for good. Annie comes home from university and finds her father out of work. Hugh walks through the gates for the final time.',
];

describe('an undated opening before dated threads that run forward (yearPresent.ts)', () => {
  it('makes the latest year the present and the earlier years its past', () => {
    const { at } = place(LAUNCH);
    expect(at('Hugh walks through the gates').kind).toBe('present');
    expect(at('wins a scholarship').kind).toBe('flashback');
    expect(at('takes Elsie and the baby').kind).toBe('flashback');
    expect(at('takes Elsie and the baby').t).toBeLessThan(at('wins a scholarship').t);
  });

  it('keeps the undated present of a frame that comes back to it (negative)', () => {
    const { at } = place([
      'In the present day, Maya clears out her late grandmother Leila’s flat in Marseille and finds a box of photographs.',
      '1961. Leila works in a laundry by the port and meets a sailor called Karim at a dance.',
      '1974. Leila runs her own laundry now, and Karim has gone back to sea for good.',
      '1961. Leila and Karim marry in the spring in a small church above the harbour.',
      'Back in the present, Maya takes the photographs to the church above the harbour and asks the priest about the wedding.',
    ]);
    expect(at('Leila runs her own laundry').kind).toBe('flashback');
    expect(at('Maya takes the photographs').kind).toBe('present');
  });
});

const INTERVIEW = [
  'At two in the morning, Inspector Kallas switches on the tape recorder in the police interview room. Across the table sits Emil Varga, whose business partner Joel was found dead in the harbour. Kallas asks him to start with the evening.',
  'According to Emil, Joel phoned him at nine and asked to meet at the Anchor bar. He says they talked about the money for an hour.',
  'In the interview room, Kallas leans forward and asks why he kept the receipt. Emil says he keeps everything.',
  'In his account, he left the bar alone at half past ten and walked home along the quay, past the cranes, without seeing anyone. The lamps on the quay were out.',
  'In his statement to the sergeant the next day, he said the same. Kallas reads it back to him.',
  'At four, Kallas plays him the phone records. What the film now shows is the evening as it really happened.',
  'After the bar, the two men walk home along the quay together, past the cranes, and the lamps on the quay are out. At the end of the quay they argue about the money.',
  'Joel slips on the wet stones and falls into the harbour. Emil stands at the edge and calls no one.',
  'In the interview room, it is nearly six. Kallas turns off the tape recorder and sits with him in silence.',
];

describe('the truth shown after false accounts in an interview room (accounts.ts)', () => {
  it('places the true walk with the walk the account told, before the room', () => {
    const { at } = place(INTERVIEW);
    const told = at('walked home along the quay').t;
    const real = at('walk home along the quay together').t;
    expect(Math.abs(real - told)).toBeLessThan(at('it is nearly six').t - told);
    expect(real).toBeLessThan(at('Kallas leans forward').t);
    expect(at('Joel slips on the wet stones').t).toBeGreaterThan(real);
    expect(at('Joel slips on the wet stones').t).toBeLessThan(
      at('switches on the tape recorder').t,
    );
  });

  it('is the room again when a paragraph names the inquiry', () => {
    const { at } = place(INTERVIEW);
    expect(at('it is nearly six').kind).toBe('present');
    expect(at('it is nearly six').t).toBeGreaterThan(at('Kallas leans forward').t);
  });

  it('does not read a story that never learns what happened as the truth shown (negative)', () => {
    const paragraphs = [...INTERVIEW];
    paragraphs[5] =
      'At four, Kallas plays him the phone records. She still does not know what really happened.';
    const { at } = place(paragraphs);
    expect(at('walk home along the quay together').kind).toBe('present');
    expect(at('walk home along the quay together').t).toBeGreaterThan(at('Kallas leans forward').t);
  });
});

const LOG = [
  'In 2019 Freya clears out the flat of her late grandfather, Arne, in Hull and finds his logbook from a trawler. The pages have come loose.',
  'The first page she reads is headed 14 March 1958. That night, Arne wrote, the ice on the rigging grew so thick that the crew chipped at it with axes until dawn.',
  'Freya does not know who Elin is. She rings her mother, who has never heard the name.',
  'The next page is the entry for 2 November 1957. Arne wrote that he had signed on in Hull that morning and that Elin had come to the dock to see him off.',
  'Freya takes the logbook to the maritime museum, where a curator shows her a photograph of the trawler and its crew.',
  'She finds the page dated 9 January 1958 in the lining of the sea chest. On that day, Arne wrote, a letter from Elin reached the ship with the mail.',
  'Freya drives to the coast with her mother and reads the last page aloud to her in the car.',
];

const ranksOf = (paragraphs: string[], phrases: string[]): number[] => {
  const { at } = place(paragraphs);
  const ts = phrases.map((p) => at(p).t);
  return ts.map((t) => ts.filter((u) => u < t).length);
};

describe('a log read out of date order inside a frame (readEntries.ts)', () => {
  it('orders the pages by their dates and keeps the frame in the present after them', () => {
    const { at } = place(LOG);
    const ranks = ranksOf(LOG, [
      'Elin had come to the dock',
      'a letter from Elin reached the ship',
      'the ice on the rigging grew',
      'She rings her mother',
      'a curator shows her a photograph',
      'reads the last page aloud',
    ]);
    expect(ranks).toEqual([0, 1, 2, 3, 4, 5]);
    expect(at('She rings her mother').kind).toBe('present');
    expect(at('a curator shows her a photograph').kind).toBe('present');
    expect(at('Elin had come to the dock').kind).toBe('flashback');
  });

  it('leaves pages read in date order to the main pass (negative)', () => {
    const inOrder = [LOG[0], LOG[3], LOG[2], LOG[5], LOG[4], LOG[1], LOG[6]].map((p) => p ?? '');
    const { text, segs } = segmentParagraphs(inOrder);
    const out = placeSegments(text, segs, null, new Set());
    expect(applyReadEntries(text, segs, out)).toBe(false);
    const shuffled = segmentParagraphs(LOG);
    const placed = placeSegments(shuffled.text, shuffled.segs, null, new Set());
    expect(applyReadEntries(shuffled.text, shuffled.segs, placed)).toBe(true);
  });

  it('does not read a month without its day as a page reference (negative)', () => {
    const monthly = LOG.map((p) =>
      p
        .replace('headed 14 March 1958', 'headed March 1958')
        .replace('entry for 2 November 1957', 'entry for November 1957')
        .replace('dated 9 January 1958', 'dated January 1958'),
    );
    const { text, segs } = segmentParagraphs(monthly);
    expect(applyReadEntries(text, segs, placeSegments(text, segs, null, new Set()))).toBe(false);
  });
});
