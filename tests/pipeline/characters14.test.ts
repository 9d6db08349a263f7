import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { creditedNames } from '../../src/pipeline/credits';
import { Diagnostics } from '../../src/pipeline/diagnostics';

/**
 * Characters of the fourteenth session's page forms (src/pipeline/characters14.ts): a commentary's
 * speakers, performers listed in brackets, the maker who finished the film, a name of the title
 * alone, a venue's possessive, a borrowed nickname in quotes; and a courtesy title kept as the
 * text writes it ("Mrs Pell", not "Mrs. Pell").
 */
const names = (text: string): string[] =>
  convertDocuments([{ file: 'x.txt', text }], new Diagnostics())[0]?.characters.flatMap((c) =>
    c.aliases.concat(c.name),
  ) ?? [];

describe('characters14: the page’s people are credited', () => {
  it('reads the speakers of a commentary, with their trades', () => {
    const got = creditedNames(
      'Audio commentary with producer Ines Calloway and cinematographer Bartek Oyelaran (recorded 2011)',
    );
    for (const n of ['Ines Calloway', 'Calloway', 'Bartek Oyelaran', 'Oyelaran'])
      expect(got).toContain(n);
  });
  it('reads performers listed in brackets after the word for them', () => {
    const got = creditedNames(
      'The two actors who play Anselm (Rory Faddah as the boy, Kwesi Dunmore as the old man) never meet on set.',
    );
    for (const n of ['Rory Faddah', 'Kwesi Dunmore']) expect(got).toContain(n);
  });
  it('reads the maker who finished the film', () => {
    expect(
      creditedNames('In 1979 Oona Breckland finished the film she had begun in Lagos.'),
    ).toContain('Oona Breckland');
  });
  it('leaves a story’s bracket and a story’s verb alone', () => {
    const got = creditedNames(
      'Anselm hides three things (a knife, a key and a letter) and Rory Faddah shot the fox at dawn.',
    );
    expect(got).not.toContain('Rory Faddah');
  });
});

describe('characters14: names that are no person of the story', () => {
  const story = [
    'LAST ORDERS AT HALLIGAN’S (2016)',
    '',
    'Last Orders at Halligan’s is a one-night film. Petra Voss, the barmaid, locks up at midnight and finds a man asleep in the snug.',
    '',
    'The man is Colm Astley, who has walked from the coast to Halligan’s to find his brother. Petra calls him "Mister Sunshine" all night because he never smiles.',
    '',
    'At dawn Colm’s brother Donal arrives, and Petra pours the three of them a last drink before the brewery van comes.',
  ].join('\n');
  it('drops a name of the title alone and a venue named by its possessive, and keeps the people', () => {
    const got = names(story);
    expect(got).not.toContain('Last Orders');
    expect(got).not.toContain('Halligan');
    expect(got).not.toContain('Sunshine');
    expect(got).toContain('Petra');
    expect(got).toContain('Colm');
    expect(got).toContain('Donal');
  });
  it('keeps a person named in the title who acts in the story', () => {
    const got = names(
      [
        'WAITING FOR ODILE (2003)',
        '',
        'Waiting for Odile follows Marten Hobbe through one summer. Odile Varga, his sister, writes every week from Lyon and promises to come home.',
        '',
        'When Odile finally arrives in September, Marten has sold the farm, and she does not forgive him.',
      ].join('\n'),
    );
    expect(got).toContain('Odile');
  });
});

describe('characters14: a courtesy title as the text writes it', () => {
  it('keeps "Mrs Pell" without a full stop, "Mr. Abbot" with one', () => {
    const got = names(
      [
        'Nell Cardew runs the tea room on the pier. Her landlady, Mrs Dunnock, wants the rent by Friday, and Nell has none of it.',
        '',
        'Mr. Abbot, the bank clerk, lends her the money. Mrs Dunnock counts it twice. Nell thanks Abbot with a cake, and Mr. Abbot blushes.',
      ].join('\n'),
    );
    expect(got).toContain('Mrs Dunnock');
    expect(got).not.toContain('Mrs. Dunnock');
  });
});

describe('characters14: a person after an accented kin noun', () => {
  it('reads "her fiancé, Tadeo Brun," as a person', () => {
    const got = names(
      [
        'Amelie Sorel sews a wedding coat for her fiancé, Tadeo Brun, a ferryman on the Rhône.',
        '',
        'In the spring Tadeo goes down the river with the coat on his back and does not write.',
      ].join('\n'),
    );
    expect(got.some((n) => n.startsWith('Tadeo'))).toBe(true);
  });
});
