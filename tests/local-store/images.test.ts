import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStore } from '../../local-store/index';
import { gqlOk, startFixtureStore } from './helpers';

/** Parses a PNG strictly enough to prove it is one: signature, chunk CRCs, IHDR, and IDAT inflating to the right size. */
function decodePng(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  const idat: Buffer[] = [];
  let header: { width: number; height: number; bitDepth: number; colourType: number } | undefined;
  const types: string[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    const crc = bytes.readUInt32BE(offset + 8 + length);
    expect(crc).toBe(crc32(bytes.subarray(offset + 4, offset + 8 + length)));
    types.push(type);
    if (type === 'IHDR') {
      header = {
        width: data.readUInt32BE(0),
        height: data.readUInt32BE(4),
        bitDepth: data[8],
        colourType: data[9],
      };
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  expect(types[0]).toBe('IHDR');
  expect(types.at(-1)).toBe('IEND');
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe(header!.height * (1 + header!.width * 3));
  return { ...header!, raw };
}

// An independent CRC-32 so the test does not trust the encoder's own checksum code.
function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('local store image CDN', () => {
  let store: LocalStore;
  let template: string;
  beforeAll(async () => {
    store = await startFixtureStore();
    const { site } = await gqlOk(store, '{ site { product(entityId: 1) { defaultImage { urlTemplate } } } }');
    template = site.product.defaultImage.urlTemplate;
  });
  afterAll(() => store.stop());

  const fetchPng = async (size: string) => {
    const response = await fetch(template.replace('{:size}', size));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    return { response, png: decodePng(Buffer.from(await response.arrayBuffer())) };
  };

  it('serves a real PNG of the requested width, keeping the 4:3 aspect', async () => {
    const { png, response } = await fetchPng('500w');
    expect(png).toMatchObject({ width: 500, height: 375, bitDepth: 8, colourType: 2 });
    expect(response.headers.get('cache-control')).toContain('max-age');
    expect(Number(response.headers.get('content-length'))).toBeLessThan(20_000);
  });

  it('fits a width × height box, serves the original size, and caps at 2560', async () => {
    expect((await fetchPng('400x400')).png).toMatchObject({ width: 400, height: 300 });
    expect((await fetchPng('original')).png).toMatchObject({ width: 1200, height: 900 });
    expect((await fetchPng('4000w')).png).toMatchObject({ width: 2560, height: 1920 });
  });

  it('paints in the record’s hue: different images get different colours', async () => {
    const { png: green } = await fetchPng('20w');
    const other = await fetch(
      template.replace('{:size}', '20w').replace('/11/orbit-terrarium.png', '/12/orbit-terrarium-side.png'),
    );
    const blue = decodePng(Buffer.from(await other.arrayBuffer()));
    // First pixel of the first row (filter byte, then R G B).
    expect([...green.raw.subarray(1, 4)]).not.toEqual([...blue.raw.subarray(1, 4)]);
  });

  it('serves category and brand images too, and 404s for unknown ones', async () => {
    const { site } = await gqlOk(
      store,
      '{ site { category(entityId: 1) { defaultImage { url(width: 64) } } brand(entityId: 1) { defaultImage { url(width: 32, height: 32) } } } }',
    );
    const category = await fetch(site.category.defaultImage.url);
    expect(decodePng(Buffer.from(await category.arrayBuffer())).width).toBe(64);
    const brand = await fetch(site.brand.defaultImage.url);
    expect(decodePng(Buffer.from(await brand.arrayBuffer()))).toMatchObject({ width: 32, height: 24 });
    expect((await fetch(template.replace('{:size}', '100w').replace('/11/', '/99/'))).status).toBe(404);
    expect(
      (await fetch(template.replace('{:size}', '100w').replace('orbit-terrarium.png', 'other.png'))).status,
    ).toBe(404);
  });
});
