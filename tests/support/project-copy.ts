/** A scratch copy of the project, for tests that must write into it (content files, say). */
import { cp, mkdtemp, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

// What the copy leaves out: dependencies (linked instead), build output, caches and history.
const LEFT_OUT = new Set(['node_modules', 'dist', '.git', '.astro', '.netlify', 'coverage']);

/** Copies the project into a new temporary folder, its `node_modules` linked, and answers the folder. */
export async function copyProject(prefix: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), prefix));
  await cp(process.cwd(), root, {
    recursive: true,
    filter: (source) => !LEFT_OUT.has(path.relative(process.cwd(), source).split(path.sep)[0]),
  });
  await symlink(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}
