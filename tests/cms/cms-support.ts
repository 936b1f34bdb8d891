/**
 * `npm run cms` on a scratch copy of the project, for browser tests of the admin UI: entries the
 * tests write land in the copy, never in the working tree other tests build from.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { copyProject } from '../support/project-copy';

/** A running `npm run cms` on a copy of the project. */
export interface CmsSession {
  /** The copy's root: its `src/content/` is what the CMS edits. */
  root: string;
  /** The dev server's origin, with the admin UI at `/admin/`. */
  origin: string;
  /** What both servers printed so far, for a failure's message. */
  output(): string;
  stop(): Promise<void>;
}

/** Two free ports, held together while chosen so that they differ. */
async function freePorts(): Promise<[number, number]> {
  const servers = [createServer(), createServer()];
  await Promise.all(
    servers.map((server) => new Promise((resolve) => server.listen(0, 'localhost', () => resolve(null)))),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return [ports[0], ports[1]];
}

async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  child: ChildProcess,
  output: () => string,
) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm run cms exited (${child.exitCode}):\n${output()}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not start:\n${output().slice(-3000)}`);
}

// The environment of a shell, not of Vitest: Astro's dev server serves no pages when it sees VITEST.
const shellEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST|MODE$|NODE_ENV$|TEST$)/.test(name)),
  );

/** Copies the project, starts `npm run cms -- --root <copy>` on free ports and waits for both servers. */
export async function startCms(): Promise<CmsSession> {
  const root = await copyProject('storefront-cms-');
  const [devPort, decapPort] = await freePorts();
  const child = spawn('npm', ['run', 'cms', '--', '--root', root, '--port', String(devPort)], {
    env: { ...shellEnv(), DECAP_SERVER_PORT: String(decapPort), LOCAL_STORE_PORT: '0' },
    stdio: 'pipe',
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://localhost:${devPort}`;
  const stop = async () => {
    // npm, tsx, astro and decap-server share the process group started here.
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    await rm(root, { recursive: true, force: true });
  };
  try {
    const decap = () =>
      fetch(`http://localhost:${decapPort}/api/v1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      }).then((response) => response.ok);
    await waitFor(decap, 'decap-server', child, () => output);
    await waitFor(
      () => fetch(`${origin}/admin/config.yml`).then((r) => r.ok),
      'The dev server',
      child,
      () => output,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { root, origin, output: () => output, stop };
}
