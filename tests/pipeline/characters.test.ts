import { describe, expect, it } from 'vitest';
import { extractCharacters } from '../../src/pipeline/characters';

const chars = (text: string) =>
  extractCharacters(text, [{ start: 0, end: text.length }], []).map((c) => ({
    name: c.name,
    names: c.names.map((n) => n.name).sort(),
    actor: c.actor,
  }));

describe('extractCharacters', () => {
  it('merges a full name with its first name and surname and takes the actor', () => {
    const text =
      'We meet Robert Ledgard (Antonio Banderas) in his clinic. Robert operates at night. Later Ledgard sleeps.';
    expect(chars(text)).toEqual([
      {
        name: 'Robert Ledgard',
        names: ['Ledgard', 'Robert', 'Robert Ledgard'],
        actor: 'Antonio Banderas',
      },
    ]);
  });

  it('does not take places, actors or months for people', () => {
    const text =
      'The camera moves through Toledo in Spain. Inside, Vera, played by Elena Anaya, paints. In March Vera paints again and Vera sleeps.';
    expect(chars(text).map((c) => c.name)).toEqual(['Vera']);
  });

  it('joins a renamed person ("rechristens X as Y")', () => {
    const text =
      'Vicente wakes in a cell. Vicente screams. Robert rechristens Vicente as Vera. Vera paints. Robert sleeps.';
    const people = chars(text);
    expect(people.find((c) => c.names.includes('Vera'))?.names).toContain('Vicente');
  });

  it('does not take a named ferry or a firm for a person', () => {
    const text =
      'Tomas works on the ferry Marguerite. The Marguerite sails at dawn. Ilse works for Harrow & Lusk. Tomas calls Ilse and Ilse laughs.';
    expect(chars(text).map((c) => c.name)).toEqual(['Tomas', 'Ilse']);
  });
});
