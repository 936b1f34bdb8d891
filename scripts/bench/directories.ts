/** Counting and comparing a built site's folders: the most files and entries any one folder holds, what differs. */
import { readdir, readFile, stat } from 'node:fs/promises';
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

/** The files, at any depth, that differ between two folders byte for byte or that only one holds. */
export async function differingFiles(a: string, b: string): Promise<string[]> {
  const files = async (dir: string) =>
    (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
  const [left, right] = await Promise.all([files(a), files(b)]);
  const inRight = new Set(right);
  const inLeft = new Set(left);
  const differing = [
    ...left.filter((file) => !inRight.has(file)),
    ...right.filter((file) => !inLeft.has(file)),
  ];
  for (const file of left.filter((name) => inRight.has(name))) {
    const [x, y] = await Promise.all([readFile(path.join(a, file)), readFile(path.join(b, file))]);
    if (!x.equals(y)) differing.push(file);
  }
  return differing.sort();
}
