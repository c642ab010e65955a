/**
 * Runs scripted dialogues through the real terminal channel (`jixiao chat --json`, the shared bot, PGlite in a temp
 * dir) and checks each one against the final `{"forms": …}` line: the record must be exactly the uploaded form's
 * reading with only the expected fields changed, every write must be echoed with 「撤销」, and the replies must say
 * what the dialogue expects.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setPath } from '../../src/bot/fields.ts';
import { readTextForms } from '../../src/ingest/text.ts';
import type { FormRecord } from '../../src/record/record.ts';
import { cleanEnv, jsonLines, runChat } from '../helpers/jixiao-chat.ts';
import { type FormSpec, formText } from './forms.ts';

export interface ReplyCheck {
  /** Index into `say` of the line whose replies are checked. */
  line: number;
  has?: (string | RegExp)[];
  lacks?: (string | RegExp)[];
}

export interface Dialogue {
  id: string;
  /** What the clerk does, in a few words. */
  about: string;
  form: FormSpec;
  /** What the clerk types after the upload, one message per line. */
  say: string[];
  /** Fields that end up changed (path → value in the record); every other field must keep the uploaded value. */
  changed?: Record<string, unknown>;
  /** How many writes (「已更新」 replies) the dialogue makes; default: 0 when nothing changes. */
  writes?: number;
  replies?: ReplyCheck[];
}

interface JsonReply {
  input?: number;
  title?: string;
  text?: string;
  items?: string[];
}
interface FormsLine {
  forms: { id: string; record: FormRecord; missing: { path: string }[] }[];
}

export interface DialogueResult {
  id: string;
  failures: string[];
  /** The replies after the upload, line by line (for a failure's message). */
  transcript: string;
}

const COMPARED: (keyof FormRecord)[] = [
  'year',
  'projectName',
  'department',
  'implementingUnit',
  'owner',
  'phone',
  'funds',
  'goals',
  'indicators',
  'totalWeight',
  'totalScore',
];

const projectName = (d: Dialogue) => `对话-${d.id}`;
const show = (r: JsonReply) => [r.title, r.text, ...(r.items ?? [])].filter(Boolean).join(' / ');
const matches = (text: string, p: string | RegExp) =>
  typeof p === 'string' ? text.includes(p) : p.test(text);

/** The record as the reader reads the uploaded text, with the expected changes applied. */
function expectedRecord(d: Dialogue): FormRecord {
  const form = readTextForms(formText(projectName(d), d.form)).forms[0];
  if (!form) throw new Error(`dialogue ${d.id}: the reader found no form`);
  let record = form.record;
  for (const [path, value] of Object.entries(d.changed ?? {})) record = setPath(record, path, value);
  return record;
}

function differences(actual: FormRecord, expected: FormRecord): string[] {
  const out: string[] = [];
  const walk = (a: unknown, e: unknown, path: string) => {
    if (JSON.stringify(a) === JSON.stringify(e)) return;
    if (a && e && typeof a === 'object' && typeof e === 'object' && !Array.isArray(a) === !Array.isArray(e)) {
      const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
      for (const k of keys)
        walk((a as Record<string, unknown>)[k], (e as Record<string, unknown>)[k], `${path}.${k}`);
      return;
    }
    out.push(`${path.slice(1)}: ${JSON.stringify(a)}, expected ${JSON.stringify(e)}`);
  };
  for (const key of COMPARED) walk(actual[key], expected[key], `.${key}`);
  return out;
}

/** Runs the dialogues one after another in one `jixiao chat --json` session (each starts with its own upload). */
export async function runDialogues(dialogues: Dialogue[]): Promise<DialogueResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-dialogues-'));
  try {
    const lines: string[] = [];
    const firstInput = new Map<string, number>();
    for (const d of dialogues) {
      const file = `${d.id}.txt`;
      writeFileSync(join(dir, file), formText(projectName(d), d.form));
      lines.push(`/upload ${file}`);
      firstInput.set(d.id, lines.length + 1);
      lines.push(...d.say);
    }
    const run = await runChat(
      ['--json', '--data-dir', join(dir, 'data'), '--user', 'clerk'],
      `${lines.join('\n')}\n`,
      {
        cwd: dir,
        env: cleanEnv(),
      },
    );
    if (run.code !== 0) throw new Error(`jixiao chat exited ${run.code}: ${run.stderr.slice(-2000)}`);
    const out = jsonLines(run.stdout);
    const forms = (out.pop() as unknown as FormsLine).forms;
    const replies = out as JsonReply[];
    return dialogues.map((d) => {
      const start = firstInput.get(d.id) ?? 0;
      const of = (i: number) => replies.filter((r) => r.input === start + i);
      const transcript = d.say
        .map(
          (said, i) =>
            `> ${said}\n${of(i)
              .map((r) => `  ${show(r)}`)
              .join('\n')}`,
        )
        .join('\n');
      const failures: string[] = [];
      const form = forms.find((f) => f.record.projectName === projectName(d));
      if (!form) failures.push('the form is not in the forms line');
      else failures.push(...differences(form.record, expectedRecord(d)));
      const all = d.say.flatMap((_, i) => of(i));
      const writes = all.filter((r) => r.title === '已更新');
      for (const w of writes)
        if (!/已将.*，回复「撤销」恢复。|已新增.*，回复「撤销」恢复。/.test(w.text ?? ''))
          failures.push(`a write without the undo echo: ${show(w)}`);
      const expectedWrites = d.writes ?? (Object.keys(d.changed ?? {}).length === 0 ? 0 : undefined);
      if (expectedWrites !== undefined && writes.length !== expectedWrites)
        failures.push(`${writes.length} writes, expected ${expectedWrites}`);
      for (const check of d.replies ?? []) {
        const text = of(check.line).map(show).join('\n');
        for (const p of check.has ?? [])
          if (!matches(text, p)) failures.push(`reply to 「${d.say[check.line]}」 lacks ${p}`);
        for (const p of check.lacks ?? [])
          if (matches(text, p)) failures.push(`reply to 「${d.say[check.line]}」 has ${p}`);
      }
      return { id: d.id, failures, transcript };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
