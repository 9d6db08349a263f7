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

  it('takes a negated verb after a name as a person acting ("Greta doesn\u2019t come")', () => {
    const text =
      'On Tuesday Leo tells a nervous woman, Greta, that she will meet the love of her life. On Friday Greta doesn\u2019t come. On Sunday Leo finds Greta waiting at the booth.';
    expect(chars(text).map((c) => c.name)).toContain('Greta');
    // A participle after the name is not evidence against a person either.
    const seen =
      'Leo sees Mara sleeping on the bench. Later he finds Mara reading by the window. Then Mara leaves.';
    expect(chars(seen).map((c) => c.name)).toContain('Mara');
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

  it('does not take an organisation named by its head word for a person', () => {
    const text =
      'Ines finds invoices from Korvath Shipping in the drawer. Korvath buried the accident report, and Ines tells Paolo. Paolo shrugs.';
    expect(chars(text).map((c) => c.name)).toEqual(['Ines', 'Paolo']);
  });

  it('does not take a place after a preposition for a person because "who" or "and" follows', () => {
    const text =
      'A hard man from Tarnow who trusts nobody, Jerzy guards the bridge. Jerzy rows to Gdynia and sells the fish. Jerzy sleeps.';
    expect(chars(text).map((c) => c.name)).toEqual(['Jerzy']);
  });

  it('drops an age prefix and place names that start with Saint or Mount', () => {
    const text =
      "Nine-year-old Tilly Marsh (Ada Crane) waits outside St Brendan's with her coat. Tilly walks to Mount Pleasant. Tilly eats.";
    expect(chars(text)).toEqual([
      { name: 'Tilly Marsh', names: ['Tilly', 'Tilly Marsh'], actor: 'Ada Crane' },
    ]);
  });

  it('joins a person whose real name is revealed ("his real name is Y")', () => {
    const text =
      'A drifter called Sam rents the attic. Sam mends the porch. Claire confronts Sam, and Sam admits that his real name is Daniel. Daniel weeps.';
    const sam = chars(text).find((c) => c.names.includes('Sam'));
    expect(sam?.names).toEqual(['Daniel', 'Sam']);
  });

  it('takes no one from calendar phrases or company names', () => {
    const text =
      "On New Year's Eve, Tove quits her job at Nordvik Renewables. Tove drives to the coast. " +
      'Her brother Aksel says Nordvik Renewables will sue her. Aksel laughs.';
    expect(
      chars(text)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Aksel', 'Tove']);
  });

  it('takes no country or capital city for a person, even as a subject', () => {
    const text =
      'Germany beckons, so Halvard leaves Norway. Vienna disappoints him. Halvard writes to Lise. Lise replies.';
    expect(
      chars(text)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Halvard', 'Lise']);
  });

  it('does not take an ordinal, a demonym, a make of car or a police unit for a person', () => {
    const text =
      'Nora Lind drives her battered Subaru to the coast. Nora meets a Welshman on the pier, and the Fifth of the brothers, Owen, sells her a boat. The Fraud Unit sends Nora a letter. Owen laughs.';
    const names = chars(text).map((c) => c.name);
    expect(names.some((n) => n.startsWith('Nora'))).toBe(true);
    expect(names).toContain('Owen');
    for (const not of ['Subaru', 'Welshman', 'Fifth', 'Fraud Unit'])
      expect(names).not.toContain(not);
  });

  it('reads a saint’s name after "St." as a place, not a person', () => {
    const names = chars(
      "Ray drives to St. Mary's, where Sal lies in a ward. Ray asks the nurse about Sal. Later Ray waits outside St. Mary's in the cab, and Sal calls him.",
    ).map((c) => c.name);
    expect(names).toContain('Ray');
    expect(names).not.toContain('Mary');
    // Mary herself, without the "St.", is a person.
    expect(
      chars('Mary drives to the ward. Mary asks the nurse about Sal, and Mary waits.').map(
        (c) => c.name,
      ),
    ).toContain('Mary');
  });

  it('takes a name said once after a role or kin noun and a comma for a person', () => {
    const names = chars(
      'Tobiah rows out to the wreck at dawn. His sister, Wenna, waits on the slip. The harbour clerk, Ysolde Marrack, writes it down, and Tobiah shrugs.',
    ).map((c) => c.name);
    expect(names).toContain('Wenna');
    expect(names).toContain('Ysolde Marrack');
  });

  it('keeps "the painter Idony Fell": a person noun after the article is no thing', () => {
    const names = chars(
      'On the pier Bram watched the painter Idony Fell sketch the boats. Bram says nothing.',
    ).map((c) => c.name);
    expect(names).toContain('Idony Fell');
  });

  it('takes no contraction for a name', () => {
    const names = chars(
      "Osric waits by the gate. \"I'm not going,\" Osric says. I'm told Osric stays. We've heard Osric sing.",
    ).map((c) => c.name);
    expect(names).toEqual(['Osric']);
  });

  it('takes no numbered heading, bracketed tag or article-led name of a thing for a person', () => {
    const text = [
      '[Teasers] Who sank the boat?',
      'Movement 1 (1990). Anwen waits at the quay. Anwen says nothing.',
      'Movement 2 (2020). Anwen finds the wreck of the Evening Swallow, and Swallow still floats. [Teasers]',
    ].join('\n');
    const names = chars(text).map((c) => c.name);
    expect(names).toContain('Anwen');
    for (const not of ['Movement', 'Teasers', 'Swallow']) expect(names).not.toContain(not);
  });

  it('reads "the town of X", "an island called X" and "X’s Landing" as places', () => {
    const text =
      'Gwen sails from the town of Brackwick to an island called Tollamor. At Fenn’s Landing, Gwen meets Idris, ' +
      'and Idris says the tide is late. Gwen sleeps at Fenn’s Landing and writes to Brackwick.';
    const names = chars(text).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Gwen', 'Idris']));
    for (const not of ['Brackwick', 'Tollamor', 'Fenn', 'Landing'])
      expect(names).not.toContain(not);
  });
});
