/** Runs `astro build` into a folder in a child process and reports its wall time and peak memory. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The process's peak resident set (VmHWM) in bytes, or 0 where /proc is unavailable. */
function peakRssOf(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Figures from one build. */
export interface BuildResult {
  code: number;
  ms: number;
  /** Peak resident set of the build process in bytes, sampled from /proc (0 where unavailable). */
  peakRss: number;
  output: string;
}

/** Builds the site into `outDir` with `env` and extra CLI `args`; output is captured (and echoed with `echo`). */
export function buildSite(
  outDir: string,
  env: NodeJS.ProcessEnv,
  { echo = false, args = [] as string[] } = {},
): Promise<BuildResult> {
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir, ...args], { env, stdio: 'pipe' });
    let output = '';
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, peakRssOf(child.pid ?? 0))), 100);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (echo) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      resolve({ code: code ?? 1, ms: performance.now() - started, peakRss, output });
    });
  });
}
