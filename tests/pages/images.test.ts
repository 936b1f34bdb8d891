import { describe, expect, it } from 'vitest';
import {
  buildSrcset,
  IMAGE_BOX,
  IMAGE_SIZES,
  imageUrl,
  PLACEHOLDER_SRC,
  responsiveImage,
  socialImageUrl,
} from '../../src/lib/images';

const template = 'https://cdn11.bigcommerce.com/s-abc/images/stencil/{:size}/products/1/2/pot.jpg?c=1';
const image = { urlTemplate: template, alt: 'A red pot' };

describe('imageUrl and buildSrcset', () => {
  it('fills the size into the template', () => {
    expect(imageUrl(template, '500x500')).toBe(
      'https://cdn11.bigcommerce.com/s-abc/images/stencil/500x500/products/1/2/pot.jpg?c=1',
    );
  });

  it('lists every width with its descriptor, smallest first', () => {
    const srcset = buildSrcset(template);
    const entries = srcset.split(', ');
    expect(entries.map((entry) => entry.split(' ')[1])).toEqual(['320w', '480w', '640w', '960w', '1280w']);
    expect(entries[0]).toBe(
      'https://cdn11.bigcommerce.com/s-abc/images/stencil/320w/products/1/2/pot.jpg?c=1 320w',
    );
  });

  it('sorts and de-duplicates custom widths', () => {
    expect(buildSrcset('/{:size}/a.png', [640, 320, 640])).toBe('/320w/a.png 320w, /640w/a.png 640w');
  });

  it('asks the CDN for 1200 pixels wide for social previews', () => {
    expect(socialImageUrl(image)).toContain('/stencil/1200w/');
  });
});

describe('responsiveImage', () => {
  it('loads the priority image eagerly and first', () => {
    const attrs = responsiveImage(image, { sizes: IMAGE_SIZES.gallery, priority: true });
    expect(attrs).toMatchObject({ loading: 'eager', fetchpriority: 'high', alt: 'A red pot', ...IMAGE_BOX });
    expect(attrs.srcset).toContain('1280w');
    expect(attrs.sizes).toBe(IMAGE_SIZES.gallery);
  });

  it('lazy-loads other images without a fetch priority', () => {
    const attrs = responsiveImage(image, { sizes: IMAGE_SIZES.card });
    expect(attrs.loading).toBe('lazy');
    expect(attrs.fetchpriority).toBeUndefined();
  });

  it('loads images above the fold eagerly without jumping the queue', () => {
    const attrs = responsiveImage(image, { sizes: IMAGE_SIZES.card, eager: true });
    expect(attrs.loading).toBe('eager');
    expect(attrs.fetchpriority).toBeUndefined();
  });

  it('always sets width and height so the layout does not shift', () => {
    for (const attrs of [
      responsiveImage(image, { sizes: '1px' }),
      responsiveImage(undefined, { sizes: '1px' }),
    ]) {
      expect(attrs.width).toBeGreaterThan(0);
      expect(attrs.height).toBeGreaterThan(0);
    }
  });

  it('falls back to the product name when the merchant left no alt text', () => {
    const attrs = responsiveImage(
      { urlTemplate: template, alt: '  ' },
      { sizes: '1px', fallbackAlt: 'Red pot' },
    );
    expect(attrs.alt).toBe('Red pot');
  });

  it('gives an image that repeats its label empty alt text', () => {
    expect(responsiveImage(image, { sizes: '1px', decorative: true }).alt).toBe('');
  });

  it('uses the decorative placeholder when there is no image', () => {
    const attrs = responsiveImage(undefined, { sizes: IMAGE_SIZES.card, fallbackAlt: 'Red pot' });
    expect(attrs).toMatchObject({ src: PLACEHOLDER_SRC, alt: '' });
    expect(attrs.srcset).toBeUndefined();
  });
});
