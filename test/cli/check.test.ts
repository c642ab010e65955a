import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formRecordSchema } from '../../src/record/record.ts';
import { fixturePath, fixtureTextFiles } from '../helpers/corpus.ts';

const run = promisify(execFile);
const BIN = resolve(import.meta.dirname, '../../bin/jixiao.js');

async function jixiao(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.concurrent('jixiao check', () => {
  it(`--json prints one element per form (fixture corpus)`, async () => {
    const file = fixturePath('files', 'dev-002.docx');
    const { code, stdout } = await jixiao('check', '--json', file);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(out).toHaveLength(8);
    expect(Object.keys(out[0]!)).toEqual(
      expect.arrayContaining(['file', 'index', 'record', 'score', 'findings', 'missing']),
    );
    expect(out.map((f) => f.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const form of out) expect(formRecordSchema.safeParse(form.record).success).toBe(true);
  });

  it('prints a readable breakdown with stated and computed totals', async () => {
    const { code, stdout } = await jixiao('check', fixturePath('files', '004-001.docx'));
    expect(code).toBe(0);
    expect(stdout).toContain('总分');
    expect(stdout).toContain('参考等级');
    expect(stdout).toContain('项目负责人 （无此栏）');
  });

  it('reports each file it cannot read, with a non-zero exit and nothing on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
    const exe = join(dir, 'form.docx');
    writeFileSync(exe, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 1)]));
    const { code, stderr, stdout } = await jixiao('check', exe, join(dir, 'nope.xlsx'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/无法读取 .*form\.docx：.*(程序文件|格式|识别).*目前可读取/);
    expect(stderr).toMatch(/nope\.xlsx：文件不存在/);
  });

  it('reads pasted text from standard input (-)', async () => {
    const child = spawn(process.execPath, [BIN, 'check', '--json', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stdin.end(readFileSync(fixturePath('text', fixtureTextFiles().find((f) => f.startsWith('001'))!)));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as unknown[]).length).toBe(2);
  });

  it('explains its usage', async () => {
    const { code, stdout } = await jixiao('help');
    expect(code).toBe(0);
    expect(stdout).toContain('jixiao check FILE');
  });
});
