import { describe, expect, it } from 'vitest';
import { addStoryNames } from '../../src/pipeline/furniture3';
import { storyAroundReaderAside } from '../../src/pipeline/readerAside';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

// A spoken film essay (a podcast's transcript): story paragraphs opened by a sentence about the
// film's shape and closed by a sentence to the listener, or opened by "The last act belongs to
// Ted." and closed on "The final shot ...". Their story sentences must stay story.
const PODCAST = [
  'Reel Talk Podcast · Episode 212 · 58 min',
  '[intro jingle]',
  "Welcome back to Reel Talk. This week it's Harriet Osei's The Lamp at Skerry, from 2014, and we are doing full spoilers, so pause now if you haven't seen it.",
  'The film follows two people on the same stretch of coast. Ted Varga keeps the lighthouse on Skerry rock with his sister Marta. Across the sound, a ferryman called Olek rows the mail over every Thursday. They never meet until the storm.',
  '[laughs]',
  'First, Ted and Marta argue over the broken lens, and Marta threatens to leave on the next boat. Ted wanted the lens mended before the winter started, and she knows it.',
  "The second half of the movie is a slow weave. Olek loses an oar in the current and drifts past the rock. Ted spots him from the gallery and lowers the rope. Marta hauls him onto the landing with Ted, and Olek sleeps for a whole day in the store room. That's the movie telling you, if you're paying attention, that the rock has kept people before.",
  'The last act belongs to Ted. Ted rows back across the sound in the calm with the mail sack on his knees. Ted lights the lamp alone for the first time that night. The final shot is the lamp turning over an empty sea.',
  'Thanks for listening. Rate us wherever you get your podcasts.',
].join('\n\n');

describe("a film essay's talk around story sentences (furniture3.ts, readerAside.ts)", () => {
  it('keeps a paragraph between a lead about the film and a closing aside to the listener', () => {
    const f = convertText(PODCAST);
    const oar = sceneHolding(f, 'Olek loses an oar');
    expect(oar.text).toContain('Marta hauls him onto the landing');
    expect(oar.text).not.toContain('slow weave');
    expect(oar.text).not.toContain('paying attention');
    expect(oar.chronoIndex).toBeGreaterThan(
      sceneHolding(f, 'argue over the broken lens').chronoIndex,
    );
  });

  it('keeps a last act told of a name that is also part of a lower-case word ("Ted", "started")', () => {
    const f = convertText(PODCAST);
    const end = sceneHolding(f, 'Ted lights the lamp alone');
    expect(end.chronoIndex).toBeGreaterThan(sceneHolding(f, 'Olek loses an oar').chronoIndex);
  });

  it('cuts off the lead and the aside only', () => {
    const s =
      "The middle of the picture is a long braid. Noor mends the sail. Noor rows out past the buoy at dusk. That's the picture telling you, if you're listening, that she has done this before.";
    const part = storyAroundReaderAside(s, new Set(['Noor']));
    expect(part && s.slice(part.from, part.to)).toBe(
      'Noor mends the sail. Noor rows out past the buoy at dusk.',
    );
  });

  it('takes no story sentence for a lead', () => {
    const s =
      "Noor watches the film crew pack up. Noor mends the sail. Noor rows out past the buoy at dusk. That's the picture telling you, if you're listening, that she has done this before.";
    expect(storyAroundReaderAside(s, new Set(['Noor']))).toBeNull();
  });

  it('counts a capitalised word as a name unless it stands as a word in lower case', () => {
    const names = new Set<string>();
    const text = 'Ted started the boat. Will will sail. Ron went to the front.';
    addStoryNames(text, text, names, new Map());
    expect([...names].sort()).toEqual(['Ron', 'Ted']);
  });
});
