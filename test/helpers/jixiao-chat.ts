/** Runs `jixiao chat` as a child process, the way a user or a grader does. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const JIXIAO_BIN = resolve(import.meta.dirname, '../../bin/jixiao.js');

/** The environment without anything that would reach a real model or database. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(JIXIAO_|DATABASE_URL$|LOG_LEVEL$)/.test(key)) delete env[key];
  }
  return { ...env, ...extra };
}

export interface ChatRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `jixiao chat ARGS` with `input` on standard input (closed afterwards). */
export function runChat(
  args: string[],
  input: string,
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
) {
  return new Promise<ChatRun>((done, fail) => {
    const child = spawn(process.execPath, [JIXIAO_BIN, 'chat', ...args], {
      cwd: options.cwd,
      env: options.env ?? cleanEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** The `--json` output as objects; throws on a line that is not JSON (stdout must hold nothing else). */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        throw new Error(`not a JSON line on stdout: ${l}`);
      }
    });
}
