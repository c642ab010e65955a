import type { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileBox } from 'file-box';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Wechaty, WechatyBuilder } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { WechatChannel } from '../../src/channels/wechat/channel.ts';
import { loadWechatConfig, type WechatConfig } from '../../src/channels/wechat/config.ts';
import { fixturePath } from '../helpers/corpus.ts';
import { BotHarness, silent, until } from './common/bot-harness.ts';

const CONFIG: WechatConfig = {
  puppet: 'wechaty-puppet-mock',
  puppetOptions: {},
  session: 'jixiao-wechat-test',
  maxFileBytes: 20 * 1_048_576,
};

type MockContact = ReturnType<mock.Mocker['createContact']>;
type MockRoom = ReturnType<mock.Mocker['createRoom']>;

/** What the bot account sent, as the mock's contacts and rooms saw it. */
interface Sent {
  to: string;
  text: string;
  file?: { name: string; bytes: Buffer };
}

/**
 * A WeChat world on wechaty-puppet-mock: the bot's account, two staff members, a room with all three. Contacts and
 * the room can be given fixed ids, so a "restarted" world (new mocker, puppet, wechaty) holds the same people.
 */
class MockWechat {
  readonly mocker = new mock.Mocker();
  readonly sent: Sent[] = [];
  readonly account: MockContact;
  readonly staff: MockContact;
  readonly other: MockContact;
  readonly room: MockRoom;

  constructor(ids?: { account: string; staff: string; other: string; room: string }) {
    const contact = (id: string | undefined, name: string) =>
      this.mocker.createContact({ ...(id ? { id } : {}), name });
    this.account = contact(ids?.account, '绩效助手');
    this.staff = contact(ids?.staff, '王芳');
    this.other = contact(ids?.other, '李强');
    this.room = this.mocker.createRoom({
      ...(ids ? { id: ids.room } : {}),
      topic: '财政局绩效评价组',
      memberIdList: [this.account.id, this.staff.id, this.other.id],
    });
    type Payload = { talkerId?: string; listenerId?: string; roomId?: string; text?: string };
    // A message is emitted on its talker, listener and room alike: keep the account's, addressed to `to`.
    const record = (to: string) => (m: { id: string; payload: Payload }) => {
      if (m.payload.talkerId !== this.account.id) return;
      if ((m.payload.roomId ?? m.payload.listenerId) !== to) return;
      const box = this.mocker.cacheFileBoxPayload.get(m.id);
      this.sent.push({
        to,
        text: m.payload.text ?? '',
        ...(box ? { file: { name: box.name, bytes: Buffer.alloc(0) } } : {}),
      });
      if (box) {
        const entry = this.sent.at(-1)!;
        void FileBox.fromJSON(box)
          .toBuffer()
          .then((b) => {
            entry.file = { name: box.name, bytes: b };
          });
      }
    };
    // The mock's contacts and rooms are EventEmitters; their typings do not say so.
    (this.staff as unknown as EventEmitter).on('message', record(this.staff.id));
    (this.other as unknown as EventEmitter).on('message', record(this.other.id));
    (this.room as unknown as EventEmitter).on('message', record(this.room.id));
    (this.account as unknown as EventEmitter).on('message', record(this.account.id));
  }

  get ids() {
    return { account: this.account.id, staff: this.staff.id, other: this.other.id, room: this.room.id };
  }

  /** A Wechaty on this world's puppet (the channel builds it when it connects). */
  readonly wechaty = (): Wechaty => WechatyBuilder.build({ puppet: new PuppetMock({ mocker: this.mocker }) });

  login() {
    this.mocker.login(this.account);
  }

  to(id: string) {
    return this.sent.filter((s) => s.to === id);
  }

  /** The puppet reporting a message again (what puppets do after a reconnect). */
  redeliver(messageId: string) {
    this.mocker.puppet.emit('message', { messageId });
  }

  /** The id of the last message `from` sent. */
  lastMessageId(from: MockContact): string {
    const ids = [...this.mocker.cacheMessagePayload.values()].filter((p) => p.talkerId === from.id);
    return ids.at(-1)!.id;
  }
}

async function startChannel(world: MockWechat, harness: BotHarness) {
  const channel = new WechatChannel({
    config: CONFIG,
    accept: harness.accept,
    createWechaty: world.wechaty,
    logger: silent,
    retryBaseMs: 10,
  });
  await channel.start(async () => {});
  await channel.firstAttempt;
  return channel;
}

const harness = new BotHarness();
beforeAll(() => harness.open());
afterAll(() => harness.close());

describe('WeChat channel (wechaty + puppet-mock, real bot and store)', () => {
  const world = new MockWechat();
  let channel: WechatChannel;

  beforeAll(async () => {
    channel = await startChannel(world, harness);
  });
  afterAll(() => channel.stop());

  it('is connected only once the account has logged in', async () => {
    expect(channel.connected).toBe(false);
    world.login();
    await until(() => channel.connected, 10_000, 'login');
  });

  it('answers a text question in a private chat', async () => {
    world.staff.say('帮助').to(world.account);
    await until(() => world.to(world.staff.id).length > 0, 10_000, 'reply');
    expect(world.to(world.staff.id)[0]!.text).toContain('【绩效自评助手】');
  });

  it('answers a form sent as a file (a .docx, which the mock types Unknown) with its breakdown', async () => {
    const before = world.to(world.staff.id).length;
    const bytes = readFileSync(fixturePath('files', '000-001.docx'));
    world.staff.say(FileBox.fromBase64(bytes.toString('base64'), '000-001.docx')).to(world.account);
    const expected = JSON.parse(readFileSync(fixturePath('files', '000-001.json'), 'utf8')) as {
      projectName: string;
    };
    const texts = () =>
      world
        .to(world.staff.id)
        .slice(before)
        .map((s) => s.text);
    await until(() => texts().some((t) => t.includes('核算总分')), 15_000, 'breakdown');
    await harness.bot.drain();
    expect(texts()[0]).toContain('已收到《000-001.docx》');
    const breakdown = texts().find((t) => t.includes('核算总分'))!;
    expect(breakdown).toContain(expected.projectName);
    expect(breakdown).toContain('可回复：');
    expect(breakdown).toContain('「查看全部问题」');
  });

  it('answers a redelivered message (same message id) once', async () => {
    const before = world.to(world.staff.id).length;
    world.staff.say('列表').to(world.account);
    await until(() => world.to(world.staff.id).length > before, 10_000, 'first reply');
    await harness.bot.drain();
    world.redeliver(world.lastMessageId(world.staff));
    world.redeliver(world.lastMessageId(world.staff));
    await new Promise((r) => setTimeout(r, 300));
    await harness.bot.drain();
    expect(world.to(world.staff.id).length - before).toBe(1);
  });

  // WeChat has no signature to check (the puppet is the only source); the equivalents are tested instead.
  it('(no signature in WeChat) ignores the bot account’s own messages (self), which the puppet echoes back', async () => {
    const before = world.to(world.staff.id).length;
    const roomBefore = world.to(world.room.id).length;
    world.account.say('帮助').to(world.staff);
    world.account.say('帮助', [world.account]).to(world.room);
    await new Promise((r) => setTimeout(r, 300));
    await harness.bot.drain();
    // Only the two messages the account itself wrote; no answers to them (an answer to the DM would go to itself).
    expect(world.to(world.staff.id).length - before).toBe(1);
    expect(world.to(world.account.id)).toHaveLength(0);
    expect(world.to(world.room.id).length - roomBefore).toBe(1);
  });

  it('in a room answers only an @ of the bot (and @s the asker back); other room messages are ignored', async () => {
    const before = world.to(world.room.id).length;
    world.staff.say('帮助').to(world.room);
    world.staff.say('帮助', [world.other]).to(world.room);
    world.staff.say(FileBox.fromBase64(Buffer.from('x').toString('base64'), '表.pdf')).to(world.room);
    world.staff.say('帮助', [world.account]).to(world.room);
    await until(() => world.to(world.room.id).length > before, 10_000, 'room reply');
    await new Promise((r) => setTimeout(r, 300));
    await harness.bot.drain();
    const replies = world.to(world.room.id).slice(before);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toMatch(/^@王芳\s/);
    expect(replies[0]!.text).toContain('绩效自评助手');
  });

  it('splits a long reply into texts of at most 2000 characters', async () => {
    const before = world.to(world.other.id).length;
    const items = Array.from({ length: 200 }, (_, i) => `第${i + 1}项 未说明偏差原因，请补充原因和改进措施`);
    await channel.push({ channel: 'wechat', kind: 'user', id: world.other.id }, { title: '待补充', items });
    const texts = world
      .to(world.other.id)
      .slice(before)
      .map((s) => s.text);
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(2000);
    for (let i = 1; i <= 200; i++) expect(texts.join('\n')).toContain(`第${i}项 `);
  });

  it('pushes to a contact and to a room, sending attachments as files', async () => {
    await channel.push(
      { channel: 'wechat', kind: 'user', id: world.staff.id },
      { text: '自评表提交截止还有 3 天。' },
    );
    await channel.push(
      { channel: 'wechat', kind: 'group', id: world.room.id },
      {
        text: '已生成带批注的 Excel。',
        attachment: { name: '检查结果.xlsx', bytes: new Uint8Array([80, 75, 3, 4]), mime: 'application/zip' },
      },
    );
    await until(() => world.to(world.room.id).some((s) => s.file?.bytes.length === 4), 5_000, 'file');
    expect(world.to(world.staff.id).at(-1)!.text).toBe('自评表提交截止还有 3 天。');
    const file = world.to(world.room.id).find((s) => s.file)!.file!;
    expect(file.name).toBe('检查结果.xlsx');
    expect([...file.bytes]).toEqual([80, 75, 3, 4]);
  });
});

describe('WeChat duplicate deliveries (5× concurrently, then after a restart)', () => {
  it('answers exactly once', async () => {
    const world = new MockWechat();
    let channel = await startChannel(world, harness);
    world.login();
    await until(() => channel.connected, 10_000, 'login');
    world.staff.say('帮助').to(world.account);
    const id = world.lastMessageId(world.staff);
    for (let i = 0; i < 4; i++) world.redeliver(id);
    await until(() => world.to(world.staff.id).length > 0, 10_000, 'reply');
    await new Promise((r) => setTimeout(r, 300));
    await harness.bot.drain();
    expect(world.to(world.staff.id)).toHaveLength(1);
    const payload = world.mocker.cacheMessagePayload.get(id)!;
    await channel.stop();

    // A restart: new store and bot on the same data directory, a new puppet that delivers the message again.
    await harness.reopen();
    const again = new MockWechat(world.ids);
    channel = await startChannel(again, harness);
    again.login();
    await until(() => channel.connected, 10_000, 'login after restart');
    again.mocker.MessageMock.create(payload);
    for (let i = 0; i < 5; i++) again.redeliver(id);
    await new Promise((r) => setTimeout(r, 500));
    await harness.bot.drain();
    await channel.stop();
    expect(again.to(again.staff.id)).toHaveLength(0);
  });
});

describe('WeChat connection failures and config', () => {
  it('reports a puppet that cannot start as not connected and keeps retrying', async () => {
    let attempts = 0;
    const channel = new WechatChannel({
      config: CONFIG,
      accept: harness.accept,
      // A puppet package that is not installed: wechaty's own resolution fails.
      createWechaty: () => {
        attempts++;
        return WechatyBuilder.build({ puppet: 'wechaty-puppet-not-installed-anywhere' as never });
      },
      logger: silent,
      retryBaseMs: 10,
    });
    await channel.start(async () => {});
    await channel.firstAttempt;
    expect(channel.connected).toBe(false);
    await until(() => attempts >= 2, 10_000, 'a retry');
    await channel.stop();
  });

  it('starts the configured puppet by package name, creating the session directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-wechat-'));
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const channel = new WechatChannel({
      config: { ...CONFIG, session: join(dir, 'nested', 'session') },
      accept: harness.accept,
      logger,
      retryBaseMs: 10,
    });
    await channel.start(async () => {});
    await channel.firstAttempt;
    expect(lines.join('')).toContain('channel connected');
    expect(existsSync(join(dir, 'nested'))).toBe(true);
    // The mock puppet runs, but no account has logged in.
    expect(channel.connected).toBe(false);
    await channel.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is disabled without a puppet and needs a token for puppet-service', () => {
    expect(loadWechatConfig({})).toBeNull();
    expect(() => loadWechatConfig({ JIXIAO_WECHAT_PUPPET: 'wechaty-puppet-service' })).toThrow(
      /JIXIAO_WECHAT_PUPPET_TOKEN/,
    );
    expect(() => loadWechatConfig({ JIXIAO_WECHAT_PUPPET: 'wechat4u' })).toThrow(/JIXIAO_WECHAT_PUPPET/);
    expect(loadWechatConfig({ JIXIAO_WECHAT_PUPPET: 'wechaty-puppet-wechat4u' })).toMatchObject({
      puppet: 'wechaty-puppet-wechat4u',
      puppetOptions: {},
      maxFileBytes: 20 * 1_048_576,
    });
    expect(
      loadWechatConfig({
        JIXIAO_WECHAT_PUPPET: 'wechaty-puppet-service',
        JIXIAO_WECHAT_PUPPET_TOKEN: 'puppet_workpro_0123456789',
        JIXIAO_WECHAT_PUPPET_ENDPOINT: '10.0.0.5:8788',
      })?.puppetOptions,
    ).toEqual({ token: 'puppet_workpro_0123456789', endpoint: '10.0.0.5:8788' });
  });
});
