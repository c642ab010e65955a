/** Platform-neutral messages: every channel decodes into IncomingMessage and renders Reply. */
export type ChannelName = 'web' | 'lark' | 'dingtalk' | 'wecom' | 'wechat' | 'telegram' | 'cli';

/** Where a reply goes. `platform` keeps what the channel needs to answer (message id, sessionWebhook…). */
export interface ChatRef {
  channel: ChannelName;
  chatId: string;
  isGroup: boolean;
  platform?: Record<string, string>;
}

export interface IncomingFile {
  name: string;
  size?: number;
  mime?: string;
  /** Platform handle to download it: Lark file_key, DingTalk downloadCode, Telegram file_id, web upload id. */
  handle: string;
}

export interface IncomingMessage {
  /** Platform event id, used for de-duplication (Lark event_id, DingTalk msgId, Telegram update_id…). */
  eventId: string;
  chat: ChatRef;
  sender: { id: string; name?: string };
  /** In a group, whether the bot was @-mentioned; always true in a direct chat. */
  mentionedBot: boolean;
  text?: string;
  file?: IncomingFile;
  /** A button press: the button's action id and value. */
  action?: { id: string; value?: string };
  /** What the user sent that the bot cannot take (语音, 表情, 视频…), in Chinese: answered with a short note. */
  unsupported?: string;
  receivedAt: Date;
}

export interface ReplyButton {
  label: string;
  action: string;
  value?: string;
}

/** A neutral rich message; each channel renders it (card, markdown, HTML) and splits it to its limits. */
export interface Reply {
  title?: string;
  /** Plain text paragraphs, no markup. */
  text?: string;
  table?: { columns: string[]; rows: string[][] };
  /** Bullet list, e.g. findings or missing fields. */
  items?: string[];
  buttons?: ReplyButton[];
  attachment?: { name: string; bytes: Uint8Array; mime: string };
  /** Structured payload for rich clients (the web page draws its chart from it). */
  data?: unknown;
  /** Words of a question the parser did not use; the answer must then say so (docs/CHAT.md). */
  unplaced?: string[];
}
