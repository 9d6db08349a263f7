import { describe, expect, it } from 'vitest';
import { tellingLead, toldYearCue } from '../../src/pipeline/toldYears';
import { chronoOfPhrases } from '../fixtures/filmScenes';

const rank = (cs: number[]): number[] => cs.map((c) => [...cs].sort((x, y) => x - y).indexOf(c));

describe('tellingLead', () => {
  it('reads a speaker telling the year that follows', () => {
    expect(tellingLead('She recalled the winter of ')).toBe(true);
    expect(tellingLead('He described the storm in October ')).toBe(true);
    expect(tellingLead('She told them about the summer in ')).toBe(true);
    expect(tellingLead('The old clerk spoke of the spring of ')).toBe(true);
    expect(tellingLead('Ada said that in ')).toBe(true);
  });

  it('leaves a year someone acts in', () => {
    expect(tellingLead('Harry married her in ')).toBe(false);
    expect(tellingLead('Michael left for Leeds in ')).toBe(false);
  });

  it('gives the telling the year it names, whatever else the sentence moves by', () => {
    const s =
      'She told them about the summer in 1952 when he missed the wedding, and a week later they married.';
    expect(toldYearCue(s, { start: 0, end: s.length })?.year).toBe(1952);
    const t = 'A week later they married in 1952.';
    expect(toldYearCue(t, { start: 0, end: t.length })).toBe(null);
  });
});

describe('speakers who each tell one year of a life, in a past-tense frame', () => {
  it('orders a retirement dinner\u2019s speeches by the years they tell, the evening after them', () => {
    expect(
      rank(
        chronoOfPhrases(
          [
            'THE LONG TABLE (1988) - from a television listings magazine',
            'The film took place over one evening in 1987, at a retirement dinner for the ferry captain Oswin Pryce in a hotel in Fishguard.',
            'It began with the soup going cold while Oswin\u2019s car was stuck behind a tractor. The hotel manager, Gwen Lloyd, moved the speeches forward.',
            'The first to stand was Oswin\u2019s daughter, Delyth. She was nervous and read from a card. She recalled the winter of 1963, when her father carried her on his shoulders across the frozen harbour. The ice cracked behind them and they laughed all the way home.',
            'Then his old mate Emrys got up, with a pint in his hand. Emrys took the guests back to 1941, when the two of them were deck boys on a convoy and Oswin pulled him out of the sea. Nobody in the room knew that story.',
            'Oswin\u2019s wife, Mair, asked for the microphone next. She told them about the summer in 1952 when Oswin missed their wedding because of a storm, and they married a week later in borrowed clothes.',
            'At the end Oswin stood up, said nothing at all, and kissed his wife. The band began to play.',
          ],
          [
            'soup going cold',
            'read from a card',
            'frozen harbour',
            'pint in his hand',
            'deck boys',
            'asked for the microphone',
            'borrowed clothes',
            'kissed his wife',
          ],
        ),
      ),
    ).toEqual([3, 4, 2, 5, 0, 6, 1, 7]);
  });

  it('orders a trial\u2019s witnesses by the years they tell, the verdict last', () => {
    expect(
      rank(
        chronoOfPhrases(
          [
            'THE VERDICT AT PENMORE (1961)',
            'The whole film took place in a small courtroom in Cornwall over two days in 1960, at the trial of a fisherman, Jory Trevail, for the death of his brother Kit.',
            'On the first morning the jury was sworn in and the prosecutor, Mr Hale, opened the case against Jory.',
            'The harbourmaster was called first and looked at nobody. He described the storm in October 1958, when the two brothers fought on the quay and Jory threw a gaff into the water.',
            'Next came Jory\u2019s mother, Loveday, in her church hat. She spoke of the spring of 1931, when the boys were born a day apart in a lambing shed. The court laughed, and the judge let it pass.',
            'Then a schoolteacher, Miss Penrose, stood in the witness box. She said that in 1945 the brothers pulled her out of the sea off the point and carried her up the cliff path.',
            'On the second day the jury went out for three hours and came back with a verdict of not guilty. Jory walked out into the rain.',
          ],
          [
            'jury was sworn',
            'called first',
            'threw a gaff',
            'church hat',
            'lambing shed',
            'witness box',
            'cliff path',
            'verdict of not guilty',
          ],
        ),
      ),
    ).toEqual([3, 4, 2, 5, 0, 6, 1, 7]);
  });
});
