import { describe, expect, it } from 'vitest';
import { opensFromZero } from '../../src/pipeline/elapsedStamps';

describe('elapsedStamps: stamps that count from zero', () => {
  it('reads the start of a recording and its first minutes with seconds', () => {
    expect(opensFromZero('0:00 intro music')).toBe(true);
    expect(opensFromZero('00:00 welcome back')).toBe(true);
    expect(opensFromZero('[00:00:12] HUGO: so where do we start')).toBe(true);
    expect(opensFromZero('0:04:31 - Ilse: she finds the key')).toBe(true);
  });
  it('leaves clock times and later stamps alone', () => {
    expect(opensFromZero('[20:02] Tomas: running late')).toBe(false);
    expect(opensFromZero('09:15 Breakfast news')).toBe(false);
    expect(opensFromZero('00:15 the late film')).toBe(false);
    expect(opensFromZero('00:12:40 back in the village')).toBe(false);
    expect(opensFromZero('Tomas: see you at 00:00')).toBe(false);
  });
});
