import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import { seed } from './fixtures.ts';

const root = resolve(import.meta.dirname, '../..');

function remind(dataDir: string, args: string[]): string {
  return execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `const m = await import('./src/remind/cli.ts'); process.exitCode = await m.runRemind(${JSON.stringify(args)});`,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, JIXIAO_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    },
  );
}

describe('jixiao remind', () => {
  it('--dry-run prints what would be sent when, and writes nothing', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-remind-cli-'));
    try {
      const store = await openStore({ dataDir: dir });
      await seed(store, 3);
      await store.close();
      const out = remind(dir, ['--dry-run', '--now', '2026-03-12T08:00:00+08:00']);
      expect(out).toContain('2026-03-31  2025年度单位绩效自评  全部部门  默认');
      expect(out).toContain('2026-03-17 09:30  T-14  2025年度单位绩效自评（截止 2026-03-31）：4 条');
      expect(out).toContain('2026-03-30 09:30  T-1');
      expect(out).toContain('→ user:lark:ou_2');
      expect(out).not.toContain('已写入');
      const again = await openStore({ dataDir: dir });
      const { rows } = await again.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM reminders');
      await again.close();
      expect(rows[0]?.n).toBe(0);
      expect(remind(dir, ['--now', '2026-03-12T08:00:00+08:00'])).toContain('已写入计划表：新增 12 条');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
