/**
 * The lead's probe of stop 53: the classes the fiftieth to fifty-second parts' misses showed. Wordings and forms of
 * our own (no corpus office or project).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { adminStoreOf, memoryChat, messageAskerOf, projectOf, recordOfProject } from './known-store.ts';

const QINGSHI = '青石街道办事处';
const BAISHA = '白沙街道办事处';
const project = projectOf;

describe('questions of stop 53 over two streets', () => {
  let store: Store;
  let chatOf: () => (q: string) => Promise<string>;
  beforeAll(async () => {
    const known = await adminStoreOf('u-lead53', [
      recordOfProject(project('社区食堂补贴', QINGSHI, { budget: 40, executed: 36 })),
      recordOfProject(project('绿地养护', QINGSHI, { budget: 50, executed: 45, total: 90 })),
      recordOfProject(project('路灯改造', BAISHA, { budget: 20, owner: '韩冰', total: 100 })),
      recordOfProject(project('老年食堂运营', BAISHA, { budget: 30, owner: '韩冰', total: 95 })),
    ]);
    store = known.store;
    chatOf = () => messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('我刚调到…: the unit a transfer names is the speaker’s for the rest of the chat', async () => {
    const ask = chatOf();
    expect(await ask('我刚调到青石街道办事处，还不太懂这个表。我们街道所有项目的预算加一块是多少')).toMatch(
      /全年预算数合计\(万元\)[：:]\s*90/u,
    );
    expect(await ask('我们街道平均一个项目预算多少钱')).toMatch(/平均全年预算数\(万元\)[：:]\s*45/u);
  });

  it('列出其中全年预算最高的两个 after a count: the two projects, not their count', async () => {
    const ask = chatOf();
    await ask('青石街道办事处的项目有多少个？');
    const r = await ask('列出其中全年预算最高的两个。');
    expect(r).toContain('绿地养护');
    expect(r).toContain('社区食堂补贴');
    expect(r).not.toMatch(/项目数[：:]/u);
  });
});
