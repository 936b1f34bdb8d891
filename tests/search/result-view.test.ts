import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SRC } from '../../src/lib/images';
import { resultView, safePath } from '../../src/lib/search/result-view';

const template = 'https://cdn11.bigcommerce.com/s-abc/images/stencil/{:size}/products/1/2/mug.jpg';

describe('resultView', () => {
  it('shows the name, brand, price and a sized picture from the CDN template', () => {
    const view = resultView({
      url: '/speckled-mug/',
      excerpt: 'A <mark>mug</mark>',
      meta: {
        title: 'Speckled Mug',
        url: '/speckled-mug/',
        image: template,
        image_alt: '',
        price: '$24.00',
        brand: 'Kiln',
      },
    })!;
    expect(view).toMatchObject({
      url: '/speckled-mug/',
      name: 'Speckled Mug',
      brand: 'Kiln',
      price: '$24.00',
    });
    expect(view.image.src).toBe(template.replace('{:size}', '320w'));
    expect(view.image.srcset).toContain(`${template.replace('{:size}', '640w')} 640w`);
    expect(view.image.alt).toBe('Speckled Mug');
    expect(view.excerptHtml).toBe('A <mark>mug</mark>');
  });

  it('shows the placeholder for a missing or non-web image address', () => {
    for (const image of ['', 'javascript:alert(1)//{:size}', 'https://cdn.example/no-template.jpg']) {
      const view = resultView({ url: '/a/', meta: { title: 'A', image } })!;
      expect(view.image, image).toEqual({ src: PLACEHOLDER_SRC, alt: '' });
    }
  });

  it('links only to a path on this site', () => {
    expect(safePath('/a/b/')).toBe('/a/b/');
    for (const url of [
      'javascript:alert(1)',
      '//evil.example/',
      'https://evil.example/',
      '/\\evil.example',
      '',
    ]) {
      expect(safePath(url), url).toBeUndefined();
    }
    expect(
      resultView({ url: 'javascript:alert(1)', meta: { title: 'x', url: 'javascript:alert(1)' } }),
    ).toBeUndefined();
    expect(resultView({ url: '/from-record/', meta: { title: 'x', url: '//evil.example/' } })!.url).toBe(
      '/from-record/',
    );
  });

  it('names a record without a title by its address, and sanitises the excerpt', () => {
    const view = resultView({ url: '/a/', excerpt: '<img src=x onerror=alert(1)>', meta: {} })!;
    expect(view.name).toBe('/a/');
    expect(view.excerptHtml).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });
});
