import { describe, expect, it } from 'vitest';
import { findCue } from '../../src/pipeline/time';
import { chronoOfPhrases } from '../fixtures/filmScenes';

describe('things and memories that carry the telling to a year', () => {
  it.each([
    ['An old kite in the shed takes him to 1991.', 1991],
    ['She opens the music box, and the film drops us into 1968: a girl dancing.', 1968],
    ['A torn ticket brings back the summer of 1977, and the fair.', 1977],
    ['His second memory, set off by the smell of tar, is of 1984: the strike.', 1984],
    ['The song whisks her back to 2003.', 2003],
  ] as const)('reads "%s" as a flashback to its year', (s, year) => {
    const cue = findCue(s, 0, s.length);
    expect(cue?.kind).toBe('flashback');
    expect(cue?.year).toBe(year);
  });

  it('does not read "takes her to the station" or "brings back a loaf" as a jump', () => {
    for (const s of ['He takes her to the station in 1990 traffic.', 'She brings back a loaf.']) {
      expect(findCue(s, 0, s.length)?.kind).not.toBe('flashback');
    }
  });
});

describe('a frame counted in days', () => {
  it('comes back on "On the final day" after a memory, and the memories sit by their years', () => {
    const chrono = chronoOfPhrases(
      [
        'The frame is one week in 2016. Iris Vale, sixty, comes back to her late sister’s flat in Leith to clear it, and her nephew Sam is supposed to help.',
        'A chipped teapot takes her to 1972: Iris and her sister June, girls, hiding under the kitchen table during a party.',
        'On the second day Sam arrives with a van and a hangover, and they argue about the furniture.',
        'Then a dance card brings back 1981, when June married a sailor against their mother’s wishes.',
        'On the final day Iris hands Sam the keys and walks to the harbour alone.',
      ],
      [
        'hiding under the kitchen table',
        'married a sailor',
        'comes back to her late sister',
        'arrives with a van',
        'walks to the harbour alone',
      ],
    );
    expect(chrono).toEqual([...chrono].sort((a, b) => a - b));
  });
});
