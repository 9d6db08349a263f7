import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';

const people = (text: string) =>
  convertDocuments([{ file: 'x.txt', text }], new Diagnostics())[0]?.characters.map((c) => [
    c.name,
    ...c.aliases,
  ]) ?? [];

describe('characters: family surnames, married names and a person under a title (session 13)', () => {
  it('takes no bare surname two relatives share for a third person', () => {
    const got = people(
      [
        'In the winter of 1961 nine-year-old Milo Varnak runs away from a boarding school in Dover to find his father.',
        '',
        'His father, Emil Varnak, once worked on the trawlers at Grimsby. Milo walks the docks asking for him, and a net-mender tells him that a man signing himself Varnak lodges above the chandlery.',
        '',
        'Emil does not know the boy at first. Milo stays three days, and Emil takes him back to Dover on the train.',
      ].join('\n'),
    );
    expect(got.some((n) => n.includes('Milo Varnak'))).toBe(true);
    expect(got.some((n) => n.includes('Emil Varnak'))).toBe(true);
    expect(got.some((n) => n[0] === 'Varnak')).toBe(false);
  });

  it('joins a married name written after a slash, and a title to the first name it is said to be', () => {
    const got = people(
      [
        'In 1931 Hedda Lind, a ferryman’s daughter, marries the schoolmaster Oskar Brun. Hedda Brun runs the school house when Oskar falls ill.',
        '',
        'In the harbour café a woman called Mrs Sallow pours the coffee every morning. Mrs Sallow (Agnes, by then fifty) remembers the boy who left.',
        '',
        'Later we learn that Mrs Sallow is the same person as Agnes, and that Agnes had given the boy away.',
        '',
        'Cast notes:',
        '- Hedda Lind / Hedda Brun: the heroine, in 1931 and 1958.',
      ].join('\n'),
    );
    const hedda = got.find((n) => n.includes('Hedda Lind'));
    expect(hedda).toEqual(expect.arrayContaining(['Hedda Brun']));
    const agnes = got.find((n) => n.includes('Agnes'));
    expect(agnes?.some((n) => n.includes('Sallow'))).toBe(true);
  });

  it('keeps a full name said after "to" when its first name and surname are each a person', () => {
    const got = people(
      [
        'The boiler at the laundry fails on a Friday. Ada telephones Rufus Kemp, the fitter who built it, and Kemp says he will come on Monday.',
        '',
        'On Monday Rufus arrives late and Ada shouts at him. Kemp’s van has broken down on the hill.',
        '',
        'By evening the boiler runs again, and Ada hands the first clean sheets to Rufus Kemp.',
      ].join('\n'),
    );
    const rufus = got.find((n) => n.includes('Rufus'));
    expect(rufus).toEqual(expect.arrayContaining(['Rufus Kemp']));
    expect(got.filter((n) => n.some((x) => /Rufus|Kemp/.test(x)))).toHaveLength(1);
  });

  it('reads a name introduced in capitals, but no heading or sign in capitals, and no towing firm', () => {
    const got = people(
      [
        'In 1974 Dora Quill runs Quill Towing from a shed on the estuary. Her only hand, a boy called Sim, sleeps on the tug.',
        '',
        'Dora borrows money from OSWIN TARR (50s, soft-spoken), who owns the boatyard, and Quill Towing pays him back each Friday. Tarr wants the shed.',
        '',
        'INT. THE GREEN LAMP - NIGHT. Dora drinks with Sim. Over the door a painted board reads HALLORAN SHIPPING. Tarr raises the interest and Dora refuses to pay.',
      ].join('\n'),
    );
    expect(got.find((n) => n.includes('Tarr'))).toEqual(expect.arrayContaining(['Oswin Tarr']));
    for (const n of ['Quill Towing', 'Green Lamp', 'Halloran Shipping'])
      expect(got.some((x) => x.includes(n))).toBe(false);
  });
});
