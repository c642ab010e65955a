/**
 * Values typed with something around them (issue 10, item 2): a label with a colon before a name (联系人：…), a
 * remark in brackets after it (…（已核实）), an earlier amount corrected by saying what was wrong with it
 * (「两位数字写反了，应该是…」). Each write is echoed with 「撤销」; replies that hold no value write nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillingHarness, startFilling } from './fill-chat.ts';
import type { Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await fillingHarness();
});
afterAll(() => h.store.close());

describe('a name with a label and colon, or a remark in brackets, is the name', () => {
  it.each([
    ['联系人：赵海燕', '赵海燕'],
    ['负责人： 孙建', '孙建'],
    ['联系人:钱多多', '钱多多'],
    ['赵海燕（已核实）', '赵海燕'],
    ['孙建(科长)', '孙建'],
    ['钱多多（办公室）', '钱多多'],
  ])('owner asked with the phone: %s', async (typed, name) => {
    const f = await startFilling(h, { owner: '', phone: '' }, 'ts');
    const replies = await f.say(typed);
    expect((await f.latest()).record.owner).toBe(name);
    expect((await f.latest()).record.phone).toBe(f.uploaded.record.phone);
    expect(replies).toContain('回复「撤销」恢复');
  });

  it.each(['（已核实）', '（待确认）', '联系人：', '联系人：（空着）'])(
    '%s names no one: nothing written',
    async (typed) => {
      const f = await startFilling(h, { owner: '' }, 'ts');
      const replies = await f.say(typed);
      expect((await f.latest()).version).toBe(1);
      expect(replies).toContain('项目负责人');
    },
  );
});

describe('an earlier amount corrected by saying what was wrong with it', () => {
  it.each([
    '两位数字写反了，应该是12.5',
    '小数点点错位置了，应该是12.5',
    '前面那个数多打了个0，应该是12.5万',
    '数字颠倒了 改成12.5',
  ])('%s: the amount written before is corrected, the open question untouched', async (typed) => {
    const f = await startFilling(h, { funds: { executed: '' }, phone: '' }, 'tc');
    // The phone is asked first, then the amount.
    await f.say('80856942');
    await f.say('21.5万');
    expect((await f.latest()).record.funds.total.executed.value).toBe(21.5);
    const before = await f.latest();
    const replies = await f.say(typed);
    const after = await f.latest();
    expect(after.record.funds.total.executed.value).toBe(12.5);
    expect(replies).toContain('回复「撤销」恢复');
    expect(replies).not.toContain('没有使用');
    // Nothing but the amount changed (the rate follows from it only when the bot says so).
    expect(after.record.phone).toBe(before.record.phone);
    expect(after.record.funds.total.rate.raw).toBe(before.record.funds.total.rate.raw);
  });

  it.each(['两位数字写反了', '小数点点错位置了', '数字颠倒了'])('%s alone writes nothing', async (typed) => {
    const f = await startFilling(h, { funds: { executed: '' }, phone: '' }, 'tc');
    await f.say('80856942');
    await f.say('21.5万');
    const before = await f.latest();
    const replies = await f.say(typed);
    expect((await f.latest()).version).toBe(before.version);
    expect(replies).not.toContain('回复「撤销」恢复');
    expect(replies).toMatch(/请直接回复/);
  });
});
