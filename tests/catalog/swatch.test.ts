import { describe, expect, it } from 'vitest';
import { swatchBackground } from '../../src/lib/catalog/swatch';

describe('swatchBackground', () => {
  it('fills a swatch with one colour', () => {
    expect(swatchBackground(['#c0392b'])).toBe('#c0392b');
    expect(swatchBackground([' #FFF '])).toBe('#FFF');
  });

  it('draws two or three colours as equal hard-edged stripes', () => {
    expect(swatchBackground(['#fff', '#000'])).toBe('linear-gradient(90deg, #fff 0% 50%, #000 50% 100%)');
    expect(swatchBackground(['#ff0000', '#00ff00', '#0000ff'])).toBe(
      'linear-gradient(90deg, #ff0000 0% 33.33%, #00ff00 33.33% 66.67%, #0000ff 66.67% 100%)',
    );
  });

  it('drops anything that is not a hex colour, so no CSS can be injected', () => {
    expect(swatchBackground(['red;background:url(x)'])).toBeUndefined();
    expect(swatchBackground(['red'])).toBeUndefined();
    expect(swatchBackground(['#fff;background:url(x)', '#000'])).toBe('#000');
    expect(swatchBackground(['#12345', '#abcdef', 'url(x)', '#123'])).toBe(
      'linear-gradient(90deg, #abcdef 0% 50%, #123 50% 100%)',
    );
    expect(swatchBackground([])).toBeUndefined();
    expect(swatchBackground(undefined)).toBeUndefined();
  });
});
