import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../errors.ts';

const LOCK_FILE = 'jixiao.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DataDirLocked extends AppError {
  constructor(dir: string, holder: string) {
    super(
      'STORE_LOCKED',
      `数据目录 ${dir} 正被另一个 jixiao 进程使用（${holder}），本进程不启动。` +
        '同一个内置数据库目录只能由一个进程打开：请先停止那个进程；要运行多个实例，请改用 PostgreSQL（设置 DATABASE_URL）。' +
        `若确认没有其他进程在用，可删除 ${join(dir, LOCK_FILE)} 后再启动。`,
    );
  }
}

/**
 * Takes the data directory for this process: PGlite has no lock of its own, and two processes writing one directory
 * lose data silently. A lock left by a process that is gone (same host, pid not running) is taken over.
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, mine, { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let holder: { pid?: number; host?: string } = {};
    try {
      holder = JSON.parse(readFileSync(path, 'utf8')) as typeof holder;
    } catch {
      // unreadable or half-written: treated as held, the message says how to clear it
    }
    const sameHost = holder.host === hostname();
    if (sameHost && typeof holder.pid === 'number' && !alive(holder.pid)) {
      rmSync(path, { force: true });
      continue;
    }
    throw new DataDirLocked(dir, `pid ${holder.pid ?? '?'}，主机 ${holder.host ?? '?'}`);
  }
  throw new DataDirLocked(dir, 'lock file keeps reappearing');
}
