import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { startBuildHookReceiver } from './build-hook-receiver';
import { delivery, payload, SECRET } from './deliveries';

it('npm run webhooks:serve prints its URL and calls the build hook for a delivery', async () => {
  const receiver = await startBuildHookReceiver();
  const stateDir = mkdtempSync(join(tmpdir(), 'webhooks-cli-'));
  const child = spawn(
    join(process.cwd(), 'node_modules/.bin/tsx'),
    ['scripts/webhooks-serve.ts', '--port', '0', '--tick-seconds', '0.2', '--state-dir', stateDir],
    {
      env: {
        ...process.env,
        BIGCOMMERCE_WEBHOOK_SECRET: SECRET,
        NETLIFY_BUILD_HOOK_URL: receiver.url,
        REBUILD_DEBOUNCE_SECONDS: '0.2',
        REBUILD_MAX_DELAY_SECONDS: '2',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /listening at (\S+)/.exec(out);
        if (found) resolve(found[1]);
      });
      child.once('exit', (code) =>
        reject(new Error(`webhooks:serve exited (${code}) before printing its URL`)),
      );
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/bigcommerce\/webhook$/);
    const sku = payload('store/sku/created', { type: 'sku', id: 77, sku: { product_id: 112 } }, 'cli-1');
    expect((await fetch(delivery(url, sku))).status).toBe(200);
    const [call] = await receiver.waitFor(1);
    expect(call.request).toMatchObject({ products: [112], skus: [77], scopes: ['store/sku/created'] });
    expect(call.title).toBe('webhook: store/sku/created (2 entities changed, 1 deliveries)');
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await receiver.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
});
