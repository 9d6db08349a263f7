import { describe, expect, it } from 'vitest';
import { clockMinutes, findClocks } from '../../src/pipeline/clock';

const minutesOf = (text: string): (number | null)[] => clockMinutes(findClocks(text));
const hm = (h: number, m = 0): number => h * 60 + m;

describe('a day that starts at dawn and runs past noon', () => {
  it('reads the afternoon hours after noon as the afternoon, not the small hours', () => {
    const day =
      'At five in the morning the two walkers leave the hut. At seven they reach the lake. ' +
      'Shortly after noon the bridge gives way. At one o’clock the warden raises the alarm. ' +
      'At a quarter past one the pilot takes off. At three they find her on the ice.';
    expect(minutesOf(day)).toEqual([hm(5), hm(7), hm(12), hm(13), hm(13, 15), hm(15)]);
  });

  it('leaves a viewpoint that rewinds to the morning in the morning', () => {
    const views =
      'At five in the morning the cook lights the ovens. At a quarter past eleven the mother ' +
      'finds the room empty. At noon the bells ring. At seven, the best man wakes on a sofa. ' +
      'At half past eight he finds the rings are gone.';
    expect(minutesOf(views)).toEqual([hm(5), hm(11, 15), hm(12), hm(7), hm(8, 30)]);
  });
});
