import { describe, expect, it } from 'vitest';
import { placeSegments } from '../../src/pipeline/order';
import { segmentParagraphs } from '../fixtures/paragraphs';

/** Paragraphs -> the placement of the segment holding each given phrase, and the memory marks. */
const place = (paragraphs: string[]) => {
  const { text, segs } = segmentParagraphs(paragraphs);
  const out = placeSegments(text, segs, null, new Set());
  const index = (phrase: string): number => {
    const i = text.indexOf(phrase);
    const k = segs.findIndex((s) => s.start <= i && i < s.end);
    if (i < 0 || k < 0) throw new Error(`no segment holds "${phrase}"`);
    return k;
  };
  const at = (phrase: string) => {
    const p = out[index(phrase)];
    if (!p) throw new Error('no placement');
    return p;
  };
  const memory = (phrase: string): boolean => segs[index(phrase)]?.memory === true;
  return { at, memory };
};

const AMNESIAC = [
  'Vera wakes in a hospital in Gdansk with no memory of who she is. A nurse tells her that a fisherman found her on the beach.',
  'That evening a man named Tomasz visits with flowers and says he is her husband. She remembers that she had been standing on a pier in the rain, and that someone had called her name. She asks the nurse to send him away.',
  'The next morning a detective questions her. While he writes, it comes back to her: the night before the accident, she and Tomasz had argued in a car by the harbour. She tells the detective nothing.',
  'Tomasz drives her home to a house by the dunes. In a flash she sees herself at their wedding ten years earlier, laughing on the church steps. The memory frightens her.',
  'That night she searches the house and finds a key hidden in a boot. She drives to the harbour and opens a locker with it.',
];

describe("an amnesiac's memories (memories.ts)", () => {
  it('cuts each memory out of its paragraph and marks it', () => {
    const { memory } = place(AMNESIAC);
    expect(memory('she had been standing on a pier')).toBe(true);
    expect(memory('she and Tomasz had argued in a car')).toBe(true);
    expect(memory('at their wedding ten years earlier')).toBe(true);
    expect(memory('She asks the nurse to send him away')).toBe(false);
    expect(memory('She tells the detective nothing')).toBe(false);
    expect(memory('While he writes')).toBe(false);
  });

  it("places the memories before the present's first moment, by their own distance", () => {
    const { at } = place(AMNESIAC);
    const wakes = at('Vera wakes in a hospital').t;
    const pier = at('she had been standing on a pier').t;
    const argued = at('she and Tomasz had argued in a car').t;
    const wedding = at('at their wedding ten years earlier').t;
    expect(pier).toBeLessThan(wakes);
    expect(argued).toBeLessThan(pier);
    expect(wedding).toBeLessThan(argued);
    expect(at('at their wedding ten years earlier').kind).toBe('flashback');
  });

  it('keeps the present in text order around the memories', () => {
    const { at } = place(AMNESIAC);
    const present = [
      'Vera wakes in a hospital',
      'That evening a man named Tomasz',
      'She asks the nurse to send him away',
      'The next morning a detective',
      'She tells the detective nothing',
      'Tomasz drives her home',
      'The memory frightens her',
      'That night she searches the house',
    ].map((p) => at(p));
    for (let k = 1; k < present.length; k++) {
      expect(present[k]?.t).toBeGreaterThan(present[k - 1]?.t ?? 0);
      expect(present[k]?.kind).toBe('present');
    }
  });

  it('leaves a past-tense synopsis to the tense rules', () => {
    const { memory } = place([
      'Vera woke in a hospital in Gdansk. She remembered that she had been on a pier.',
      'Tomasz visited her that evening. She recalled the wedding, and it came back to her that he had lied.',
      'She remembered the car. She went home with him the next day.',
    ]);
    expect(memory('she had been on a pier')).toBe(false);
    expect(memory('She went home with him')).toBe(false);
  });

  it('needs several memories before it cuts one: a single "remembers" is ordinary narration', () => {
    const { memory, at } = place([
      'Anna opens the shop at dawn. She remembers that she forgot the keys, and walks back home.',
      'At noon a customer asks for bread. Anna sells the last loaf.',
    ]);
    expect(memory('she forgot the keys')).toBe(false);
    expect(at('Anna opens the shop').t).toBeLessThan(at('At noon a customer').t);
  });
});
