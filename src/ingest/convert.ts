import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { parseConfig } from '../config.ts';
import { FormUnreadable } from '../errors.ts';
import { log } from '../log.ts';

const logger = log.child({ module: 'ingest/convert' });

export const convertConfigSchema = z.object({
  /** Path of LibreOffice's `soffice`; when unset it is looked up on PATH. */
  JIXIAO_SOFFICE: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().optional(),
  ),
});

export type LegacyFormat = 'doc' | 'xls';
const TARGET: Record<LegacyFormat, 'docx' | 'xlsx'> = { doc: 'docx', xls: 'xlsx' };
const NAME_ZH: Record<LegacyFormat, string> = { doc: 'Word（.doc）', xls: 'Excel（.xls）' };

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The soffice to run: JIXIAO_SOFFICE when set (and nothing else), otherwise `soffice`/`libreoffice` on PATH. */
export function findSoffice(env: Record<string, string | undefined> = process.env): string | undefined {
  const { JIXIAO_SOFFICE } = parseConfig(convertConfigSchema, env);
  if (JIXIAO_SOFFICE) return isExecutable(JIXIAO_SOFFICE) ? JIXIAO_SOFFICE : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

export function converterMissing(format: LegacyFormat): FormUnreadable {
  return new FormUnreadable(
    'CONVERTER_MISSING',
    `这是旧版 ${NAME_ZH[format]} 文件，本服务器未安装转换工具（LibreOffice），无法直接读取。请用 Word/WPS 或 Excel 打开后“另存为” .${TARGET[format]} 格式，再上传。`,
  );
}

function conversionFailed(format: LegacyFormat, detail: string, cause?: unknown): FormUnreadable {
  return new FormUnreadable(
    'FILE_UNREADABLE',
    `旧版 ${NAME_ZH[format]} 文件转换失败（文件可能已损坏或设有密码）。请用 Word/WPS 或 Excel 打开后“另存为” .${TARGET[format]} 格式，再上传。`,
    { detail, cause },
  );
}

function run(
  command: string,
  args: string[],
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<{ code: number | null; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    // Own process group, so a hung soffice and its children can be killed together.
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    let timedOut = false;
    const kill = () => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(kill, timeoutMs);
    signal?.addEventListener('abort', kill, { once: true });
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', kill);
      resolve({ code, timedOut });
    });
  });
}

export interface ConvertOptions {
  timeoutMs: number;
  maxBytes: number;
  env?: Record<string, string | undefined>;
  signal?: AbortSignal;
}

/**
 * .doc/.xls → .docx/.xlsx bytes with LibreOffice headless, in a private temp dir and user profile
 * (parallel conversions do not share a profile lock), killed after `timeoutMs`.
 */
export async function convertLegacy(
  bytes: Uint8Array,
  format: LegacyFormat,
  options: ConvertOptions,
): Promise<Uint8Array> {
  const soffice = findSoffice(options.env);
  if (!soffice) throw converterMissing(format);
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-convert-'));
  try {
    const input = join(dir, `upload.${format}`);
    const output = join(dir, 'out', `upload.${TARGET[format]}`);
    await writeFile(input, bytes);
    const started = Date.now();
    const result = await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--invisible',
        '--nologo',
        '--norestore',
        '--nolockcheck',
        '--nodefault',
        '--convert-to',
        TARGET[format],
        '--outdir',
        join(dir, 'out'),
        input,
      ],
      options.timeoutMs,
      options.signal,
    ).catch((err: unknown) => {
      throw conversionFailed(format, 'soffice did not start', err);
    });
    logger.info(
      { format, ms: Date.now() - started, code: result.code, timedOut: result.timedOut },
      'legacy conversion',
    );
    if (result.timedOut) {
      throw new FormUnreadable(
        'FILE_UNREADABLE',
        `旧版 ${NAME_ZH[format]} 文件转换超时。请用 Word/WPS 或 Excel 打开后“另存为” .${TARGET[format]} 格式，再上传。`,
      );
    }
    const size = await stat(output).then(
      (s) => s.size,
      () => -1,
    );
    if (size <= 0) throw conversionFailed(format, `no output (exit ${result.code})`);
    if (size > options.maxBytes) {
      throw new FormUnreadable('FILE_TOO_LARGE', '文件转换后超过大小上限，请拆分后再上传。');
    }
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
