import { describe, expect, it } from 'vitest';
import { placeSegments } from '../../src/pipeline/order';
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
    expect(vision).toBeLessThan(at('Rui is thrown into the white water').t);
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
