/** Counting a built site's folders: the most files, and the most entries, any one folder holds. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** The folder holding the most of something, and how many. */
export interface Busiest {
  dir: string;
  count: number;
}

/** The folders of `root` (itself included) with the most files and with the most entries of any kind. */
export async function busiestDirectories(root: string): Promise<{ files: Busiest; entries: Busiest }> {
  const files: Busiest = { dir: '.', count: 0 };
  const entries: Busiest = { dir: '.', count: 0 };
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const children = await readdir(dir, { withFileTypes: true });
    const fileCount = children.filter((child) => child.isFile()).length;
    const name = path.relative(root, dir) || '.';
    if (fileCount > files.count) Object.assign(files, { dir: name, count: fileCount });
    if (children.length > entries.count) Object.assign(entries, { dir: name, count: children.length });
    for (const child of children) if (child.isDirectory()) pending.push(path.join(dir, child.name));
  }
  return { files, entries };
}

/** Bytes and files under `dir`, at any depth. */
export async function sizeOnDisk(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}
