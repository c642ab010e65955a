import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ChatRef, IncomingFile, IncomingMessage, Reply } from '../../bot/messages.ts';
import { AppError } from '../../errors.ts';
import type { Channel } from '../channel.ts';

const UPLOAD = /^\/upload\s+(.+)$/;

export interface CliChannelOptions {
  /** The sender id: the bot's user is `cli:<senderId>`. */
  senderId: string;
  senderName?: string;
  /** Writes one reply (already tagged with the input line it answers). */
  write(reply: Reply, input: number): Promise<void> | void;
  /** Where relative upload paths start (default: the process's working directory). */
  cwd?: string;
}

/**
 * The terminal as a chat platform (`jixiao chat`): every input line is one message in one direct chat, `/upload PATH`
 * sends that file. Replies carry the number of the line they answer (in the chat ref), so `--json` can say so.
 */
export class CliChannel implements Channel {
  readonly name = 'cli' as const;
  private onMessage: ((msg: IncomingMessage) => Promise<void>) | null = null;

  constructor(private readonly options: CliChannelOptions) {}

  get connected() {
    return this.onMessage !== null;
  }

  async start(onMessage: (msg: IncomingMessage) => Promise<void>) {
    this.onMessage = onMessage;
  }

  async stop() {
    this.onMessage = null;
  }

  /** Handles input line `input` (1-based); resolves once every reply to it is written. */
  async line(text: string, input: number): Promise<void> {
    if (!this.onMessage) throw new Error('cli channel not started');
    const trimmed = text.trim();
    if (!trimmed) return;
    const chat: ChatRef = {
      channel: 'cli',
      chatId: this.options.senderId,
      isGroup: false,
      platform: { input: String(input) },
    };
    const msg: IncomingMessage = {
      // Unique per run: the store remembers event ids, and a second run on the same data must not be dropped.
      eventId: randomUUID(),
      chat,
      sender: {
        id: this.options.senderId,
        ...(this.options.senderName ? { name: this.options.senderName } : {}),
      },
      mentionedBot: true,
      receivedAt: new Date(),
    };
    const upload = UPLOAD.exec(trimmed);
    if (!upload) return this.onMessage({ ...msg, text: trimmed });
    const path = resolve(this.options.cwd ?? process.cwd(), unquote(upload[1] ?? ''));
    const size = await stat(path).then(
      (s) => (s.isFile() ? s.size : null),
      () => null,
    );
    if (size === null) return this.reply(chat, { text: `找不到文件：${path}，请检查路径后重新上传。` });
    return this.onMessage({ ...msg, file: { name: basename(path), size, handle: path } });
  }

  async reply(to: ChatRef, reply: Reply) {
    await this.options.write(reply, Number(to.platform?.input ?? 0));
  }

  async download(file: IncomingFile): Promise<Uint8Array> {
    return readFile(file.handle).catch((err: unknown) => {
      throw new AppError('CHANNEL_UNAVAILABLE', `无法读取文件 ${file.handle}，请检查路径和权限。`, {
        cause: err,
      });
    });
  }
}

/** `/upload "my form.docx"`: a quoted path may hold spaces. */
const unquote = (path: string) => path.trim().replace(/^(["'])(.*)\1$/, '$2');
