import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';

/**
 * Two eras told by their years: a paragraph that opens on a person of the present only acting
 * in a place of the past, past the names of the past's people given only as someone's ("In
 * Halifax, Nadia finds Elsie's granddaughter"), is the present again, and so is what follows.
 * Every document here was written for these tests.
 */
const LEDGER = [
  'The Ledger of Wool',
  "The film opens in 2010 in a solicitor's office in Leeds, where Nadia Hirst inherits her great-uncle's mill ledger and a key she cannot place.",
  'We first see the mill in the spring of 1952. Walter Hirst keeps the books and courts Elsie Marsh, a weaver from Halifax, who laughs at his careful handwriting.',
  'Back in 2010, Nadia drives out to the empty mill and meets the caretaker, who still talks about the flood.',
  "In the winter of 1952 the river floods the weaving shed. Walter blames Elsie's brother Tom, who leaves for Halifax that night and never writes.",
  "In Halifax, Nadia finds Elsie's granddaughter, Ruth, who keeps a tin of Walter's letters under the stairs.",
  'Nadia drives home that night and reads the letters by the fire.',
];

describe('a present person acting where the past was', () => {
  it('brings the present back, with the scene after it', () => {
    const [courts, floods, inherits, caretaker, granddaughter, reads] = chronoOfPhrases(LEDGER, [
      'courts Elsie Marsh',
      'the river floods the weaving shed',
      'Nadia Hirst inherits',
      'meets the caretaker',
      "Nadia finds Elsie's granddaughter",
      'reads the letters by the fire',
    ]);
    expect(courts).toBeLessThan(floods ?? -1);
    expect(floods).toBeLessThan(inherits ?? -1);
    expect(inherits).toBeLessThan(caretaker ?? -1);
    expect(caretaker).toBeLessThan(granddaughter ?? -1);
    expect(granddaughter).toBeLessThan(reads ?? -1);
  });
});
