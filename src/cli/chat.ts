/** `jixiao chat [--data-dir DIR] [--user ID] [--admin] [--json]`: the terminal channel (docs/CHAT.md). */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Reply } from '../bot/messages.ts';
import { CliChannel } from '../channels/cli/channel.ts';
import { loadCoreConfig } from '../config.ts';
import { userMessageOf } from '../errors.ts';
import { loadLlmConfig } from '../llm/config.ts';
import { loadAdmins, recordAdmins } from '../query/config.ts';
import { channelIo, createAppBot } from '../server/app-bot.ts';
import { openStore, storeOptionsFrom } from '../store/open.ts';
import type { Store } from '../store/store.ts';
import { replyJson, replyText } from './chat-render.ts';

const USAGE = '用法：jixiao chat [--data-dir DIR] [--user ID] [--admin] [--json]';
const WELCOME =
  'jixiao 绩效自评助手（终端）：直接输入消息，「/upload 文件路径」上传自评表，「帮助」查看用法，Ctrl-D 结束。';

export interface ChatArgs {
  dataDir?: string;
  /** The sender id; the bot's user id is `cli:<user>`. */
  user: string;
  admin: boolean;
  json: boolean;
}

/** The arguments, or a Chinese message saying what is wrong. */
export function parseChatArgs(args: string[], loginName: string): ChatArgs | string {
  const parsed: ChatArgs = { user: loginName, admin: false, json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => inline ?? args[++i];
    switch (flag) {
      case '--json':
        parsed.json = true;
        break;
      case '--admin':
        parsed.admin = true;
        break;
      case '--data-dir':
      case '--user': {
        const v = value();
        if (!v) return `${flag} 需要一个值`;
        if (flag === '--data-dir') parsed.dataDir = v;
        else parsed.user = v.replace(/^cli:/, '');
        break;
      }
      default:
        return `未知参数：${arg}`;
    }
  }
  return parsed.user ? parsed : '--user 不能为空';
}

/** The last `--json` line: every form of the user (all for an admin), latest version of each. */
async function formsLine(store: Store, userId: string, admin: boolean) {
  const listed = await store.listForms(admin ? { limit: 1_000_000 } : { ownerId: userId, limit: 1_000_000 });
  const forms = [];
  for (const summary of listed) {
    const form = await store.getForm(summary.id);
    if (!form) continue;
    const { score, findings, missing } = form.check;
    forms.push({ id: form.formId, record: form.record, score, findings, missing });
  }
  return { forms };
}

/** A file name in the working directory that is not taken yet (`x.xlsx`, `x-2.xlsx`, …). */
function freeName(name: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length).replace(/[/\\]/g, '_');
  let candidate = `${stem}${ext}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${stem}-${n}${ext}`;
  return join('.', candidate);
}

export async function runChat(args: string[]): Promise<number> {
  const parsed = parseChatArgs(args, userInfo().username);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${USAGE}\n`);
    return 2;
  }
  const userId = `cli:${parsed.user}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...(parsed.dataDir ? { JIXIAO_DATA_DIR: parsed.dataDir } : {}),
    // Lines are handled one at a time, so one reader thread is enough (it still bounds a reader that hangs).
    JIXIAO_READ_WORKERS: process.env.JIXIAO_READ_WORKERS ?? '1',
  };
  // --json lists every row of a portfolio answer (docs/CHAT.md); a terminal reader gets the chat's page.
  if (parsed.json) env.JIXIAO_QUESTION_ROWS ??= '100000';
  if (parsed.admin) env.JIXIAO_ADMINS = [env.JIXIAO_ADMINS, userId].filter(Boolean).join(',');
  const interactive = !parsed.json;

  const tty = interactive && process.stdin.isTTY === true;
  if (tty) process.stdout.write(`${WELCOME}\n`);

  let store: Store;
  let app: ReturnType<typeof createAppBot>;
  try {
    loadLlmConfig(env); // a bad model configuration is reported before the store is opened
    store = await openStore(storeOptionsFrom(loadCoreConfig(env)));
  } catch (err) {
    process.stderr.write(`无法启动：${userMessageOf(err)}\n`);
    return 1;
  }
  try {
    // As in serve: an admin's uploads count for the department they name (migration 009), not held 待确认.
    await recordAdmins(store, loadAdmins(env));
  } catch (err) {
    await store.close();
    process.stderr.write(`无法启动：${userMessageOf(err)}\n`);
    return 1;
  }
  try {
    app = createAppBot(store, env);
  } catch (err) {
    await store.close();
    process.stderr.write(`无法启动：${userMessageOf(err)}\n`);
    return 1;
  }
  const out = (line: string) => {
    process.stdout.write(`${line}\n`);
  };
  const write = async (reply: Reply, input: number) => {
    if (parsed.json) return out(JSON.stringify(replyJson(reply, input)));
    let savedAs: string | undefined;
    if (reply.attachment) {
      savedAs = freeName(reply.attachment.name);
      await writeFile(savedAs, reply.attachment.bytes);
    }
    out(`${replyText(reply, savedAs)}\n`);
  };
  const channel = new CliChannel({ senderId: parsed.user, senderName: parsed.user, write });
  await channel.start((msg) => app.bot.handle(msg, channelIo(channel, msg)));

  const lines = createInterface({
    input: process.stdin,
    crlfDelay: Number.POSITIVE_INFINITY,
    ...(tty ? { output: process.stdout, terminal: true } : { terminal: false }),
  });
  lines.on('SIGINT', () => lines.close());
  if (tty) {
    lines.setPrompt('> ');
    lines.prompt();
  }
  try {
    let input = 0;
    for await (const line of lines) {
      await channel.line(line, ++input);
      if (tty) lines.prompt();
    }
    await app.bot.drain();
    if (tty) out(''); // leave the prompt's line
    if (parsed.json) out(JSON.stringify(await formsLine(store, userId, parsed.admin)));
    return 0;
  } finally {
    await channel.stop();
    await app.close();
    await store.close();
  }
}
