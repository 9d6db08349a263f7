import { describe, expect, it } from 'vitest';
import {
  decodeSeen,
  encodeSeen,
  readSeen,
  SEEN_KEY_PREFIX,
  writeSeen,
  type KeyValueStorage,
} from '../../src/state/seenMemory';

const memoryStorage = (): KeyValueStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe('seenMemory', () => {
  it('stores "seen" for everything and "unseen:N" for a limit', () => {
    expect(encodeSeen('all')).toBe('seen');
    expect(encodeSeen(-1)).toBe('unseen:-1');
    expect(encodeSeen(12)).toBe('unseen:12');
  });

  it('reads back what it wrote, per film id', () => {
    const storage = memoryStorage();
    writeSeen('memento', 7, storage);
    writeSeen('heat', 'all', storage);
    expect(storage.data.get(`${SEEN_KEY_PREFIX}memento`)).toBe('unseen:7');
    expect(readSeen('memento', storage)).toBe(7);
    expect(readSeen('heat', storage)).toBe('all');
    expect(readSeen('alien', storage)).toBeNull();
  });

  it('treats unreadable values as never asked', () => {
    expect(decodeSeen('maybe')).toBeNull();
    expect(decodeSeen('unseen:x')).toBeNull();
  });

  it('survives a storage that throws', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(() => writeSeen('memento', 3, broken)).not.toThrow();
    expect(readSeen('memento', broken)).toBeNull();
  });
});
