// Conversation through the bot (stop 35 probes): a place in a list asked after a count (第二个的电话) is said to point
// at no list; 导出 right after a question exports that answer; 列出来看看 after the top group of a grouping asks which
// group; 有哪些 after a total lists the projects; English "with their owners" shows the owners. Our own offices,
// people and projects.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRemindConfig } from '../../src/remind/config.ts';
import { createPortfolioHooks } from '../../src/remind/hooks.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { createHarness, FakeChat, render } from '../bot/harness.ts';
import { formText } from '../dialogues/forms.ts';

let store: Store;
let bot: Awaited<ReturnType<typeof createHarness>>['bot'];
let seq = 0;

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://' });
  const hooks = createPortfolioHooks({
    store,
    logger: pino({ level: 'silent' }),
    config: loadRemindConfig({}),
  });
  ({ bot } = await createHarness({ store, deps: hooks }));
  const loader = new FakeChat(bot, { chatId: 'loader', senderId: 'loader' });
  // An administrator's uploads count for the departments they name (not held for confirmation).
  await store.upsertUser({ id: 'web:loader', channel: 'web', name: null });
  await store.setUserDepartment('web:loader', null, true);
  const forms = [
    formText('城南街道助残服务经费', {
      department: '城南街道办事处',
      owner: '吴海燕',
      phone: '010-61110001',
    }),
    formText('城南街道绿化养护经费', {
      department: '城南街道办事处',
      owner: '邓志强',
      phone: '010-61110002',
    }),
    formText('城南街道夜间照明改造', {
      department: '城南街道办事处',
      owner: '吴海燕',
      phone: '010-61110001',
    }),
    formText('城北街道垃圾清运经费', {
      department: '城北街道办事处',
      owner: '钟立平',
      phone: '010-62220003',
    }),
  ];
  await loader.upload('四张.txt', new TextEncoder().encode(forms.join('\n')));
}, 60_000);
afterAll(() => store.close());

async function chat() {
  const c = new FakeChat(bot, { chatId: `t${++seq}`, senderId: 'loader' });
  return async (text: string) => (await c.send(text)).map(render).join('\n');
}

describe('conversation about the projects', () => {
  it('第二个的电话 after a count: no list to point into, said; after a list, the second one', async () => {
    const say = await chat();
    await say('城南街道有几个项目');
    const orphan = await say('第二个的电话');
    expect(orphan).toMatch(/「第2个」指上一问列表里的一项，但上一问「城南街道有几个项目」没有列出项目/);
    expect(orphan).not.toContain('010-62220003');
    await say('城南街道的项目有哪些');
    expect(await say('第二个的电话')).toMatch(/列表中的第2个/);
  });

  it('导出 right after a question: that answer as a workbook', async () => {
    const c = new FakeChat(bot, { chatId: `t${++seq}`, senderId: 'loader' });
    await c.send('吴海燕负责的项目有哪些');
    const [exported] = await c.send('帮我导出一下');
    expect(render(exported!)).toContain('接上一问「吴海燕负责的项目有哪些」');
    expect(exported?.table?.rows).toHaveLength(2);
    expect(exported?.attachment?.name).toBe('项目查询结果.xlsx');
  });

  it('有哪些 after a total lists the projects; 哪个 after a count names the one', async () => {
    const say = await chat();
    await say('城南街道的项目全年预算一共多少');
    const listed = await say('其中吴海燕负责的有哪些');
    expect(listed).toContain('城南街道助残服务经费');
    expect(listed).toContain('城南街道夜间照明改造');
    expect(listed).not.toMatch(/全年预算数合计/);
  });

  it('列出来看看 after the top group of a grouping: which group is asked', async () => {
    const say = await chat();
    await say('哪个街道的项目最多');
    const asked = await say('列出来看看');
    expect(asked).toMatch(/要列哪一组的项目/);
    expect(asked).not.toContain('城北街道垃圾清运经费');
  });

  it('list the projects of 城北 with their owners: the owners shown', async () => {
    const say = await chat();
    const reply = await say('list the projects of 城北街道 with their owners');
    expect(reply).toContain('钟立平');
    expect(reply).not.toContain('城南街道助残服务经费');
  });
});
