import type { Reply } from '../../bot/messages.ts';
import { defuseMarkup } from '../common/escape.ts';
import { renderMarkdownParts } from '../common/render-markdown.ts';
import { renderTextParts } from '../common/render-text.ts';
import type { AppMessage } from './api.ts';

/** message/send and appchat/send: text and markdown content up to 2048 bytes. */
export const APP_MAX_BYTES = 2048;
/** 群机器人 webhook markdown: 4096 bytes. */
export const WEBHOOK_MAX_BYTES = 4096;

/**
 * A Reply as WeCom messages. WeCom markdown has headings, bold, quotes, links and <font> but no tables and no escape
 * character, so user text is defused (full-width look-alikes) and table rows become bullets. `text` is for users who
 * read app messages in 微信, which shows no markdown. The attachment is sent separately as a file message.
 */
export function renderWecom(
  reply: Reply,
  format: 'markdown' | 'text',
  maxBytes = APP_MAX_BYTES,
): AppMessage[] {
  const { attachment: _sentAsFile, ...rest } = reply;
  if (format === 'text') {
    return renderTextParts(rest, { maxChars: maxBytes, maxBytes }).map((content) => ({
      msgtype: 'text',
      text: { content },
    }));
  }
  return renderMarkdownParts(rest, { maxChars: maxBytes, maxBytes, escape: defuseMarkup }).map((content) => ({
    msgtype: 'markdown',
    markdown: { content },
  }));
}

/** The passive reply (an XML text message) carries plain text only. */
export function renderPassiveText(reply: Reply): string[] {
  const { attachment: _sentAsFile, ...rest } = reply;
  return renderTextParts(rest, { maxChars: APP_MAX_BYTES, maxBytes: APP_MAX_BYTES });
}

/** A 群机器人 webhook message: markdown up to 4096 bytes; it takes no file from us, so the attachment note stays. */
export function renderWebhook(reply: Reply): { msgtype: 'markdown'; markdown: { content: string } }[] {
  return renderMarkdownParts(reply, {
    maxChars: WEBHOOK_MAX_BYTES,
    maxBytes: WEBHOOK_MAX_BYTES,
    escape: defuseMarkup,
  }).map((content) => ({ msgtype: 'markdown', markdown: { content } }));
}

/** Robot markdown messages (aibot_send_msg): kept to the 群机器人 size, 4096 bytes. */
export const ROBOT_MAX_BYTES = WEBHOOK_MAX_BYTES;
