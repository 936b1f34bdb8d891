/**
 * `npm run cms`: the site's dev server (with the local sample store, as `npm run dev`) and Decap's
 * local backend (decap-server) together, so http://localhost:4321/admin/ edits the working tree's
 * files. `--root <dir>` edits another copy of the project instead; `--port <n>` moves the dev server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DECAP_SERVER_PORT_VARIABLE } from '../integrations/decap-admin';

const { values } = parseArgs({ options: { root: { type: 'string' }, port: { type: 'string' } } });
const root = path.resolve(values.root ?? '.');
const decapPort = process.env[DECAP_SERVER_PORT_VARIABLE] || '8081';
const bin = (name: string) => path.resolve('node_modules/.bin', name);

// decap-server writes entries under GIT_REPO_DIRECTORY (MODE fs: files in place, not commits; an
// inherited MODE, as Vite and Vitest set, would pick another); the dev server's config points the CMS at it.
const env = { ...process.env, [DECAP_SERVER_PORT_VARIABLE]: decapPort };
const children: ChildProcess[] = [
  spawn(bin('decap-server'), [], {
    cwd: root,
    env: { ...env, MODE: 'fs', PORT: decapPort, GIT_REPO_DIRECTORY: root, BIND_HOST: 'localhost' },
    stdio: 'inherit',
  }),
  spawn(
    bin('tsx'),
    [
      'scripts/with-store.ts',
      'astro',
      'dev',
      ...(values.root ? ['--root', root] : []),
      ...(values.port ? ['--port', values.port] : []),
    ],
    { env, stdio: 'inherit' },
  ),
];

console.log(`Decap's local backend: http://localhost:${decapPort}/api/v1 (editing ${root})`);
console.log(`Content manager:       http://localhost:${values.port ?? '4321'}/admin/`);

// One of the two stopping (a port taken, Ctrl-C) stops the other, with the first one's exit code.
let exiting = false;
for (const child of children) {
  child.on('exit', (code, signal) => {
    if (exiting) return;
    exiting = true;
    for (const other of children) if (other !== child && other.exitCode === null) other.kill('SIGINT');
    process.exitCode = code ?? (signal === 'SIGINT' ? 0 : 1);
  });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGINT');
  });
