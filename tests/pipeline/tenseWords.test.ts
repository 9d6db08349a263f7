import { describe, expect, it } from 'vitest';
import { tenseProfile } from '../../src/pipeline/text';

const profile = (s: string) => tenseProfile(s, 0, s.length);

describe('tense of words that look like verbs', () => {
  it('reads a base-form past after a singular pronoun as past', () => {
    expect(profile('She set the barn alight and ran.').past).toBe(2);
    expect(profile('He split the money with his brother.').past).toBe(1);
  });

  it('does not read a sentence-opening "Set in 1950" or "a set of keys" as past', () => {
    expect(profile('Set in 1950, the story follows a nurse.').past).toBe(0);
    expect(profile('It was a set of keys.').past).toBe(1);
  });

  it('reads a plural noun after a possessive as a noun', () => {
    expect(profile("She burned her father's ledgers.").present).toBe(0);
    expect(profile('He reads Callum’s letters.').present).toBe(1);
  });

  it('reads "his left hand" as a side, not a verb', () => {
    expect(profile('He plays with his left hand.').past).toBe(0);
    expect(profile('She left the house.').past).toBe(1);
  });
});

describe('present tense after two names joined by "and"', () => {
  it('reads "Reddick and Hester pass each other" as present, not "The cat and the dog"', () => {
    const p = (s: string) => tenseProfile(s, 0, s.length);
    expect(p('That night Reddick and Hester pass each other in the rain.').present).toBe(1);
    expect(p('Tom and Jerry.').present).toBe(0);
  });
});
