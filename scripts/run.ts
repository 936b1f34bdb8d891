/** Spawns a project binary (astro) with inherited output, resolving to its exit code. */
import { spawn } from 'node:child_process';
import path from 'node:path';

/** Runs `node_modules/.bin/{bin}` with `args` and `env`; resolves with the exit code. */
export function runBin(bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const executable = path.resolve('node_modules/.bin', bin);
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
