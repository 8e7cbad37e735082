// A small seeded pseudo-random generator for the demo township. The demo must be the same on every
// PC and in every test run, so nothing here reads Math.random, the clock or crypto: every number,
// and every record id, comes from the seed.

/** A deterministic source of random choices, built from one seed. */
export interface Random {
  /** A float in [0, 1). */
  float(): number;
  /** An unsigned 32-bit integer. */
  uint32(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability `p` (0–1). */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy of a list (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** `n` distinct items of a list in random order (all of them when the list is shorter). */
  sample<T>(items: readonly T[], n: number): T[];
  /** A whole number near `expected`: its floor, plus one with the chance of its fraction. */
  round(expected: number): number;
  /** An RFC 9562 version-4 UUID whose 122 random bits come from this generator. */
  uuid(): string;
  /**
   * An independent generator for one part of the work, seeded from the root seed and the label only,
   * so that drawing more numbers in one part (a larger scale) never shifts the numbers of another.
   */
  fork(label: string): Random;
}

/** mulberry32: 32 bits of state, fast, and good enough for test data (not for secrets). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** FNV-1a over the label's UTF-16 units, mixed with the seed: a stable seed per fork. */
function hashLabel(seed: number, label: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Two hex digits of every byte value, for UUIDs. */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Creates a generator from a seed; the same seed always gives the same sequence. */
export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const float = () => next() / 4_294_967_296;
  const int = (min: number, max: number) => {
    if (max < min) throw new RangeError(`empty range ${min}..${max}`);
    return min + Math.floor(float() * (max - min + 1));
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(float() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return {
    float,
    uint32: next,
    int,
    chance: (p) => float() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[Math.floor(float() * items.length)]!;
    },
    shuffle,
    sample: (items, n) => {
      // A partial Fisher–Yates: only the first n places are drawn, so picking 10 of 80 costs 10 draws.
      const out = [...items];
      const count = Math.min(out.length, Math.max(0, n));
      for (let i = 0; i < count; i++) {
        const j = i + Math.floor(float() * (out.length - i));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      out.length = count;
      return out;
    },
    round: (expected) => {
      const whole = Math.floor(expected);
      return whole + (float() < expected - whole ? 1 : 0);
    },
    uuid: () => {
      const bytes: number[] = [];
      for (let i = 0; i < 4; i++) {
        const word = next();
        bytes.push(word >>> 24, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff);
      }
      // Version 4 in the high nibble of byte 6; variant 10xx in byte 8 (RFC 9562), as z.uuid() checks.
      bytes[6] = (bytes[6]! & 0x0f) | 0x40;
      bytes[8] = (bytes[8]! & 0x3f) | 0x80;
      const hex = bytes.map((b) => HEX[b]!);
      return `${hex.slice(0, 4).join('')}-${hex.slice(4, 6).join('')}-${hex.slice(6, 8).join('')}-${hex.slice(8, 10).join('')}-${hex.slice(10).join('')}`;
    },
    fork: (label) => createRandom(hashLabel(seed, label)),
  };
}
