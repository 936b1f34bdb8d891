/** A tiny PNG encoder and the painter for the local CDN's generated product pictures. */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes 8-bit RGB pixels; `paintRow(y, row)` fills `row` (width × 3 bytes) for each line. */
export function encodePng(
  width: number,
  height: number,
  paintRow: (y: number, row: Uint8Array) => void,
): Buffer {
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  const row = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    paintRow(y, row);
    const offset = y * (stride + 1);
    raw[offset] = 1; // "Sub" filter: flat runs become zeros, so gradients and shapes deflate to almost nothing
    for (let i = 0; i < stride; i++) raw[offset + 1 + i] = (row[i] - (i >= 3 ? row[i - 3] : 0)) & 0xff;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** HSL (hue in degrees, saturation and lightness 0–1) to 8-bit RGB. */
export function hslToRgb(hue: number, saturation: number, lightness: number): [number, number, number] {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    return Math.round(255 * (lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [channel(0), channel(8), channel(4)];
}

/** A soft vertical gradient in `hue` with a darker disc in the middle: recognisable, and tiny once compressed. */
export function paintPicture(width: number, height: number, hue: number): Buffer {
  const centreX = width / 2;
  const centreY = height / 2;
  const radius = Math.min(width, height) * 0.3;
  const disc = hslToRgb((hue + 20) % 360, 0.55, 0.42);
  return encodePng(width, height, (y, row) => {
    const [r, g, b] = hslToRgb(hue, 0.45, 0.9 - (0.25 * y) / Math.max(1, height - 1));
    const dy = y + 0.5 - centreY;
    const halfChord = radius * radius > dy * dy ? Math.sqrt(radius * radius - dy * dy) : -1;
    for (let x = 0; x < width; x++) {
      const inDisc = halfChord >= 0 && Math.abs(x + 0.5 - centreX) <= halfChord;
      row[x * 3] = inDisc ? disc[0] : r;
      row[x * 3 + 1] = inDisc ? disc[1] : g;
      row[x * 3 + 2] = inDisc ? disc[2] : b;
    }
  });
}
