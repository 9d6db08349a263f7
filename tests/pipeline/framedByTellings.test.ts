import { describe, expect, it } from 'vitest';
import { framedByTellings, placeSegments } from '../../src/pipeline/order';
import { segmentStory } from '../../src/pipeline/segment';

const framed = (text: string) => {
  const paragraphs: { start: number; end: number }[] = [];
  let at = 0;
  for (const p of text.split('\n\n')) {
    paragraphs.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  const segments = segmentStory(text, paragraphs);
  return framedByTellings(text, segments, placeSegments(text, segments));
};

describe('a frame story whose past comes in letters (kept from the alternating-timelines reading)', () => {
  it('reads flashbacks opened by letters as a frame', () => {
    const text = [
      'In 2013, Cerys Lloyd, a junior doctor in Cardiff, receives a parcel of letters from her grandfather, Emlyn Lloyd, who is ninety and lives alone above the harbour.',
      'The first letter takes Cerys back to the summer of 1953. Emlyn was nineteen and worked on his uncle’s trawler. He saw Mair Evans mending nets on the slipway.',
      'Cerys reads the letter on the night bus home after a double shift. She calls her mother, Delyth, who asks her to leave the letters alone.',
      'In the second letter, Emlyn wrote about the storm of October 1953, when the trawler went down and his uncle Gwilym drowned. Mair pulled him out of the water.',
      'Cerys drives west and finds her grandfather in hospital after a fall. He is pleased to see her but will not talk about the letters.',
    ].join('\n\n');
    expect(framed(text)).toBe(true);
  });

  it('does not read two timelines that alternate by their people as a frame', () => {
    const text = [
      'Warsaw, 1944. Jan Nowak carries messages for the resistance through the sewers under the old town. His sister Ola keeps the radio hidden in a coal cellar.',
      'Toronto, 2003. Jan’s grandson Piotr clears out the old man’s flat after the funeral and finds a map drawn in pencil.',
      'Jan and Ola are caught at a checkpoint. Ola talks their way through while Jan swallows the message he carries.',
      'Piotr flies to Warsaw with the map. A librarian, Ewa, helps him match its streets to the ones that stand today.',
      'Jan waits for Ola at the cellar, but she does not come back. He hides the radio and leaves the city with the last column.',
    ].join('\n\n');
    expect(framed(text)).toBe(false);
  });
});
