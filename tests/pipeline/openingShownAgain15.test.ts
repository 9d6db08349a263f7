import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';

/**
 * An opening the film shows again in its place (src/pipeline/openingShownAgain15.ts): the page
 * says the film opens on a moment and, later, that it shows that scene again.
 */
describe('an opening shown again in its place', () => {
  it('present tense: "we see the opening scene again"', () => {
    const paras = [
      'Synopsis',
      'The movie begins with Dara Quinn standing on the roof of a burning cinema, holding a reel of film above her head while sirens close in.',
      'Dara is a projectionist at the Roxy, a picture house in Belfast that the owner, Mr Devlin, wants to sell to a developer.',
      'She discovers that the Roxy holds the only print of a lost silent film, and she hides it in the projection booth.',
      'Devlin finds out and, the night before the sale, sets fire to the building for the insurance. Dara climbs through the smoke to the roof with the reel, and we see the opening scene again, this time to its end.',
      'A fireman carries her down the ladder. A year later the restored film is shown at a festival in her name.',
    ];
    const [roof, works, hides, fire, ladder] = chronoOfPhrases(paras, [
      'standing on the roof of a burning cinema',
      'Dara is a projectionist at the Roxy',
      'hides it in the projection booth',
      'sets fire to the building',
      'A fireman carries her down the ladder',
    ]);
    expect(works).toBeLessThan(hides!);
    expect(hides).toBeLessThan(roof!);
    expect(fire).toBeLessThanOrEqual(roof!);
    expect(roof).toBeLessThan(ladder!);
  });
  it('past tense: "the film played the shot it had begun on in full"', () => {
    const paras = [
      'Plot',
      'The film began on a night train stopped in a snowfield, a conductor walking along the carriages with a lantern, calling a name nobody answered.',
      'Ivo Marek was a conductor on the Prague to Kosice line in the winter of 1951, and he was told to report any passenger who asked about the border.',
      'For weeks he watched a young widow, Hana, take the train every Friday with a child who never spoke.',
      'On the last Friday of January the train was stopped by police in the snow. Ivo took his lantern and walked the length of the train, and the film played the shot it had begun on in full.',
      'He called a false name at every carriage, and the police, bored, waved the train on with Hana and the child still aboard.',
    ];
    const [lantern, told, widow, police, waved] = chronoOfPhrases(paras, [
      'a conductor walking along the carriages with a lantern',
      'he was told to report any passenger',
      'he watched a young widow',
      'the train was stopped by police in the snow',
      'waved the train on',
    ]);
    expect(told).toBeLessThan(widow!);
    expect(widow).toBeLessThan(lantern!);
    expect(police).toBeLessThanOrEqual(lantern!);
    expect(lantern).toBeLessThan(waved!);
  });
  it('"the scene opens with" is not the film opening, and a linear film stays in order', () => {
    const paras = [
      'Plot',
      'The story begins in a fishing village where Tomas mends nets for his uncle.',
      'Tomas saves enough to buy a boat of his own and names it after his mother.',
      'A storm wrecks the boat. The next scene opens with Tomas on the beach, and he sees the same shot of the harbour that the film began on.',
      'He goes back to mending nets and marries the harbourmaster\u2019s daughter.',
    ];
    const c = chronoOfPhrases(paras, [
      'mends nets for his uncle',
      'buy a boat of his own',
      'A storm wrecks the boat',
      'marries the harbourmaster',
    ]);
    expect(c).toEqual([...c].sort((a, b) => a - b));
  });
});
