/** Runs `astro build` into a folder in a child process and reports its wall time and peak memory. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The process's peak (VmHWM) and current (VmRSS) resident set in bytes; 0 where /proc is unavailable. */
function rssOf(pid: number): { peak: number; now: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
    return { peak: kb('VmHWM'), now: kb('VmRSS') };
  } catch {
    return { peak: 0, now: 0 };
  }
}

/** CPU time (user + system, ms) of this process's finished children, or 0 where /proc is unavailable. */
function childrenCpuMs(): number {
  try {
    // Fields after the command name; cutime and cstime are the 14th and 15th of them, in clock ticks.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

/** One line of build output and when it arrived, in ms since the build started. */
export interface TimedLine {
  ms: number;
  text: string;
}

/** Figures from one build. */
export interface BuildResult {
  code: number;
  ms: number;
  /** Peak resident set of the build process in bytes, sampled from /proc (0 where unavailable). */
  peakRss: number;
  /** CPU time the build process used (user + system, ms; 0 where unavailable). */
  cpuMs: number;
  output: string;
  /** The output line by line, each with its arrival time (for phase timings). */
  lines: TimedLine[];
  /** Resident set samples (bytes) with their time, every 100 ms. */
  rss: { ms: number; bytes: number }[];
}

/** Settings of `buildSite`. */
export interface BuildSiteOptions {
  /** Echo the build's output as it comes. */
  echo?: boolean;
  /** Extra `astro build` arguments. */
  args?: string[];
  /** Node flags for the build process only (e.g. `--cpu-prof`), not for this process. */
  nodeArgs?: string[];
  /** The project to build (a copy of this one, say); this folder by default. */
  root?: string;
}

/** Builds the site into `outDir` with `env`; output is captured (and echoed with `echo`), with timings. */
export function buildSite(
  outDir: string,
  env: NodeJS.ProcessEnv,
  { echo = false, args = [], nodeArgs = [], root = process.cwd() }: BuildSiteOptions = {},
): Promise<BuildResult> {
  const astro = path.resolve(root, 'node_modules/astro/bin/astro.mjs');
  const started = performance.now();
  const cpuBefore = childrenCpuMs();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, astro, 'build', '--outDir', outDir, ...args], {
      cwd: root,
      env,
      stdio: 'pipe',
    });
    let output = '';
    const lines: TimedLine[] = [];
    const partials = { stdout: '', stderr: '' };
    let peakRss = 0;
    const rss: BuildResult['rss'] = [];
    const sampler = setInterval(() => {
      const { peak, now } = rssOf(child.pid ?? 0);
      peakRss = Math.max(peakRss, peak);
      if (now) rss.push({ ms: performance.now() - started, bytes: now });
    }, 100);
    const collect = (stream: keyof typeof partials) => (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      const ms = performance.now() - started;
      const parts = (partials[stream] + text).split('\n');
      partials[stream] = parts.pop() ?? '';
      for (const line of parts) lines.push({ ms, text: line });
      if (echo) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect('stdout'));
    child.stderr.on('data', collect('stderr'));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      const ms = performance.now() - started;
      for (const rest of Object.values(partials)) if (rest) lines.push({ ms, text: rest });
      resolve({ code: code ?? 1, ms, peakRss, cpuMs: childrenCpuMs() - cpuBefore, output, lines, rss });
    });
  });
}
