import { readdir, readFile } from 'node:fs/promises';
import { extname } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface StaticFile {
  type: string;
  body: Buffer;
}

/** The page's files, read once: only names in this folder are served, so no path can escape it. */
export async function loadPage(
  dir: URL = new URL('./page/', import.meta.url),
): Promise<Map<string, StaticFile>> {
  const files = new Map<string, StaticFile>();
  for (const name of await readdir(dir)) {
    const type = TYPES[extname(name)];
    if (type) files.set(`/${name}`, { type, body: await readFile(new URL(name, dir)) });
  }
  const index = files.get('/index.html');
  if (index) files.set('/', index);
  return files;
}
