import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';

/**
 * Four flashback structures read end to end (src/pipeline/order.ts, segment.ts, memories.ts,
 * dialogue.ts): nested flashbacks told in the past tense, a present-tense frame of letters, an
 * amnesiac's memories told in the present, and a film that opens on its climax. Each document was
 * written for its rule; the negatives are near-misses that must not fire.
 */
const convert = (text: string) => {
  const [film] = convertDocuments([{ file: 'doc.txt', text }], new Diagnostics());
  if (!film) throw new Error('no film');
  const sceneOf = (anchor: string) => {
    const at = text.indexOf(anchor);
    if (at < 0) throw new Error(`anchor not in text: ${anchor}`);
    const scene = film.scenes.find((s) => s.sources.some((r) => r.start <= at && at < r.end));
    if (!scene) throw new Error(`no scene holds: ${anchor}`);
    return scene;
  };
  return {
    chrono: (anchor: string) => sceneOf(anchor).chronoIndex,
    kind: (anchor: string) => sceneOf(anchor).kind,
    same: (a: string, b: string) => sceneOf(a) === sceneOf(b),
  };
};

const TITLE = 'Plot summary\n\n';

describe('nested flashbacks told in the past tense (a frame in 1989, a story of 1962, a telling of 1931)', () => {
  const text =
    TITLE +
    [
      'In the spring of 1989 Ruth Calder, a radio producer, travelled to the mining town of Carnbeck to record the memories of its oldest people before the pithead was pulled down. She lodged with Agnes Munro, a widow who ran the newsagent. On her first evening Ruth walked up to the pithead, where a council surveyor told her the demolition would begin within the month. Back at the shop, Agnes took down a framed wedding photograph and began to tell her about the summer it was taken.',
      'In 1962 Agnes had been a young teacher engaged to Callum Reid, a miner. On the night before the wedding, old Hector Reid took her down to the lamp room and said she had a right to know why the Reids never worked the east seam.',
      "Hector's story went back to the winter of 1931. He had been a boy of sixteen on the east seam with his brother Duncan, under a deputy called Lachlan Bain. Bain had sent them into a flooded heading against every warning. When the roof came down, Duncan was trapped, and Hector had run. At the inquiry Bain swore that Duncan had gone in alone.",
      'When the old man finished his story, the lamp room was cold and the night shift had gone down. Agnes walked home without a word. The next morning she married Callum at the chapel on the hill, and she never told him what his grandfather had said.',
      'Ruth switched off her tape recorder. Over the following days she recorded other voices: the retired winding-man, two women who had sorted coal as girls, and the council chairman, Neil Bain, who was pushing hardest for the demolition.',
      'By the summer of 1990 the pithead had been listed as a building of historic interest, and Ruth broadcast her programme.',
    ].join('\n\n');

  it('orders the three levels and comes back to each outer one', () => {
    const c = convert(text);
    const y1931 = c.chrono('Bain had sent them into a flooded heading');
    const y1962 = c.chrono('old Hector Reid took her down to the lamp room');
    const finished = c.chrono('When the old man finished his story');
    const married = c.chrono('she married Callum at the chapel');
    const frame = c.chrono('travelled to the mining town of Carnbeck');
    const switchedOff = c.chrono('Ruth switched off her tape recorder');
    const listed = c.chrono('the pithead had been listed');
    expect(y1931).toBeLessThan(y1962);
    expect(y1962).toBeLessThan(finished);
    expect(finished).toBeLessThan(married);
    expect(married).toBeLessThan(frame);
    expect(frame).toBeLessThan(switchedOff);
    expect(switchedOff).toBeLessThan(listed);
  });
});

describe('a frame of letters: present-tense frame, letters told in the past', () => {
  const text =
    TITLE +
    [
      'In the spring of 2014 Lena Ward comes up from London to clear out the house in Bradford where her grandmother Edith has died. In the loft Lena finds a tin of letters addressed to a Tomasz Nowak, all returned unopened. She opens the first one with her house key.',
      'The first letter is dated March 1953. In it Edith wrote that she had met Tomasz at the dance at the Polish club, and that he had walked her home along the canal.',
      'Lena climbs down from the loft with the tin under her arm and rings her mother, who says she has never heard of any Tomasz.',
      'The letters of 1954 are the happiest. That summer Edith and Tomasz took the train to Scarborough, and on the pier he asked her to marry him. Her father found out and threw Tomasz out of the house.',
      'The next morning Lena goes looking for the Polish club. It is now a community centre, and an old man there, Jerzy, recognises the name of Tomasz at once.',
      'At the care home that afternoon, Lena reads the letter of June 1956 aloud to Jerzy’s sister: in it Edith wrote that she was expecting a child and that her father had arranged for her to marry Frank Ward before anyone could tell. Zofia closes her eyes and asks Lena to read it again.',
      'Lena drives to her mother’s flat in Leeds the same evening and puts the tin on the kitchen table.',
    ].join('\n\n');

  it('reads the dated letter as its year and brings the frame back at the next paragraph', () => {
    const c = convert(text);
    const met = c.chrono('she had met Tomasz at the dance');
    const pier = c.chrono('on the pier he asked her to marry him');
    const opens = c.chrono('She opens the first one with her house key');
    const rings = c.chrono('rings her mother');
    const club = c.chrono('Lena goes looking for the Polish club');
    // March 1953 before the summer of 1954, both before the frame.
    expect(met).toBeLessThan(pier);
    expect(pier).toBeLessThan(opens);
    // The frame's paragraph after a letter is the frame, not the letter's year, even with a step.
    expect(club).toBeGreaterThan(rings);
    expect(c.kind('Lena goes looking for the Polish club')).toBe('present');
  });

  it('cuts a letter read out in the middle of a present paragraph', () => {
    const c = convert(text);
    const told = 'her father had arranged for her to marry Frank Ward';
    expect(c.same(told, 'Lena reads the letter of June 1956 aloud')).toBe(false);
    expect(c.chrono(told)).toBeLessThan(c.chrono('Lena reads the letter of June 1956 aloud'));
    expect(c.chrono('Zofia closes her eyes')).toBeGreaterThan(c.chrono(told));
  });

  it('does not date a scene by a letter only found, nor open a flashback on a letter not read', () => {
    const c = convert(
      TITLE +
        [
          'In the spring of 2014 Lena Ward clears out her grandmother’s house in Bradford. In a drawer she finds a letter dated March 1953 and puts it in her bag without reading it.',
          'The next morning Lena drives to the solicitor’s office and signs the papers for the sale. She mentions the letters to her mother, who changes the subject.',
          'That evening Lena goes back to London. She leaves the letters in a box under her bed.',
          'A week later the house is sold to a young couple, and Lena sends the keys by post.',
        ].join('\n\n'),
    );
    const found = c.chrono('In a drawer she finds a letter dated March 1953');
    expect(c.kind('In a drawer she finds a letter dated March 1953')).toBe('present');
    expect(found).toBeLessThan(c.chrono('Lena drives to the solicitor’s office'));
    expect(c.kind('She mentions the letters to her mother')).toBe('present');
  });
});

describe('a frame of a diary whose entries alternate with the reader’s days', () => {
  it('keeps the dated frame as the present and the diary’s years as its past', () => {
    const c = convert(
      TITLE +
        [
          'In 2019 Maya Lindqvist, a translator in Gothenburg, inherits her great-aunt Signe’s summer cottage on Orust. In a kitchen drawer she finds Signe’s diary. Maya makes coffee and begins to read.',
          'The first entry is dated 3 June 1944. Signe was sixteen and worked at the cannery in Henån. A Norwegian boy, Arvid, had come across the border in a fishing boat, and her father had hidden him in the boathouse.',
          'Maya puts the diary down and walks to the boathouse, which is still there, rotting at the water’s edge. She finds initials carved into a beam.',
          'The entries of the autumn are shorter. Signe wrote that Arvid had taught her to sail, and that they had gone out to the skerries every Sunday.',
          'That evening Maya calls her mother in Stockholm and reads her the October entry. The next day Maya drives to the archive in Uddevalla.',
          'The last entry is from May 1945. Signe wrote that the war was over and that Arvid was alive.',
          'Maya sits on the jetty with the diary in her lap until it is dark.',
        ].join('\n\n'),
    );
    const hidden = c.chrono('her father had hidden him in the boathouse');
    const sail = c.chrono('Arvid had taught her to sail');
    const over = c.chrono('the war was over');
    const reads = c.chrono('Maya makes coffee and begins to read');
    expect(hidden).toBeLessThan(sail);
    expect(sail).toBeLessThan(over);
    expect(over).toBeLessThan(reads);
    expect(reads).toBeLessThan(c.chrono('walks to the boathouse'));
    expect(c.chrono('walks to the boathouse')).toBeLessThan(c.chrono('Maya sits on the jetty'));
    expect(c.kind('Maya sits on the jetty')).toBe('present');
  });
});

describe('an amnesiac’s memories told in the present tense', () => {
  const text =
    TITLE +
    [
      'Nell Ashby wakes in a hospital in Hull after a car crash, with no memory at all. Her husband, Adam, takes her home to a glass house on the estuary. She remembers nothing of it.',
      'That first night she runs a bath and sits on the edge of it, and a memory surfaces: she is seven. Her father is teaching her to swim at the lido in Bridlington. The water is cold, and he holds her under the chin and counts to ten. Adam finds her an hour later, still sitting on the edge of the bath, and wraps her in a towel.',
      'Over the following weeks Nell remembers to take her pills and learns the way to the village shop. Then, changing a tyre, she finds a second phone hidden in her car.',
      'She meets a journalist, Kit, in a café by the marina. Nell stares at her coffee. In a flash she sees the kitchen of the glass house. Adam is shouting at her. He snatches a folder out of her hands and feeds it into the wood stove. Across the table in the café, Kit is asking whether she is all right.',
      'She remembers the night of the crash only in fragments. She had been driving too fast on the coast road, and a car had been following her. That night she searches the house while Adam sleeps.',
    ].join('\n\n');

  it('keeps a memory told in the present going until the present comes back', () => {
    const c = convert(text);
    expect(c.same('she is seven', 'The water is cold')).toBe(true);
    expect(c.kind('The water is cold')).toBe('flashback');
    expect(c.kind('Adam finds her an hour later')).toBe('present');
    expect(c.chrono('The water is cold')).toBeLessThan(c.chrono('Nell Ashby wakes in a hospital'));
    expect(c.same('In a flash she sees the kitchen', 'feeds it into the wood stove')).toBe(true);
    expect(c.kind('feeds it into the wood stove')).toBe('flashback');
    expect(c.kind('Kit is asking whether she is all right')).toBe('present');
  });

  it('does not read "remembers to" as a memory, nor carry a past-tense memory into the present', () => {
    const c = convert(text);
    expect(c.kind('remembers to take her pills')).toBe('present');
    expect(c.kind('She had been driving too fast')).toBe('flashback');
    expect(c.kind('That night she searches the house')).toBe('present');
  });
});

describe('present-tense memories in other words: a trigger shared with the memory, a vision opening its paragraph', () => {
  const text =
    TITLE +
    [
      'Tom Reyes wakes on a beach near Tofino with a wound on his head and no memory of who he is. A fisherman, Walt Harper, takes him to the clinic, where a nurse, June Okada, stitches the cut.',
      'At the motel, the manager recognises him and hands him a bag he left behind. Inside it Tom finds a photograph of a girl on a swing. As he holds it, a memory comes back to him: he is nine. His mother is pushing his sister on the swing behind their house in Reno. The sky is white with heat. Walt knocks on the motel door and asks if he wants a lift.',
      'He remembers the boat only in pieces. He had been at the wheel in the dark, and someone had been shouting at him. June finds him in the diner and sits down across from him.',
      'Suddenly he sees himself on a jetty. He is older now. His sister is handing him an envelope of money, and she is crying. The waitress drops a plate behind the counter, and June asks him what is wrong.',
      'The next day Tom and June drive out to the point, and everything fits together.',
    ].join('\n\n');

  it('keeps the memory past its trigger and ends it at the present’s place or people', () => {
    const c = convert(text);
    expect(c.same('he is nine', 'The sky is white with heat')).toBe(true);
    expect(c.kind('The sky is white with heat')).toBe('flashback');
    expect(c.kind('Walt knocks on the motel door')).toBe('present');
    expect(c.kind('His sister is handing him an envelope')).toBe('flashback');
    expect(c.kind('June asks him what is wrong')).toBe('present');
    expect(c.chrono('His sister is handing him an envelope')).toBeLessThan(
      c.chrono('Tom Reyes wakes on a beach'),
    );
  });
});

describe('a film that opens on its climax, then "Six months earlier"', () => {
  const text =
    TITLE +
    [
      'The film opens with Nell Ashby bleeding on the Tolbooth Bridge in the rain, a pistol in her hand, while a man’s body turns in the river below. Then a title card: "Six months earlier."',
      'Nell wakes in a hospital in Hull after a car crash on the coast road. Her husband, Adam, a property developer, drives her home to a glass house on the estuary.',
      'Over the following weeks Nell finds a second phone in her car and meets a journalist, Kit Lowther, who tells her that Adam’s firm is laundering money.',
      'One night Nell finds the copies of the firm’s invoices in the boathouse. Adam is standing in the doorway when she turns round.',
      'She runs across the marsh to the bridge. Adam fires and hits her in the shoulder, they struggle, and he goes over the railing into the river. And so we are back where we began: Nell bleeding on the Tolbooth Bridge in the rain, Kit screaming for an ambulance.',
      'In the last act Nell recovers in the same hospital ward. Police divers bring Adam’s body out of the river, and Kit’s story runs on the front page.',
    ].join('\n\n');

  it('places the opening at the climax, after the story told from six months earlier', () => {
    const c = convert(text);
    const opening = c.chrono('The film opens with Nell Ashby bleeding');
    expect(c.chrono('Nell wakes in a hospital in Hull')).toBeLessThan(opening);
    expect(c.chrono('Adam is standing in the doorway')).toBeLessThan(opening);
    expect(c.chrono('Police divers bring Adam’s body')).toBeGreaterThan(opening);
    expect(c.chrono('he goes over the railing')).toBeLessThan(opening);
  });

  it('leaves a film that opens on an ordinary first scene in text order', () => {
    const c = convert(
      TITLE +
        [
          'The film opens with Nell Ashby waking in a hospital in Hull after a car crash. Her husband, Adam, drives her home to a glass house on the estuary.',
          'Over the following weeks Nell finds a second phone in her car and meets a journalist, Kit Lowther, in a café by the marina.',
          'One night Nell finds copies of the firm’s invoices in the boathouse. Adam is standing in the doorway when she turns round.',
          'In the last act Nell recovers in the same hospital ward, and Kit’s story runs on the front page.',
        ].join('\n\n'),
    );
    expect(c.chrono('The film opens with Nell Ashby waking')).toBeLessThan(
      c.chrono('Nell finds a second phone'),
    );
    expect(c.chrono('Nell finds a second phone')).toBeLessThan(
      c.chrono('Adam is standing in the doorway'),
    );
  });
});
