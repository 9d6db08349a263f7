import { describe, expect, it } from 'vitest';
import { clockMinutes, findClocks } from '../../src/pipeline/clock';
import { tenseProfile } from '../../src/pipeline/text';
import { chronoOfPhrases } from '../fixtures/filmScenes';

describe('a weekend told in order by day labels and clock times', () => {
  it('keeps each labelled day after the one before, and bare hours moving on within a day', () => {
    const chrono = chronoOfPhrases(
      [
        'Thursday. At half past four the ferryman Owen Price ties up for the winter and locks the ticket office. He walks up to the pub at six.',
        'Meanwhile, his sister Glenys is driving from Cardiff with her daughter Mali. At eight the car breaks down outside Brecon.',
        'At eleven Owen is still at the bar, telling the landlord about the storm of the year before.',
        'Friday. At nine Glenys and Mali arrive at the quay to find the ferry gone. A fisherman takes them across in his dinghy.',
        'Meanwhile, at ten, Owen sleeps off the whisky in the ticket office.',
        'At three in the afternoon the three of them eat chips on the harbour wall.',
        'Saturday. At noon Owen takes the ferry out one last time, with Mali at the wheel.',
      ],
      [
        'ties up for the winter',
        'the car breaks down',
        'still at the bar',
        'arrive at the quay',
        'sleeps off the whisky',
        'eat chips on the harbour wall',
        'with Mali at the wheel',
      ],
    );
    expect(chrono).toEqual([...chrono].sort((a, b) => a - b));
  });

  it('reads a bare hour four hours on as the evening, not the morning', () => {
    const text = 'At half past five he leaves. At seven the train stops. At eleven he arrives.';
    const mins = clockMinutes(findClocks(text));
    expect(mins).toEqual([17 * 60 + 30, 19 * 60, 23 * 60]);
  });
});

describe('present tense after a plural pronoun', () => {
  it('reads "They drink ... and talk" as present, not "They tell" (a telling)', () => {
    const p = (s: string) => tenseProfile(s, 0, s.length);
    expect(p('They drink whisky until three.').present).toBe(1);
    expect(p('We watch them leave.').present).toBe(1);
    expect(p('They tell a story nobody knows.').present).toBe(1);
    expect(p('They both laugh.').present).toBe(0);
  });
});
