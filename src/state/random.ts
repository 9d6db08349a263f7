/** A random number source in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a tiny, well-known 32-bit seeded PRNG (public domain, Tommy Ettinger), so the same
 * seed always gives the same draw: an exercise's scenes, a generated film, a fuzzed link.
 */
export const mulberry32 = (seed: number): Random => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
