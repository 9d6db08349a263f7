import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

// A flashback the film shows of a span told earlier is tied to the span's time (dialogue.ts);
// the rest of the flashback's own paragraph ("The next morning Kirsty's jacket is found") goes
// with it, and only the paragraphs after it come back to the present.
const pier = [
  "1. It opens at night. A ferryman finds a man face down in the water under the pier at Castlebay. That's Ewan Muir, and the police say he was drunk.",
  '2. Mairi Lennox, a nurse in Glasgow, hears the news from her brother and drives north for the funeral.',
  "3. Present. The island's constable, Hector Gunn, tells Mairi that the death was an accident and that she should leave it alone. He was also the young constable who led the search for Kirsty Bain on the pier in 1998, when the whole island turned out.",
  "4. Flashback, the long one: the night of 2 July 1998. Mairi, Ewan and Kirsty Bain sit on the pier with a bottle of whisky. Kirsty says she is going to Canada and Mairi storms off. The next morning Kirsty's jacket is found on the pier steps and the whole island turns out. The lifeboat searches the bay for two days and finds nothing.",
  '5. Present. The funeral. Mairi sees a woman in a red coat at the back of the church.',
  '6. The ending. Mairi reads the last letter on the ferry home.',
].join('\n\n');

// The same, with the paragraph after the flashback told without a "Present." label.
const pierUnlabelled = [
  "1. It opens at night. A ferryman finds a man face down in the water under the pier at Castlebay. That's Ewan Muir, and the police say he was drunk.",
  '2. Mairi Lennox, a nurse in Glasgow, hears the news from her brother and drives north for the funeral.',
  "3. Present. The island's constable, Hector Gunn, tells Mairi that the death was an accident and that she should leave it alone. He was also the young constable who led the search for Kirsty Bain on the pier in 1998, when the whole island turned out.",
  "4. Flashback, the long one: the night of 2 July 1998. Mairi, Ewan and Kirsty Bain sit on the pier with a bottle of whisky. Kirsty says she is going to Canada and Mairi storms off. The next morning Kirsty's jacket is found on the pier steps and the whole island turns out. The lifeboat searches the bay for two days and finds nothing.",
  'Mairi goes to the funeral and sees a woman in a red coat at the back of the church.',
  '6. The ending. Mairi reads the last letter on the ferry home.',
].join('\n\n');

describe("the rest of a shown flashback's paragraph", () => {
  it('stays in the flashback it steps on from', () => {
    for (const text of [pier, pierUnlabelled]) {
      const f = convertText(text);
      const morning = sceneHolding(f, "The next morning Kirsty's jacket").chronoIndex;
      expect(morning).toBeGreaterThan(sceneHolding(f, 'Flashback, the long one').chronoIndex);
      expect(morning).toBeLessThan(sceneHolding(f, 'A ferryman finds a man').chronoIndex);
      expect(morning).toBeLessThan(sceneHolding(f, 'tells Mairi that').chronoIndex);
    }
  });

  it('leaves the next paragraph in the present', () => {
    const f = convertText(pierUnlabelled);
    const funeral = sceneHolding(f, 'Mairi goes to the funeral');
    expect(funeral.kind).toBe('present');
    expect(funeral.chronoIndex).toBeGreaterThan(sceneHolding(f, 'tells Mairi that').chronoIndex);
  });
});
