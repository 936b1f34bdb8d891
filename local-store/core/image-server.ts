/** Answers `GET /images/stencil/…` with generated PNGs, kept in a byte-bounded in-memory LRU cache. */
import type { Catalog } from './catalog';
import type { ApiResponse } from './http';
import { parseImagePath } from './images';
import { paintPicture } from './png';

/** A least-recently-used cache bounded by the total size of its values. */
export class LruCache {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): Buffer | undefined {
    const value = this.entries.get(key);
    if (value) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: Buffer): void {
    const existing = this.entries.get(key);
    if (existing) this.bytes -= existing.length;
    this.entries.delete(key);
    this.entries.set(key, value);
    this.bytes += value.length;
    for (const [oldest, buffer] of this.entries) {
      if (this.bytes <= this.maxBytes || this.entries.size === 1) break;
      this.entries.delete(oldest);
      this.bytes -= buffer.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Serves generated pictures for the catalog's image records. */
export class ImageServer {
  private readonly cache = new LruCache(32 * 1024 * 1024);

  constructor(private readonly catalog: Catalog) {}

  /** The PNG reply for `pathname`, or a 404. */
  serve(method: string, pathname: string): ApiResponse {
    const request = parseImagePath(this.catalog, pathname);
    if (!request) {
      return {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: 'Image not found',
      };
    }
    let png = this.cache.get(request.cacheKey);
    if (!png) {
      png = paintPicture(request.width, request.height, request.image.hue);
      this.cache.set(request.cacheKey, png);
    }
    return {
      status: 200,
      headers: {
        'content-type': 'image/png',
        'content-length': String(png.length),
        'cache-control': 'public, max-age=31536000, immutable',
        'access-control-allow-origin': '*',
      },
      body: method === 'HEAD' ? '' : png,
    };
  }
}
