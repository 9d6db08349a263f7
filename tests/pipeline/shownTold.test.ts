import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

// A frame in the present hands the past to a teller, and the next sentence says what the film
// shows of it, in the present tense (shownTold.ts).
const ferry = [
  'It is a foggy night at the harbour police post in Oban. Sergeant Moira Lennox, a week from retirement, sits down opposite the ferry deckhand Callum Reid and switches on the tape.',
  'Callum tells her that he first met the skipper the summer before, when the ferry was laid up at Tobermory for repairs. We see the two of them on the empty car deck, mending nets while the gulls scream.',
  'Back in the interview room, Lennox pours tea and asks about the money.',
  "Callum's story moves on to the winter. He had started carrying parcels for the skipper across the Sound. The skipper paid him in cash and told him never to look inside. In one of the film's quietest scenes, they stand at the rail at dawn and the skipper talks about his dead son.",
  'The interview room again. Lennox opens one of the parcels on the table.',
].join('\n\n');

const mine = [
  'In a company office in Kiruna, the engineer Sofia Berg gives her statement to a mining inspector about the collapse of shaft nine.',
  'She tells him that she joined the mine the previous spring, when the new seam was opened. We watch her crawl through the low tunnel with a lamp, measuring the cracks in the roof.',
  'The inspector stops the tape and lights a cigarette.',
].join('\n\n');

// The same shape with a told clause that has no time of its own: the frame goes on.
const job = [
  'Anna Novak comes home late to the flat in Brno and finds her husband Tomas asleep on the sofa.',
  'In the morning Anna tells Tomas that she lost her job. We see her walking to the tram stop in the rain.',
  'At the tram stop she meets her old teacher, who offers her work at the school.',
].join('\n\n');

describe('a told past, then what the film shows of it', () => {
  it('"We see ..." after a told clause with its own time goes on in the told past', () => {
    const f = convertText(ferry);
    const nets = sceneHolding(f, 'mending nets while the gulls scream');
    expect(nets.kind).toBe('recounted');
    expect(nets.chronoIndex).toBeLessThan(sceneHolding(f, 'switches on the tape').chronoIndex);
    expect(nets.chronoIndex).toBeLessThan(sceneHolding(f, 'carrying parcels').chronoIndex);
  });

  it('"In one of the film\'s quietest scenes" after a told block goes on in it', () => {
    const f = convertText(ferry);
    const rail = sceneHolding(f, 'they stand at the rail at dawn').chronoIndex;
    expect(rail).toBeLessThan(sceneHolding(f, 'Lennox pours tea').chronoIndex);
    expect(rail).toBeLessThan(sceneHolding(f, 'Lennox opens one of the parcels').chronoIndex);
  });

  it('"We watch her crawl ..." shows the spring she tells of', () => {
    const f = convertText(mine);
    expect(sceneHolding(f, 'crawl through the low tunnel').chronoIndex).toBeLessThan(
      sceneHolding(f, 'gives her statement').chronoIndex,
    );
  });

  it('leaves "We see ..." in the frame after a told clause without a time of its own', () => {
    const f = convertText(job);
    expect(sceneHolding(f, 'walking to the tram stop').chronoIndex).toBeGreaterThan(
      sceneHolding(f, 'finds her husband Tomas asleep').chronoIndex,
    );
  });
});
