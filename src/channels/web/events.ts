import type { ServerResponse } from 'node:http';
import type { StoredEntry } from './web-store.ts';

type Listener = (entry: StoredEntry) => void;

/** Live transcript entries per chat, for the open Server-Sent-Events streams of that chat. */
export class EventHub {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(chatId: string, listener: Listener): () => void {
    const set = this.listeners.get(chatId) ?? new Set();
    set.add(listener);
    this.listeners.set(chatId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(chatId);
    };
  }

  publish(chatId: string, entry: StoredEntry): void {
    for (const listener of this.listeners.get(chatId) ?? []) listener(entry);
  }
}

/** One SSE event; `id` lets EventSource resume after a reconnect or a server restart (Last-Event-ID). */
export function writeEvent(res: ServerResponse, entry: StoredEntry): void {
  res.write(`id: ${entry.seq}\nevent: entry\ndata: ${JSON.stringify(entry)}\n\n`);
}
