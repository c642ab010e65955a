import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatRef } from '../../src/bot/messages.ts';
import { WebhookServer } from '../../src/channels/common/webhook-server.ts';
import { WecomChannel } from '../../src/channels/wecom/channel.ts';
import { createPortfolioHooks } from '../../src/remind/hooks.ts';
import { createScheduler } from '../../src/remind/scheduler.ts';
import { deliverVia } from '../../src/remind/serve-hooks.ts';
import { checkRecord } from '../../src/score/check.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { clockAt, config, formWithGaps, logger, PLAN_AT, seed, T14 } from '../remind/fixtures.ts';
import { silent } from './common/bot-harness.ts';
import { AES_KEY, AGENT_ID, CORP_ID, FakeWecom, SECRET, TOKEN } from './wecom-fake.ts';

/**
 * A department's 企业微信 group, bound by its 群机器人 webhook address from a private chat (a 自建应用 receives no group
 * messages), gets the scheduler's summary; a WeCom user gets their own reminder as an application message.
 */
describe('WeCom reminders end to end (real scheduler, store and channel; loopback qyapi)', () => {
  const fake = new FakeWecom();
  let store: Store;
  let channel: WecomChannel;
  const clock = clockAt(PLAN_AT);

  beforeAll(async () => {
    await fake.start();
    store = await openStore({ dataDir: 'memory://' });
    await seed(store, 2);
    const r = formWithGaps('企业微信项目', '乙局');
    await store.upsertUser({ id: 'wecom:zhangsan', channel: 'wecom' });
    await store.setUserDepartment('wecom:zhangsan', '乙局');
    await store.createForm({
      ownerId: 'wecom:zhangsan',
      record: r,
      provenance: {},
      check: checkRecord(r),
      source: 'reader',
    });
    channel = new WecomChannel({
      config: {
        app: {
          corpId: CORP_ID,
          agentId: AGENT_ID,
          secret: SECRET,
          token: TOKEN,
          encodingAesKey: AES_KEY,
          callbackPath: '/wecom/callback',
          passiveReplyMs: 0,
        },
        robot: null,
        apiBase: fake.url,
        format: 'markdown',
        maxFileBytes: 1_048_576,
      },
      accept: async () => ({ accepted: false, done: Promise.resolve() }),
      webhooks: new WebhookServer('127.0.0.1', 0, silent),
      logger: silent,
      retryBaseMs: 10,
    });
  });
  afterAll(async () => {
    await store?.close();
    await fake.stop();
  });

  it('binds a group by webhook address without echoing the key, and the summary and the user reminder arrive', async () => {
    const hooks = createPortfolioHooks({
      store,
      logger,
      config,
      clock: clock.now,
      admins: new Set(['wecom:admin1']),
    });
    const admin = await store.upsertUser({ id: 'wecom:admin1', channel: 'wecom' });
    const dm: ChatRef = { channel: 'wecom', chatId: 'admin1', isGroup: false };
    const address = `${fake.url}/cgi-bin/webhook/send?key=SECRETKEY-1234-abcd`;
    const bound = await hooks.reminders(`设置提醒群 乙局 ${address}`, admin, dm);
    expect(bound.text).toContain('「乙局」的提醒群已设为企业微信群机器人');
    expect(bound.text).toContain('abcd');
    expect(bound.text).not.toContain('SECRETKEY');
    const { rows } = await store.sql.query<{ channel: string; group_id: string }>(
      `SELECT channel, group_id FROM department_groups WHERE department = '乙局'`,
    );
    expect(rows).toEqual([{ channel: 'wecom', group_id: 'webhook:SECRETKEY-1234-abcd' }]);
    // Without an address a private chat is still told to use the group.
    expect((await hooks.reminders('设置提醒群 乙局', admin, dm)).text).toContain('群聊');

    const scheduler = createScheduler({
      sql: store.sql,
      deliver: deliverVia([channel]),
      config,
      logger,
      clock: clock.now,
    });
    await scheduler.plan();
    clock.set(T14);
    await scheduler.tick();
    const hook = fake.sent.filter((s) => s.path === '/cgi-bin/webhook/send');
    expect(hook.map((s) => s.token)).toEqual(['SECRETKEY-1234-abcd']);
    const summary = (hook[0]!.body as { markdown: { content: string } }).markdown.content;
    // 乙局 holds lark:ou_0's form (seed) and zhangsan's.
    expect(summary).toContain('截止提醒（部门汇总）');
    expect(summary).toContain('乙局：已提交 2 张自评表');
    expect(fake.to('zhangsan')).toHaveLength(1);
    expect(fake.to('zhangsan')[0]).toContain('企业微信项目');
    // The push log shows the group, not its key.
    const log = JSON.stringify(await hooks.reminders('提醒记录', admin, dm));
    expect(log).toContain('group:wecom:webhook:…abcd');
    expect(log).not.toContain('SECRETKEY');
  });
});
