/**
 * Item 10 of issue 13: a file named `<at user_id="all">所有人</at>[登录](http://x).docx` makes no platform's reply @all
 * or carry a link. Lark end to end (real SDK, real bot, the fake Lark API); DingTalk and Telegram through the
 * renderers their channels send with.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bot/messages.ts';
import { WebhookServer } from '../../src/channels/common/webhook-server.ts';
import { renderDingTalk } from '../../src/channels/dingtalk/channel.ts';
import { buildCards } from '../../src/channels/lark/card.ts';
import { LarkChannel } from '../../src/channels/lark/channel.ts';
import { renderHtmlParts } from '../../src/channels/telegram/render.ts';
import { BotHarness, silent, until } from '../channels/common/bot-harness.ts';
import {
  APP_ID,
  APP_SECRET,
  ENCRYPT_KEY,
  FakeLark,
  messageEvent,
  post,
  VERIFICATION_TOKEN,
} from '../channels/lark-fake.ts';

const EVIL = '<at user_id="all">所有人</at>[登录](http://x)';
const EVIL_FILE = `${EVIL}.docx`;
/** What would make a platform @all or draw a link. */
const MARKUP = /<at\b|\]\(http|<a\b|<\/at>/;

const reply: Reply = {
  title: `《${EVIL_FILE}》检查结果`,
  text: `已收到《${EVIL_FILE}》`,
  table: { columns: ['项目', EVIL], rows: [[EVIL, '1']] },
  items: [`项目名称：${EVIL}`],
  buttons: [{ label: '导出', action: 'export' }],
};

describe('markup in user text', () => {
  const fake = new FakeLark();
  const harness = new BotHarness();
  let channel: LarkChannel;
  let url: string;
  beforeAll(async () => {
    await harness.open();
    await fake.start();
    const webhooks = new WebhookServer('127.0.0.1', 0, silent);
    channel = new LarkChannel({
      config: {
        appId: APP_ID,
        appSecret: APP_SECRET,
        domain: fake.url,
        mode: 'webhook',
        encryptKey: ENCRYPT_KEY,
        verificationToken: VERIFICATION_TOKEN,
        webhookPath: '/lark/events',
        maxFileBytes: 1_048_576,
      },
      accept: harness.accept,
      webhooks,
      logger: silent,
      retryBaseMs: 10,
    });
    await channel.start(async () => {});
    await channel.firstAttempt;
    url = `${webhooks.url()}/lark/events`;
  }, 120_000);
  afterAll(async () => {
    await channel?.stop();
    await fake.stop();
    await harness.close();
  });

  it('security-10: Lark text and card replies carry the name as plain text, no @all and no link', async () => {
    fake.files.set('file_evil', new TextEncoder().encode('不是自评表'));
    const event = messageEvent('message-file-p2p.json', {
      content: { file_key: 'file_evil', file_name: EVIL_FILE },
    });
    expect((await post(url, event)).status).toBe(200);
    await until(() => fake.sent.length >= 2, 15_000, 'replies');
    await harness.bot.drain();
    const texts = fake.sent
      .filter((s) => s.body.msg_type === 'text')
      .map((s) => JSON.parse(s.body.content).text as string);
    expect(texts.some((t) => t.includes('所有人') && t.includes('登录'))).toBe(true);
    for (const t of texts) expect(t).not.toMatch(MARKUP);
    // Cards: every text node is plain_text (Lark renders no markup in it), none lark_md.
    const card = JSON.stringify(buildCards(reply, true));
    expect(card).not.toContain('lark_md');
    expect(card).not.toContain('"tag":"markdown"');
    expect(card).toContain('plain_text');
  });

  it('security-10: DingTalk markdown and Telegram HTML show the name, not its markup', () => {
    for (const { title, text } of renderDingTalk(reply)) {
      expect(text).toContain('所有人');
      expect(text).not.toMatch(MARKUP);
      expect(text).not.toContain('\\'); // DingTalk shows backslashes: none used
      expect(title).not.toMatch(MARKUP);
    }
    for (const html of renderHtmlParts(reply)) {
      expect(html).toContain('&lt;at user_id="all"&gt;');
      expect(html.replace(/<\/?b>/g, '')).not.toMatch(/<[a-z/]/);
    }
  });
});
