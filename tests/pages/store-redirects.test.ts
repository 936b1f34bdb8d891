import { describe, expect, it } from 'vitest';
import { pathKey } from '../../src/lib/routes/site-paths';
import { redirectLine, redirectsFile, type RedirectInput } from '../../src/lib/routes/store-redirects';

const BUILT = new Set(
  ['/', '/orbit-terrarium/', '/kitchen/', '/brands/hearth-iron/', '/about/', '/products/old.html'].map(
    pathKey,
  ),
);
const STORE = 'https://store-abc123.mybigcommerce.com';
const to = (type: string, path: string, entity_id = 7): RedirectInput['to'] & { path: string } => ({
  type,
  entity_id,
  path,
});
const redirect = (from_path: string, target: ReturnType<typeof to>): RedirectInput => ({
  from_path,
  to: { type: target.type, entity_id: target.entity_id },
  to_url: `${STORE}${target.path}`,
});

describe('redirectLine', () => {
  it('sends product, category, brand and page redirects to the entity’s path on this site', () => {
    for (const [type, path] of [
      ['product', '/orbit-terrarium/'],
      ['category', '/kitchen/'],
      ['brand', '/brands/hearth-iron/'],
      ['page', '/about/'],
    ]) {
      expect(redirectLine(redirect('/old-one/', to(type, path)), BUILT)).toEqual({
        ok: true,
        line: `/old-one/ ${path} 301`,
      });
    }
  });

  it('sends url redirects where they say, to a path or another site', () => {
    const url = (target: string): RedirectInput => ({
      from_path: '/sale/',
      to: { type: 'url', url: target },
    });
    expect(redirectLine(url('/kitchen/'), BUILT)).toEqual({ ok: true, line: '/sale/ /kitchen/ 301' });
    expect(redirectLine(url('https://help.example.com/returns'), BUILT)).toEqual({
      ok: true,
      line: '/sale/ https://help.example.com/returns 301',
    });
    expect(redirectLine(url('kitchen'), BUILT)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/neither a path/),
    });
  });

  it('leaves out redirects that would lead nowhere or never apply', () => {
    const cases: [RedirectInput, RegExp][] = [
      [redirect('/gone/', to('product', '/hidden-product/')), /not a page of the site/],
      [redirect('/kitchen/', to('product', '/orbit-terrarium/')), /is a page of the site/],
      [redirect('/Orbit-Terrarium', to('product', '/orbit-terrarium/')), /is a page of the site/],
      [redirect('/old/?colour=red', to('product', '/orbit-terrarium/')), /query string/],
      [redirect('old/', to('product', '/orbit-terrarium/')), /not a path/],
      [{ from_path: '/x/', to: { type: 'product', entity_id: 9 } }, /no URL for product 9/],
      [{ from_path: '/x/', to: { type: 'widget' } }, /unknown/],
    ];
    for (const [input, reason] of cases)
      expect(redirectLine(input, BUILT)).toMatchObject({ ok: false, reason });
  });

  it('encodes spaces, which would split a Netlify line', () => {
    expect(redirectLine(redirect('/old shelf/', to('product', '/orbit-terrarium/')), BUILT)).toEqual({
      ok: true,
      line: '/old%20shelf/ /orbit-terrarium/ 301',
    });
  });
});

describe('redirectsFile', () => {
  it('keeps the first rule for a source and lists what it left out', () => {
    const file = redirectsFile(
      [
        redirect('/a/', to('product', '/orbit-terrarium/')),
        redirect('/A/', to('category', '/kitchen/')),
        redirect('/b/', to('product', '/nowhere/')),
      ],
      BUILT,
    );
    expect(file.count).toBe(1);
    expect(file.text.split('\n').slice(1)).toEqual(['/a/ /orbit-terrarium/ 301', '']);
    expect(file.skipped.map((skip) => skip.from)).toEqual(['/A/', '/b/']);
  });

  it('is empty without redirects', () => {
    expect(redirectsFile([], BUILT)).toEqual({ text: '', count: 0, skipped: [] });
  });
});
