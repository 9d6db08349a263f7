import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/pipeline/clean';
import { Diagnostics } from '../../src/pipeline/diagnostics';

const kinds = (text: string) => {
  const doc = cleanDocument({ file: 'a.txt', text }, new Diagnostics());
  return doc.blocks.map((b) => [text.slice(b.start, b.end).slice(0, 12), b.kind]);
};

describe('cleanDocument', () => {
  it('marks everything after "Last Updated" as boilerplate', () => {
    const text =
      'Anna Berg walks into the station and buys a ticket to the coast.\n' +
      'Last Updated: May 1, 2024\nAnna Berg returns later that day with a suitcase.';
    expect(kinds(text).map((k) => k[1])).toEqual(['story', 'boilerplate', 'boilerplate']);
  });

  it('keeps cast and crew tables out of the story and reads the cast rows', () => {
    const text =
      'Tom Hale meets his brother at the harbour and they argue about money.\n' +
      'Actor Character\nJane Doe Mira\nJohn Roe Tom Hale\nCrew Name\nDirector Lee Park\n';
    const doc = cleanDocument({ file: 'a.txt', text }, new Diagnostics());
    expect(doc.blocks.filter((b) => b.kind === 'story')).toHaveLength(1);
    expect(doc.cast).toEqual([
      { actor: 'Jane Doe', character: 'Mira' },
      { actor: 'John Roe', character: 'Tom Hale' },
    ]);
  });

  it('drops title-with-year link lists and SEO paragraphs after the story', () => {
    const text =
      'Mira leaves the farm at dawn and never looks back at her father.\n' +
      'Discover movies like Harvest that share similar themes, and explore curated collections you will love.\n' +
      'Harvest (1999) Full Plot Breakdown\n';
    expect(kinds(text).map((k) => k[1])).toEqual(['story', 'boilerplate', 'boilerplate']);
  });

  it('recognises a spoiler warning', () => {
    const text =
      'A quiet teacher finds a map.\nWarning: spoilers below!\nShe follows the map north.';
    expect(kinds(text).map((k) => k[1])).toEqual(['story', 'warning', 'story']);
  });

  it('reads press-kit sections: a logline is premise, a statement is not story', () => {
    const text = [
      'LOGLINE',
      'A widow inherits a lighthouse and a secret.',
      'SYNOPSIS',
      'Mara arrives at the lighthouse and finds a locked room.',
      "DIRECTOR'S STATEMENT",
      'I grew up near the sea and always wanted to film it.',
    ].join('\n');
    expect(kinds(text).map((k) => k[1])).toEqual([
      'heading',
      'premise',
      'heading',
      'story',
      'boilerplate',
      'boilerplate',
    ]);
  });
});
