import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';

/**
 * A frame told in the past tense (an interview, a hearing): its people ask and answer about the
 * past in simple-past sentences that report a past perfect ("Kerr asked whether she had ever
 * seen him"), and "had" with an object ("he had the results") is no past perfect. Neither keeps
 * a flashback open. Every document here was written for these tests.
 */
const chronoOf = chronoOfPhrases;

const NIGHT_FERRY = [
  'Night Ferry',
  'The film opened on a Sunday morning at the ferry terminal in Larne, where the purser Agnes Doyle was found asleep in the ticket office with the safe standing open.',
  'Most of what followed was built around her interview at the harbour police station later that morning, with Inspector Kerr and Sergeant Walsh.',
  'Kerr began by asking how long she had worked on the crossing.',
  'Agnes said six years, and the film cut back to her first winter on the boat, when the captain, Tom Reilly, showed her where the takings were kept and warned her about the cook.',
  'The following spring she noticed that the takings were short every Friday and began counting them twice.',
  'Kerr asked whether she had ever reported the shortfall. Agnes said no, that she had only mentioned it to Reilly.',
  'The interview was interrupted when a constable brought in the ticket rolls, and while Kerr read them Walsh offered Agnes a cup of tea and told her about his own daughter.',
  'When Kerr came back he had the report from the safe engineer: the lock had not been forced.',
  'Agnes was released that evening and walked down to the quay in the rain.',
];

describe('a frame told in the past tense', () => {
  it('returns to the interview when its own people ask about the past', () => {
    const [flash, spring, asks, interrupted] = chronoOf(NIGHT_FERRY, [
      'her first winter on the boat',
      'The following spring she noticed',
      'Kerr asked whether she had ever reported',
      'The interview was interrupted',
    ]);
    expect(flash).toBeLessThan(spring ?? -1);
    expect(spring).toBeLessThan(asks ?? -1);
    expect(asks).toBeLessThan(interrupted ?? -1);
  });

  it('reads "he had the report" as the frame going on, not as backstory', () => {
    const [interrupted, report, released, spring] = chronoOf(NIGHT_FERRY, [
      'The interview was interrupted',
      'When Kerr came back he had the report',
      'Agnes was released that evening',
      'The following spring she noticed',
    ]);
    expect(spring).toBeLessThan(interrupted ?? -1);
    expect(interrupted).toBeLessThan(report ?? -1);
    expect(report).toBeLessThan(released ?? -1);
  });
});

const THE_LOCK = [
  'The Lock',
  'It is a wet night at Calder Road police station. Inspector Moss sits down opposite a boatman, Ivo Stern, who says he wants to talk about the death of the ferrywoman, Lena Hart.',
  'Now we reach the night itself. Ivo, in flashback, rows across the river after dark. Lena is waiting on the jetty with a bag. They argue, and Moss, off duty on the bridge, sees him walk off to the Anchor pub, where he drinks until closing.',
  'Here the director plays his trick. Back in the little grey office, Moss tells Ivo that the landlord remembers him leaving at nine. Ivo says nothing for a long time.',
  'Moss leaves the room and speaks to a sergeant in the corridor.',
];

describe('a return named by a place the flashback never named', () => {
  it('goes back to the frame at "Back in the little grey office, Moss tells ..." (Moss is in both)', () => {
    const [station, night, office, corridor] = chronoOf(THE_LOCK, [
      'Calder Road police station',
      'rows across the river',
      'Back in the little grey office',
      'speaks to a sergeant',
    ]);
    expect(night).toBeLessThan(station ?? -1);
    expect(station).toBeLessThan(office ?? -1);
    expect(office).toBeLessThan(corridor ?? -1);
  });
});
