import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

// Year threads (1994, 1956, 1944) told in the past: "Returning to 1994," is the main line's year
// named as a return; a paragraph led by a participle phrase ("Following the address on ..., Marta
// drove") is about whoever acts after it; and the present's heroine, named in passing in a past
// thread ("Laszlo, Marta's uncle"), still belongs to the present.
const bakery = [
  "In the spring of 1994, Marta Kovac, a nurse in Vienna, came home to the town of Szentendre for her uncle's funeral. At the wake a developer, Gabor Hegedus, offered to buy the bakery.",
  "That night, going through her uncle's papers, Marta found a photograph of a young woman in a headscarf.",
  "The film moved back to the winter of 1956. Laszlo, Marta's uncle, worked nights in the bakery and fell in love with Eva Szabo, the mayor's daughter. When the tanks came, Eva hid in the bakery cellar for a week.",
  "The second flashback went further back, to the summer of 1944. Laszlo's father Ferenc baked bread for the soldiers and buried the family silver under the oven.",
  'Back in 1956, Eva left for the border with a forged pass that Laszlo had paid for, and promised to write from Paris.',
  "Returning to 1994, Marta went down to the cellar and found Eva's name scratched into the wall. She confronted Hegedus at his office by the river.",
  "Following the address on Eva's forged pass, Marta drove to the border village where Eva and Laszlo had parted, and found Eva Szabo, now an old woman. Eva said she had written to Laszlo from Paris every month for a year, and that the mayor had burned the letters.",
  'In the final scene, Marta lit the old oven and baked the first loaf.',
].join('\n\n');

describe('a return to the main line by its year, in year threads', () => {
  it('"Returning to 1994," comes back to the present', () => {
    const f = convertText(bakery);
    const back = sceneHolding(f, 'Marta went down to the cellar');
    expect(back.kind).toBe('present');
    expect(back.chronoIndex).toBeGreaterThan(
      sceneHolding(f, 'That night, going through').chronoIndex,
    );
    expect(back.chronoIndex).toBeGreaterThan(
      sceneHolding(f, 'Eva left for the border').chronoIndex,
    );
  });

  it('keeps a paragraph led by a participle phrase with the one who acts in it', () => {
    const f = convertText(bakery);
    const visit = sceneHolding(f, 'Marta drove to the border village');
    expect(visit.kind).toBe('present');
    expect(visit.chronoIndex).toBeGreaterThan(
      sceneHolding(f, 'Marta went down to the cellar').chronoIndex,
    );
    expect(sceneHolding(f, 'Marta lit the old oven').chronoIndex).toBeGreaterThan(
      visit.chronoIndex,
    );
  });

  it('leaves the dated threads in their years', () => {
    const f = convertText(bakery);
    expect(sceneHolding(f, 'buried the family silver').chronoIndex).toBeLessThan(
      sceneHolding(f, 'fell in love with Eva Szabo').chronoIndex,
    );
  });
});
