/** `jixiao check FILE… [--json]`: read every form in the files, score it and print the breakdown. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { userMessageOf } from '../errors.ts';
import type { FormLlmReport } from '../extract/llm-extract.ts';
import { readWithLlm } from '../extract/read-with-llm.ts';
import type { ParsedForm } from '../ingest/document.ts';
import { createLlm, type StructuredLlm } from '../llm/client.ts';
import { loadLlmConfig } from '../llm/config.ts';
import { loadOutbound } from '../net/outbound.ts';
import { checkRecord } from '../score/check.ts';
import type { CheckResult } from '../score/types.ts';
import { renderBreakdown } from './render.ts';

export interface CheckedForm {
  file: string;
  index: number;
  parsed: ParsedForm;
  result: CheckResult;
  /** What the LLM was asked and what stayed unread (also without a model: then nothing is asked). */
  llm?: FormLlmReport;
}

async function readInput(file: string): Promise<Uint8Array> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  return readFile(file);
}

export async function checkFile(file: string, llm: StructuredLlm | null): Promise<CheckedForm[]> {
  const bytes = await readInput(file);
  const read = await readWithLlm(bytes, llm, { name: file === '-' ? 'stdin.txt' : basename(file) });
  return read.forms.map((parsed, index) => {
    const form: CheckedForm = { file, index, parsed, result: checkRecord(parsed.record) };
    const report = read.llm[index];
    return report ? { ...form, llm: report } : form;
  });
}

function toJson(form: CheckedForm) {
  const { file, index, parsed, result, llm } = form;
  return {
    file,
    index,
    record: parsed.record,
    score: result.score,
    findings: result.findings,
    missing: result.missing,
    provenance: parsed.provenance,
    notes: parsed.notes,
    llm,
  };
}

export async function runCheck(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length === 0) {
    process.stderr.write('用法：jixiao check FILE… [--json]\n');
    return 2;
  }
  const llm = createLlm(loadLlmConfig(), loadOutbound());
  const showProgress = files.length > 1 && process.stderr.isTTY;
  const out: ReturnType<typeof toJson>[] = [];
  let failed = 0;
  for (const [i, file] of files.entries()) {
    if (showProgress) process.stderr.write(`\r[${i + 1}/${files.length}] ${basename(file)}\u001b[K`);
    try {
      const forms = await checkFile(file, llm);
      if (json) out.push(...forms.map(toJson));
      else for (const form of forms) process.stdout.write(`${renderBreakdown(form, forms.length)}\n`);
    } catch (err) {
      failed++;
      const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : userMessageOf(err);
      process.stderr.write(`${showProgress ? '\n' : ''}无法读取 ${file}：${reason}\n`);
    }
  }
  if (showProgress) process.stderr.write('\n');
  if (json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}
