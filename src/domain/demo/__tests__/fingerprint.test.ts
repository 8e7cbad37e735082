// The demo's fingerprint: a SHA-256 of the generated ledger and settings for a few option sets,
// recorded before the generators were split into named stages (issue 18 item 5). Any change to
// the data a seed gives — a reordered random draw, a renamed field — changes the hash. When the
// demo is changed on purpose, record the new hashes here and say why in the commit.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TOWNSHIPS } from '../../ledger';
import { generateDemo, generateDemoSettings, type DemoOptions } from '../generate';

/** The SHA-256 (hex) of the demo's records and settings for some options. */
const fingerprint = (options: DemoOptions): string =>
  createHash('sha256')
    .update(JSON.stringify({ data: generateDemo(options), settings: generateDemoSettings(options) }))
    .digest('hex');

describe('the demo fingerprint', () => {
  it.each([
    ['the defaults', {}, 'b5c6f278acc807be060802c4f6fc158c56c70fa99cd50a18aa7cfe2ffbcbf3d1'],
    [
      'seed 7 at scale 2',
      { seed: 7, scale: 2 },
      '0f92c4265de7173aceebd8f370ccb7d8d2c643696865aa3a1ac1b82ff5a22564',
    ],
    [
      'a real township, 40 deputies, three years',
      { townshipId: TOWNSHIPS[0]!.id, deputies: 40, fromYear: 2022, toYear: 2024, seed: 11 },
      '8a7fac404e2ed3912eeda725b90354d41630b1c8757da8134e16296dee15ba53',
    ],
  ] as [string, DemoOptions, string][])('is unchanged for %s', (_name, options, expected) => {
    expect(fingerprint(options)).toBe(expected);
  });
});
