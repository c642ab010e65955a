import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Reply } from '../../bot/messages.ts';
import { jsonParam, type SqlExecutor } from '../../store/sql.ts';

/** What the page shows, in order: the user's messages and files, the bot's replies, notices from the server. */
export type TranscriptEntry =
  | {
      from: 'user';
      text?: string;
      file?: { name: string; size: number };
      action?: { id: string; value?: string };
    }
  | { from: 'bot'; reply: WebReply }
  | { from: 'system'; text: string };

/** A Reply as the page gets it: the attachment bytes are stored and replaced by a download URL. */
export type WebReply = Omit<Reply, 'attachment'> & {
  attachment?: { name: string; mime: string; url: string };
};

export interface StoredEntry {
  seq: number;
  at: string;
  entry: TranscriptEntry;
}

export interface StoredFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

/** The web channel's own tables (transcript, durable inbox, files) in the shared database; created when missing. */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS web_transcript (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  chat_id text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  entry jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS web_transcript_chat ON web_transcript (chat_id, seq);
CREATE TABLE IF NOT EXISTS web_inbox (
  event_id text PRIMARY KEY,
  chat_id text NOT NULL,
  message jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS web_files (
  id text PRIMARY KEY,
  chat_id text NOT NULL,
  name text NOT NULL,
  mime text NOT NULL,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS web_files_created ON web_files (created_at);
`;

type MessageJson = Omit<IncomingMessage, 'receivedAt'> & { receivedAt: string };

interface PendingAppend {
  chatId: string;
  entry: TranscriptEntry;
  resolve: (stored: StoredEntry) => void;
  reject: (err: unknown) => void;
}

/** Most transcript entries one statement writes. */
const APPEND_BATCH = 200;

export class WebStore {
  /** Entries waiting for the insert in progress to finish. */
  private appends: PendingAppend[] = [];
  private appending = false;

  constructor(private readonly sql: SqlExecutor) {}

  async init(): Promise<void> {
    await this.sql.exec(SCHEMA);
  }

  /**
   * Stores an entry; resolves once it is written, with its place in the transcript. With many chats busy, the entries
   * that arrive while one insert runs are written together by the next: one statement instead of one per reply.
   */
  append(chatId: string, entry: TranscriptEntry): Promise<StoredEntry> {
    return new Promise((resolve, reject) => {
      this.appends.push({ chatId, entry, resolve, reject });
      if (!this.appending) void this.writeAppends();
    });
  }

  private async writeAppends(): Promise<void> {
    this.appending = true;
    while (this.appends.length > 0) {
      const batch = this.appends.splice(0, APPEND_BATCH);
      try {
        // Identity values follow the SELECT's order, so sorting by seq gives the batch back in order.
        const { rows } = await this.sql.query<{ seq: string | number; at: Date | string }>(
          `INSERT INTO web_transcript (chat_id, entry)
           SELECT chat_id, entry::jsonb FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x(chat_id, entry, n)
           ORDER BY n
           RETURNING seq, at`,
          [batch.map((a) => a.chatId), batch.map((a) => JSON.stringify(a.entry))],
        );
        const stored = rows.map((r) => ({ seq: Number(r.seq), at: new Date(r.at).toISOString() }));
        stored.sort((a, b) => a.seq - b.seq);
        for (const [i, a] of batch.entries()) a.resolve({ ...stored[i]!, entry: a.entry });
      } catch (err) {
        for (const a of batch) a.reject(err);
      }
    }
    this.appending = false;
  }

  async history(chatId: string, afterSeq: number, limit = 500): Promise<StoredEntry[]> {
    const { rows } = await this.sql.query<{
      seq: string | number;
      at: Date | string;
      entry: TranscriptEntry | string;
    }>(
      `SELECT seq, at, entry FROM (
         SELECT seq, at, entry FROM web_transcript WHERE chat_id = $1 AND seq > $2 ORDER BY seq DESC LIMIT $3
       ) t ORDER BY seq`,
      [chatId, afterSeq, limit],
    );
    return rows.map((r) => ({
      seq: Number(r.seq),
      at: new Date(r.at).toISOString(),
      entry: typeof r.entry === 'string' ? (JSON.parse(r.entry) as TranscriptEntry) : r.entry,
    }));
  }

  /** Keeps a message until the bot has handled it, so a restart replays what was accepted but not answered. */
  async enqueue(msg: IncomingMessage): Promise<boolean> {
    const { rows } = await this.sql.query(
      'INSERT INTO web_inbox (event_id, chat_id, message) VALUES ($1, $2, $3::jsonb) ON CONFLICT DO NOTHING RETURNING event_id',
      [msg.eventId, msg.chat.chatId, jsonParam({ ...msg, receivedAt: msg.receivedAt.toISOString() })],
    );
    return rows.length > 0;
  }

  async done(eventId: string): Promise<void> {
    await this.sql.query('DELETE FROM web_inbox WHERE event_id = $1', [eventId]);
  }

  async pending(): Promise<IncomingMessage[]> {
    const { rows } = await this.sql.query<{ message: MessageJson | string }>(
      'SELECT message FROM web_inbox ORDER BY received_at, event_id',
    );
    return rows.map((r) => {
      const m = typeof r.message === 'string' ? (JSON.parse(r.message) as MessageJson) : r.message;
      return { ...m, receivedAt: new Date(m.receivedAt) };
    });
  }

  async saveFile(chatId: string, file: StoredFile): Promise<string> {
    const id = randomUUID();
    await this.sql.query(
      'INSERT INTO web_files (id, chat_id, name, mime, bytes) VALUES ($1, $2, $3, $4, $5)',
      [id, chatId, file.name, file.mime, file.bytes],
    );
    return id;
  }

  /** An upload's copy once the bot has it (the store keeps the file under its own retention). */
  async deleteFile(chatId: string, id: string): Promise<void> {
    await this.sql.query('DELETE FROM web_files WHERE id = $1 AND chat_id = $2', [id, chatId]);
  }

  /** Uploads never handled and export files made before `before`; returns how many went. */
  async purgeFiles(before: Date): Promise<number> {
    let purged = 0;
    for (;;) {
      const { rows } = await this.sql.query<{ id: string }>(
        `DELETE FROM web_files WHERE id IN (SELECT id FROM web_files WHERE created_at < $1 LIMIT 200) RETURNING id`,
        [before],
      );
      purged += rows.length;
      if (rows.length < 200) return purged;
    }
  }

  /** A file of this chat only: one user cannot fetch another's upload or export. */
  async file(chatId: string, id: string): Promise<StoredFile | null> {
    const { rows } = await this.sql.query<{ name: string; mime: string; bytes: Uint8Array }>(
      'SELECT name, mime, bytes FROM web_files WHERE id = $1 AND chat_id = $2',
      [id, chatId],
    );
    const row = rows[0];
    return row ? { name: row.name, mime: row.mime, bytes: new Uint8Array(row.bytes) } : null;
  }
}
