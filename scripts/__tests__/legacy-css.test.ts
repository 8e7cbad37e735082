import { describe, expect, it } from 'vitest';
import { legacyCss, lowerMediaRanges, unwhere } from '../legacy-css.mjs';

describe('legacyCss (styles for browsers without @layer and :where)', () => {
  it('unwraps the layers in their order and leaves plain rules to the original sheet', () => {
    const css = legacyCss([
      '@layer a, b; @layer b { .x { color: red } } @layer a { .y { color: blue } } .z { color: green }',
    ]);
    expect(css).not.toContain('@layer');
    expect(css.indexOf('.y')).toBeLessThan(css.indexOf('.x'));
    expect(css).not.toContain('.z');
  });

  it("rewrites Astro's :where(.astro-…) scoping, also in unlayered rules", () => {
    const css = legacyCss([
      '.card:where(.astro-abc) > a { color: red } @media (min-width: 50rem) { p:where(.astro-d) { margin: 0 } }',
    ]);
    expect(css).toContain('.card.astro-abc > a');
    expect(css).toContain('p.astro-d');
    expect(css).toContain('@media (min-width: 50rem)');
  });

  it('drops what it cannot rewrite', () => {
    expect(unwhere('[lang]:where(:lang(zh),:lang(ja))')).toBeNull();
    expect(unwhere('a:where(.b):where(.c) span')).toBe('a.b.c span');
  });

  it('writes media ranges as min-/max-width, and copies unlayered blocks that use them', () => {
    expect(lowerMediaRanges('(width>=72rem)')).toBe('(min-width: 72rem)');
    expect(lowerMediaRanges('screen and (width<50em)')).toBe('screen and (max-width: 49.999em)');
    expect(lowerMediaRanges('(min-width: 50rem)')).toBeNull();
    const css = legacyCss([
      '@media (width>=72rem) { .wide { display: flex } } @media (min-width: 1px) { .old { color: red } }',
    ]);
    expect(css).toContain('@media (min-width: 72rem)');
    expect(css).toContain('.wide');
    expect(css).not.toContain('.old');
  });
});
