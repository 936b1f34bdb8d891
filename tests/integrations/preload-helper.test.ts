import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeLink {
  rel: string;
  href: string;
  onload?: () => void;
  onerror?: () => void;
}

let head: FakeLink[] = [];

beforeEach(() => {
  head = [];
  vi.stubGlobal('document', {
    createElement: () => ({}) as FakeLink,
    head: { append: (link: FakeLink) => head.push(link) },
  });
  vi.resetModules();
});

afterEach(() => vi.unstubAllGlobals());

const helper = async () => (await import('../../integrations/preload-helper.js')).__vitePreload;

describe('the import() helper', () => {
  it('asks for a lazy chunk’s imports at once, each once, before loading it', async () => {
    const preload = await helper();
    const load = vi.fn(async () => ({ default: 'drawer' }));
    await expect(preload(load, ['_astro/CartDrawer.js', '_astro/actions.js'])).resolves.toEqual({
      default: 'drawer',
    });
    await preload(load, ['_astro/actions.js']);
    expect(head.map(({ rel, href }) => `${rel} ${href}`)).toEqual([
      'modulepreload /_astro/CartDrawer.js',
      'modulepreload /_astro/actions.js',
    ]);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('adds the chunk’s stylesheet and loads the chunk once it has arrived, or failed', async () => {
    const preload = await helper();
    const load = vi.fn(async () => ({}));
    const loading = preload(load, ['_astro/CartDrawer.js', '_astro/CartDrawer.css']);
    await new Promise((resolve) => setTimeout(resolve));
    expect(head.map(({ rel }) => rel)).toEqual(['modulepreload', 'stylesheet']);
    expect(load).not.toHaveBeenCalled();
    head[1].onerror?.();
    await loading;
    expect(load).toHaveBeenCalledOnce();
  });

  it('loads a chunk without imports at once, and passes its failure on', async () => {
    const preload = await helper();
    const offline = new TypeError('Failed to fetch dynamically imported module');
    await expect(preload(() => Promise.reject(offline), undefined)).rejects.toBe(offline);
    expect(head).toEqual([]);
  });
});
