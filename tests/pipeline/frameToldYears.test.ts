import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

// A frame of witnesses (accounts.ts) in which the frame itself hands a clause to a telling
// ("X tells the jury how ... had ... in 1921"): that clause is the past the night grew out of.
const inquest = [
  'The film opens on a foggy November morning. A ferryman finds the body of the mill owner, Silas Brand, in the canal basin, and his partner, Owen Tarrant, is charged the same day.',
  'At the inquest the coroner hears the first witness, the housekeeper Martha Gill. In her account, she served supper at seven and heard the two men arguing at about nine. She saw a man in a dark cape leave by the yard gate at ten.',
  'The second witness is the night watchman, Abel Finch. In his version, he was walking the towpath at half past nine and saw Brand talking to someone under the lamp. At ten he heard a splash.',
  'The third witness is the clerk, Jonah Pell. According to Pell, he was asleep by nine and heard nothing at all until the morning.',
  'Then Tarrant himself takes the stand. He tells the jury how he and Brand had bought the mill together in 1921 with money from an uncle. He admits that they quarrelled that night.',
  'The jury returns an open verdict, and Tarrant walks out into the rain.',
].join('\n\n');

const hearing = [
  "It is the first day of the hearing in Lagos. A ship's engineer, Femi Adebayo, died in the engine room of the cargo ship Marigold, and the company blames the crew.",
  'The first witness is the second mate, Ruth Okafor. According to Okafor, the alarm sounded at a little after two and the engine room filled with smoke.',
  'The second witness is the cook. In his testimony, he was asleep and woke at half past two to find the corridor full of men.',
  'The third witness, the captain, Isaac Bello, tells a different story: at two he was on the bridge and saw no alarm at all.',
  "Under questioning, the company's lawyer admits that the owners had cut the crew by a third in 1987 to save money. The hearing ends and the crew go home.",
].join('\n\n');

describe('a told clause of the frame naming a year, among witness accounts', () => {
  it('goes before the night the witnesses retell', () => {
    const f = convertText(inquest);
    const mill = sceneHolding(f, 'bought the mill together in 1921').chronoIndex;
    expect(mill).toBeLessThan(sceneHolding(f, 'served supper at seven').chronoIndex);
    expect(mill).toBeLessThan(sceneHolding(f, 'walking the towpath').chronoIndex);
    expect(mill).toBeLessThan(sceneHolding(f, 'A ferryman finds the body').chronoIndex);
  });

  it('works after "admits that" too', () => {
    const f = convertText(hearing);
    const cut = sceneHolding(f, 'cut the crew by a third in 1987').chronoIndex;
    expect(cut).toBeLessThan(sceneHolding(f, 'the alarm sounded').chronoIndex);
    expect(cut).toBeLessThan(sceneHolding(f, 'It is the first day of the hearing').chronoIndex);
  });

  it('leaves the frame sentence that tells it in the frame', () => {
    const f = convertText(inquest);
    expect(sceneHolding(f, 'He admits that they quarrelled').chronoIndex).toBeGreaterThan(
      sceneHolding(f, 'At ten he heard a splash').chronoIndex,
    );
  });
});
