import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Sha256, sha256HexSync } from '../sha256';

describe('sha256HexSync', () => {
  // FIPS 180-4 / NIST CSRC example vectors.
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('hashes %j as FIPS 180-4 says', (input, expected) => {
    expect(sha256HexSync(input)).toBe(expected);
  });

  it('agrees with Node crypto on every length around the block boundaries, text and bytes', () => {
    for (let length = 0; length <= 200; length++) {
      const text = '湘乡a'.repeat(length).slice(0, length);
      expect(sha256HexSync(text), `length ${length}`).toBe(createHash('sha256').update(text).digest('hex'));
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(sha256HexSync(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('hashes one million "a" (the long FIPS vector)', () => {
    expect(sha256HexSync('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });
});

describe('Sha256 (incremental)', () => {
  it('gives the same hash fed in pieces, and can be read in between', () => {
    const hash = new Sha256();
    const node = createHash('sha256');
    for (let i = 0; i < 300; i++) {
      const piece = `id-${i}\n`;
      hash.update(piece);
      node.update(piece);
      if (i % 97 === 0) expect(hash.hex()).toBe(node.copy().digest('hex'));
    }
    expect(hash.hex()).toBe(node.digest('hex'));
  });
});
