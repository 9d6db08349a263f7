import { describe, expect, it } from 'vitest';
import { notPerson15 } from '../../src/pipeline/characters15';
import { convertText } from '../fixtures/filmScenes';

/**
 * A formal name with its everyday form in quotes (`src/pipeline/characters15.ts`), on pages
 * written for these tests: the character is the full formal name, its everyday and formal first
 * names among its names.
 */
const namesOf = (text: string) =>
  convertText(text).characters.map((c) => ({ name: c.name, aliases: c.aliases }));

describe('a formal name with its everyday form in quotes', () => {
  it('names the character by the formal full name, the nickname an alias', () => {
    const page = [
      'Marguerite "Daisy" Fenn keeps the lock on the canal at Ashby Wharf, and every barge that passes pays her a penny.',
      'When the lock gate jams, Daisy sends for the engineer, Osric Hale, who arrives drunk and falls into the basin.',
      'Hale dries out in her kitchen, and by the spring he and Daisy have rebuilt the gate together.',
      'On the last day of the season Daisy Fenn lets the final barge through for nothing.',
    ].join('\n\n');
    const fenn = namesOf(page).find((c) => c.name === 'Marguerite Fenn');
    expect(fenn).toBeDefined();
    expect(fenn?.aliases).toEqual(expect.arrayContaining(['Daisy', 'Marguerite']));
  });

  it('reads curly quotes and a nickname used alone', () => {
    const page = [
      'Augustin “Gus” Delacroix runs a failing cinema in a seaside town, and he sleeps in the projection booth.',
      'Gus hires a schoolgirl, Perpetua Vane, to sell tickets, and she fills the hall by showing westerns at midnight.',
      'By winter Gus and Perpetua have paid off the bank, and Gus sleeps in a bed again.',
    ].join('\n\n');
    expect(namesOf(page).map((c) => c.name)).toContain('Augustin Delacroix');
  });
});

describe('a name that is no person of the story, by where it always stands', () => {
  it("reads the writer's own people, a label's word and a possessive place's name", () => {
    const text = [
      'When I was nine my Grandpa Oswin took me to the pictures every Saturday, so this one is for him.',
      'Speaker notes: show the clip before the lock scene.',
      'Daisy drinks at the Lockkeeper’s Arms, and the Lockkeeper’s Arms is where Osric proposes.',
      'Speaker notes: ask the room about the gate.',
    ].join('\n');
    expect(notPerson15(text, 'Grandpa Oswin')).toBe(true);
    expect(notPerson15(text, 'Speaker')).toBe(true);
    expect(notPerson15(text, 'Arms')).toBe(true);
  });

  it("keeps a character named in a line of talk, and one named with a colon's label once", () => {
    const text = [
      '"You are my Perpetua now," Gus tells the girl, and Perpetua laughs at him.',
      'Perpetua sells the tickets. Osric says: nobody will come. Osric is wrong.',
    ].join('\n');
    expect(notPerson15(text, 'Perpetua')).toBe(false);
    expect(notPerson15(text, 'Osric')).toBe(false);
  });
});
