import { describe, expect, it } from 'vitest';
import { createPool } from '../../src/lib/catalog/pool';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('createPool', () => {
  it('never runs more tasks at once than allowed, and runs them all', async () => {
    const pool = createPool(3);
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        pool.run(async () => {
          running += 1;
          peak = Math.max(peak, running);
          await tick();
          running -= 1;
          return i * 2;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
    expect(pool.active).toBe(0);
  });

  it('frees the slot of a failed task', async () => {
    const pool = createPool(1);
    await expect(pool.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(pool.run(async () => 'next')).resolves.toBe('next');
  });

  it('rejects a concurrency that is not a whole number of at least 1', () => {
    expect(() => createPool(0)).toThrow(RangeError);
    expect(() => createPool(1.5)).toThrow(RangeError);
  });
});
