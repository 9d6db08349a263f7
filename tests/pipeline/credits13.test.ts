import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { creditedNames } from '../../src/pipeline/credits';
import { Diagnostics } from '../../src/pipeline/diagnostics';

const names = (text: string) =>
  convertDocuments([{ file: 'x.txt', text }], new Diagnostics())[0]?.characters.flatMap((c) =>
    c.aliases.concat(c.name),
  ) ?? [];

describe('performers, makers and other films named in a review are not characters', () => {
  it('reads a labelled crew line, a "dir." credit and a novelist with a dated title', () => {
    const got = creditedNames(
      [
        'SCREENPLAY: Odile Franzen-Berg',
        'I saw Salt Road (dir. Tamsin Achebe, 2011) after reading Piet Lorrimer’s The Gull Year (1987) twice.',
      ].join('\n'),
    );
    for (const n of [
      'Odile Franzen-Berg',
      'Franzen-Berg',
      'Tamsin Achebe',
      'Achebe',
      'Piet Lorrimer',
      'Lorrimer',
    ])
      expect(got).toContain(n);
    expect(got).not.toContain('Salt Road');
  });

  it('reads performers from "played by", an adjective bracket and "who X plays warmly"', () => {
    const got = creditedNames(
      [
        'Decades later, Hilde Brann (now played by Marit Osei) runs the inn alone.',
        'Her rival Coll Dray (a wiry, restless Bram Teodoro) arrives in spring.',
        'The visitor is Anton Vey, whom Lucas Ferrant plays gently, as a man with nothing left.',
      ].join('\n'),
    );
    for (const n of ['Marit Osei', 'Osei', 'Bram Teodoro', 'Teodoro', 'Lucas Ferrant', 'Ferrant'])
      expect(got).toContain(n);
    for (const n of ['Hilde Brann', 'Coll Dray', 'Anton Vey']) expect(got).not.toContain(n);
  });

  it('reads films a reader is told to compare with, but not the story people after "seen"', () => {
    const got = creditedNames(
      [
        "Fans of Mermaid's Kiss and The Long Goodbye Tour will feel at home.",
        'Anyone who has seen Harbour Lights or Quiet Tuesday will know the shape.',
        'Nell has seen Joss Hardy on the quay.',
      ].join('\n'),
    );
    for (const n of ['Mermaid', 'Kiss', 'Harbour Lights', 'Quiet Tuesday'])
      expect(got).toContain(n);
    expect(got).not.toContain('Joss Hardy');
    expect(got).not.toContain('Hardy');
  });

  it('keeps story people and drops the performers from a review page', () => {
    const text = [
      'Tidewater Inn (2016) review',
      '',
      'Hilde Brann (a stern, unsmiling Marit Osei) runs the inn on the estuary. Her brother Jory Brann comes home in March with a debt he cannot pay.',
      '',
      'Hilde lends Jory the money, and he loses it at cards. Osei is wonderful in the quiet scenes. Jory leaves in the night, and Hilde finds the empty cash box the next morning.',
      '',
      'Admirers of Harbour Lights will recognise the ending, when Hilde sells the inn to a stranger.',
    ].join('\n');
    const got = names(text);
    expect(got).toEqual(expect.arrayContaining(['Hilde', 'Jory Brann']));
    for (const n of ['Marit Osei', 'Osei', 'Harbour Lights']) expect(got).not.toContain(n);
  });
});
