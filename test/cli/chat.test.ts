import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, JIXIAO_BIN, jsonLines, runChat } from '../helpers/jixiao-chat.ts';
import { FORM_ROWS, wordText } from '../llm/forms.ts';

/** The small test form with its 项目负责人 left blank: the bot asks for it after the upload. */
const blankOwner = wordText(
  FORM_ROWS.map((r) => (r[0] === '项目负责人' ? ['项目负责人', '', '联系电话', '80856942'] : r)),
);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-chat-'));
  writeFileSync(join(dir, '自评表.txt'), blankOwner);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Line = Record<string, unknown> & { input?: number; text?: string; title?: string };

describe('jixiao chat --json', () => {
  it('answers line by line with the input number, then prints the user’s forms; logs never reach stdout', async () => {
    const data = join(dir, 'data');
    const input = ['帮助', '', '/upload 自评表.txt', '王小明', '/upload 没有这个文件.docx', '我的项目'].join(
      '\n',
    );
    const run = await runChat(['--json', '--data-dir', data, '--user', 'alice'], input, {
      cwd: dir,
      env: cleanEnv({ LOG_LEVEL: 'debug' }),
    });
    expect(run.code, run.stderr).toBe(0);
    const lines = jsonLines(run.stdout) as Line[];
    const forms = lines.pop() as { forms: { id: string; record: { owner: string }; score: unknown }[] };

    expect(lines[0]).toMatchObject({ input: 1, title: '绩效自评助手' });
    expect(lines.some((l) => l.input === 2)).toBe(false); // an empty line is no message
    const upload = lines.filter((l) => l.input === 3);
    expect(upload[0]).toEqual({ input: 3, text: '已收到《自评表.txt》，正在解析…' });
    expect(upload.find((l) => l.title === '统计所经费')).toMatchObject({
      table: { columns: ['项目', '分值', '表中得分', '按规则计算'] },
      items: expect.arrayContaining([expect.stringMatching(/^【缺项】项目负责人/)]),
    });
    expect(upload.at(-1)?.text).toContain('项目负责人：（空）');
    expect(
      lines
        .filter((l) => l.input === 4)
        .map((l) => JSON.stringify(l))
        .join('\n'),
    ).toContain('王小明');
    expect(lines.find((l) => l.input === 5)?.text).toMatch(/^找不到文件：.*没有这个文件\.docx/);
    expect(lines.find((l) => l.input === 6)).toMatchObject({
      title: '我的项目',
      table: {
        columns: expect.arrayContaining(['项目名称']),
        rows: [expect.arrayContaining(['统计所经费'])],
      },
    });
    expect(lines.every((l) => !('data' in l))).toBe(true);

    expect(forms.forms).toHaveLength(1);
    expect(forms.forms[0]?.record.owner).toBe('王小明');
    expect(forms.forms[0]).toMatchObject({
      score: expect.any(Object),
      findings: expect.any(Array),
      missing: [],
    });
    expect(run.stderr).toMatch(/"level":30.*"msg":"upload stored"/); // the logs went to stderr

    // Another user sees none of it; an administrator (for this run only) sees every form.
    const bob = await runChat(['--json', '--data-dir', data, '--user', 'cli:bob'], '', { cwd: dir });
    expect(jsonLines(bob.stdout)).toEqual([{ forms: [] }]);
    const admin = await runChat(['--json', '--data-dir', data, '--user', 'bob', '--admin'], '', { cwd: dir });
    expect((jsonLines(admin.stdout)[0] as typeof forms).forms.map((f) => f.id)).toEqual([forms.forms[0]?.id]);
  }, 180_000);

  it('counts an --admin upload for the department the form names (not held for confirmation)', async () => {
    const data = join(dir, 'admin-data');
    const input = ['/upload 自评表.txt', '跳过', '主管部门是北京市通州区潞源街道办事处的项目有几个'].join(
      '\n',
    );
    const run = await runChat(['--json', '--data-dir', data, '--user', 'boss', '--admin'], input, {
      cwd: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    const answer = (jsonLines(run.stdout) as Line[]).filter((l) => l.input === 3);
    expect(answer.map((l) => l.text).join('\n')).toContain('项目数：1');
  }, 180_000);

  it('exits 2 with the usage on bad arguments', () => {
    const run = spawnSync(process.execPath, [JIXIAO_BIN, 'chat', '--frobnicate'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('未知参数：--frobnicate');
    expect(run.stderr).toContain('用法：jixiao chat');
    expect(run.stdout).toBe('');
  });
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;

describe.skipIf(!hasTmux)(`jixiao chat in a terminal${hasTmux ? '' : ' (tmux is not installed)'}`, () => {
  const session = `jixiao-chat-${process.pid}`;
  // -u: UTF-8 whatever the locale of the test run, or the Chinese typed would arrive as `_`.
  const tmux = (...args: string[]) => execFileSync('tmux', ['-u', ...args], { encoding: 'utf8' });
  const screen = () => tmux('capture-pane', '-p', '-J', '-S', '-200', '-t', session);
  async function waitFor(pattern: RegExp, timeoutMs = 90_000): Promise<string> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const text = screen();
      if (pattern.test(text)) return text;
      if (Date.now() > until) throw new Error(`timed out waiting for ${pattern} on the screen:\n${text}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  afterAll(() => {
    spawnSync('tmux', ['kill-session', '-t', session]);
  });

  it('shows readable replies to what is typed, and ends on Ctrl-D', async () => {
    const data = join(dir, 'tty-data');
    const command = [process.execPath, JIXIAO_BIN, 'chat', '--data-dir', data, '--user', 'tty']
      .map((a) => `'${a}'`)
      .join(' ');
    tmux(
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '200',
      '-y',
      '50',
      '-c',
      dir,
      `${command}; echo "exit=$?"; sleep 600`,
    );
    await waitFor(/^>\s*$/m); // capture-pane drops the trailing space of the prompt
    tmux('send-keys', '-t', session, '/upload 自评表.txt', 'Enter');
    const asked = await waitFor(/项目负责人：（空）/);
    expect(asked).toContain('【统计所经费】');
    expect(asked).toMatch(/预算执行\s+10\s+9\.5\s+9\.5/); // the score table, columns aligned
    expect(asked).not.toContain('{"');
    tmux('send-keys', '-t', session, '王小明', 'Enter');
    await waitFor(/> 王小明\n[\s\S]*补全结束/);
    tmux('send-keys', '-t', session, 'C-d');
    await waitFor(/^exit=0$/m); // the prompt line was left before the shell printed this
  }, 180_000);
});
