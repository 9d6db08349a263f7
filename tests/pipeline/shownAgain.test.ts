import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import type { Film } from '../../src/model';

const film = (text: string): Film => {
  const f = convertDocuments([{ file: 'page.txt', text }], new Diagnostics())[0];
  if (!f) throw new Error('no film');
  return f;
};
const scene = (f: Film, words: string) => {
  const s = f.scenes.find((x) => x.text.includes(words));
  if (!s) throw new Error(`no scene with "${words}"`);
  return s;
};

const opening =
  'The film opens at a harvest fair in a Kentish village. The miller’s wife, Agnes Rowe, is seen at the top of the windmill, there is a scream, and she falls from the gallery into the yard. Everyone calls it an accident, and her husband, Silas Rowe, is led away weeping.';
const middle = [
  'Constable Ruth Kemp arrives from Canterbury the next day. She questions the farm hands, who say the windmill door was bolted all afternoon.',
  'Ruth finds a torn page from a ledger on the windmill stairs and learns that Agnes had been writing to a lawyer in Dover.',
  'Two days later Ruth traces the letters to Agnes’s cousin, who swears he was in Dover on the day of the fair.',
];

describe('a moment the film says it shows again (shownAgain.ts)', () => {
  it('ties the truthful retelling of the opening to the opening, and the arrest after it stays last', () => {
    const f = film(
      [
        opening,
        ...middle,
        'In the last minutes the film shows us the harvest fair again, and this time we see the truth. Silas Rowe climbs the windmill behind his wife, they argue on the gallery about her letters, and he pushes her. It is Silas who gives the scream before he runs down into the yard.',
        'Ruth arrests Silas at the mill house as he packs a bag. The final shot is the windmill in the rain.',
      ].join('\n\n'),
    );
    const open = scene(f, 'harvest fair in a Kentish');
    const truth = scene(f, 'this time we see the truth');
    const arrest = scene(f, 'Ruth arrests Silas');
    expect(truth.chronoIndex).toBe(open.chronoIndex + 1);
    expect(truth.kind).toBe('flashback');
    expect(arrest.chronoIndex).toBe(f.scenes.length - 1);
  });

  it('keeps a person going back to a place again, and a place seen again, in their own time', () => {
    const f = film(
      [
        opening,
        ...middle,
        'Ruth returns to the harvest fair ground again at dusk with a lantern and a borrowed ladder, climbs the windmill to the gallery above the yard, and counts the missing slats one by one while the wind rattles the sails. Below her the stalls are being dismantled by travelling men who sing hymns as they work, and a boy sells the last toffee apples for a penny each.',
        'Later we see the village again, now empty, as the fair packs up.',
      ].join('\n\n'),
    );
    const again = scene(f, 'Ruth returns to the harvest fair ground again');
    expect(again.kind).toBe('present');
    expect(again.chronoIndex).toBeGreaterThan(scene(f, 'Two days later').chronoIndex);
    expect(scene(f, 'we see the village again').kind).toBe('present');
  });
});
