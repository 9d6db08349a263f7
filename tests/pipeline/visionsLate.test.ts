import { describe, expect, it } from 'vitest';
import { findCue } from '../../src/pipeline/time';
import { chronoOfPhrases } from '../fixtures/filmScenes';

const cue = (s: string) => findCue(s, 0, s.length)?.kind ?? null;

describe('second sight as a vision of what is to come', () => {
  it('reads a spell of second sight as a look ahead, not a gift named in passing', () => {
    expect(cue('In the delirium Ivo has a flash of second sight: the bridge is down.')).toBe(
      'flashforward',
    );
    expect(cue('Shivering in the boat, she has what her aunt used to call her second sight.')).toBe(
      'flashforward',
    );
    expect(cue('Maud, who has second sight, runs the inn.')).toBe(null);
    expect(cue('THE SECOND SIGHT OF ANNA')).toBe(null);
  });
});

describe('a premonition that the ending shows', () => {
  const mill = [
    'THE MILLER\u2019S WARNING - programme notes, Kestrel Cinema Club',
    'Hugo Brandt runs the old water mill at Kessel with his daughter Lotte. The first half of the film watches them grind barley and quarrel about the leaking sluice.',
    'A timber merchant, Felix Aumann, arrives to buy the mill for its river rights. Lotte likes him; Hugo does not.',
    'In the spring Hugo falls from the loft ladder and lies in bed for a week, and in his fever he has a premonition. The great wheel breaks loose from its axle and rolls into the millpond. Lotte stands on the weir in a white apron. A grey horse bolts across the yard with an empty cart.',
    'When he can walk again, Hugo chains the wheel to the wall and forbids Lotte to go near the weir. Felix asks Lotte to marry him and she says yes.',
    'The last act is the night of the flood. Felix rides out to fetch the doctor for a neighbour, and the river rises faster than anyone expects. Hugo and Lotte sandbag the mill door by lamplight. At midnight the chain snaps, the great wheel breaks loose from its axle and rolls into the millpond, and Lotte runs out onto the weir in her white apron to free the sluice while a grey horse bolts across the yard with an empty cart.',
    'In the morning Felix comes back with the doctor and finds them both alive on the roof.',
  ];

  it('places the premonition after a final night whose last sentences show it', () => {
    const [vision, chains, night, morning] = chronoOfPhrases(mill, [
      'rolls into the millpond. Lotte stands',
      'chains the wheel',
      'sandbag the mill door',
      'alive on the roof',
    ]);
    expect(chains).toBeLessThan(night ?? 0);
    expect(night).toBeLessThan(vision ?? 0);
    expect(vision).toBeLessThan(morning ?? 0);
  });
});
