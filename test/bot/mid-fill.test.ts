/**
 * Filling a form while the clerk says more than one thing at a time (issue 10 items 1–2): a value taken back in the
 * same message, an office's name that starts like a request, a question or a deferral in the middle. The real bot,
 * store, reader and portfolio questions; sentences of our own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormSpec } from '../dialogues/forms.ts';
import { fillingHarness, startFilling } from './fill-chat.ts';
import type { Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await fillingHarness();
});
afterAll(() => h.store.close());

describe('a value taken back within the message: the last one is written and the echo says so', () => {
  const cases: [FormSpec, string, string, unknown][] = [
    [{ phone: '' }, '80856942，不对，是80856943', '联系电话', '80856943'],
    [{ owner: '' }, '王丽，写错了，应该是王力', '项目负责人', '王力'],
    [{ funds: { executed: '' } }, '十二万 哦不 十二万五千元', '全年执行数', 12.5],
    [{ total: '' }, '99，说错了，99.5分', '总分', 99.5],
  ];
  it.each(cases)('%o %s', async (spec, line, label, value) => {
    const f = await startFilling(h, spec, 'self');
    const replies = await f.say(line);
    expect(replies).toContain(`${label}」改为`);
    expect(replies).toContain('回复「撤销」恢复');
    expect(replies).toMatch(/先说的「[^」]+」没有使用/);
    const after = await f.latest();
    expect(after.version).toBe(2);
    const r = after.record;
    expect([r.phone, r.owner, r.funds.total.executed.value, r.totalScore]).toContain(value);
  });

  it('taken back without a new value: nothing written, the right value asked for', async () => {
    const f = await startFilling(h, { phone: '' }, 'self');
    expect(await f.say('80856942，不对')).toContain('请直接回复正确的「联系电话」');
    expect((await f.latest()).version).toBe(1);
    expect(await f.say('80856943')).toContain('「联系电话」改为 80856943');
  });
});

describe('an office name answers 主管部门 / 实施单位 though it starts like a request', () => {
  it.each([
    [{ department: '' }, '统计局', 'department'],
    [{ department: '' }, '通州区统计局', 'department'],
    [{ implementingUnit: '' }, '统计所', 'implementingUnit'],
    [{ implementingUnit: '' }, '查询中心', 'implementingUnit'],
  ] as const)('%o %s', async (spec, line, path) => {
    const f = await startFilling(h, spec, 'org');
    expect(await f.say(line)).toContain('回复「撤销」恢复');
    expect((await f.latest()).record[path]).toBe(line);
  });

  it('a request starting with the same word is answered as a question, the field left empty', async () => {
    const f = await startFilling(h, { department: '' }, 'org');
    const replies = await f.say('统计一下各街道的项目数');
    expect(replies).toContain('我们继续补全这张表');
    expect(replies).not.toMatch(/已将/);
    expect((await f.latest()).version).toBe(1);
  });
});

describe('deferral, not knowing, none: what a clerk expects, nothing written', () => {
  it('稍等 and 不知道 keep the question open with different words; 没有 leaves the field blank', async () => {
    const f = await startFilling(h, { owner: '', phone: '' }, 'defer');
    const wait = await f.say('稍等，我问一下');
    expect(wait).toContain('不着急');
    expect(wait).toContain('项目负责人：（空）');
    const unknown = await f.say('这个我真不知道');
    expect(unknown).toContain('没关系');
    expect(unknown).toContain('项目负责人：（空）');
    const none = await f.say('没有');
    expect(none).toContain('先空着');
    expect((await f.latest()).version).toBe(1);
  });

  it('没有 to a blank amount is asked about (0 or blank?), never guessed', async () => {
    const f = await startFilling(h, { funds: { executed: '' } }, 'defer');
    expect(await f.say('没有')).toMatch(/是 0（没有支出），还是先空着/);
    expect((await f.latest()).version).toBe(1);
    expect(await f.say('0')).toContain('全年执行数」改为 0');
    const g = await startFilling(h, { funds: { executed: '' } }, 'defer');
    await g.say('无');
    expect(await g.say('先空着')).toContain('先空着，没有修改表格');
    expect((await g.latest()).version).toBe(1);
  });

  it('a question in the middle is answered, then the pending question is asked again', async () => {
    const f = await startFilling(h, { owner: '' }, 'defer');
    for (const q of ['哪些项目缺满意度?', '看看执行率最低的项目', '查一下一共有几个项目']) {
      const replies = await f.say(q);
      expect(replies).toContain('查询');
      expect(replies).toContain('项目负责人：（空）');
    }
    expect((await f.latest()).version).toBe(1);
  });
});

describe('one message that both leaves the open question and asks about the projects', () => {
  it('the question is answered, the part about the field is its own reply, nothing written', async () => {
    const f = await startFilling(h, { phone: '' }, 'aside');
    const replies = await f.say('这个项目的联系电话我也不知道，你帮我查一下一共有几个项目');
    expect(replies).toContain('查询');
    expect(replies).toContain('没关系，表格没有修改');
    expect(replies).toContain('联系电话：（空）');
    expect(replies).not.toMatch(/填写说明|已将/);
    expect((await f.latest()).version).toBe(1);
  });

  it('先空着 beside a question: answered, and the field is left blank as 先空着 alone leaves it', async () => {
    const f = await startFilling(h, { owner: '', phone: '' }, 'aside');
    const replies = await f.say('负责人先空着吧，哪些项目缺满意度？');
    expect(replies).toContain('查询');
    // Only the field named is left blank; the other asked field is asked again.
    expect(replies).toContain('「项目负责人」先空着');
    expect(replies).toContain('联系电话：（空）');
    expect((await f.latest()).version).toBe(1);
  });

  it('a phone number beside a question: the question answered, the number written with its echo and undo', async () => {
    const f = await startFilling(h, { phone: '' }, 'aside');
    const replies = await f.say('80856943，顺便问下一共有几个项目？');
    expect(replies).toContain('查询');
    expect(replies).toContain('「联系电话」改为 80856943');
    expect(replies).toContain('回复「撤销」恢复');
    expect((await f.latest()).record.phone).toBe('80856943');
  });
});

describe('labelled values for fields not asked, several in one message', () => {
  it.each([
    [{ owner: '' }, '负责人写王丽', { owner: '王丽' }],
    [{ owner: '' }, '负责人填的是王丽', { owner: '王丽' }],
    [{ funds: { executed: '' } }, '负责人写王丽，电话填13800000000', { owner: '王丽', phone: '13800000000' }],
    [{ owner: '' }, '电话是13800000000', { owner: '', phone: '13800000000' }],
    [{ department: '' }, '主管部门是统计局，负责人王丽', { department: '统计局', owner: '王丽' }],
    [{ owner: '' }, '实施单位写区统计所，负责人是王丽', { implementingUnit: '区统计所', owner: '王丽' }],
  ] as const)('%o %s', async (spec, line, fields) => {
    const f = await startFilling(h, spec, 'label');
    const replies = await f.say(line);
    expect(replies).toContain('回复「撤销」恢复');
    expect((await f.latest()).record).toMatchObject(fields);
    // One undo puts the whole message back.
    await f.say('撤销');
    expect((await f.latest()).record).toEqual(f.uploaded.record);
  });

  it('a labelled value for another field and an unlabelled one for the asked field, in one message', async () => {
    const f = await startFilling(h, { funds: { executed: '' } }, 'label');
    const replies = await f.say('11.4万，电话80856943');
    expect(replies).toContain('全年执行数」改为 11.4');
    expect(replies).toContain('「联系电话」改为 80856943');
    expect((await f.latest()).record.phone).toBe('80856943');
  });

  it('a label inside a sentence is no value: 主管部门调整 writes no 主管部门', async () => {
    const f = await startFilling(h, { rows: { 聘用统计调查员: { actual: '' } } }, 'label');
    await f.say('因主管部门调整导致延期');
    expect((await f.latest()).record.department).toBe(f.uploaded.record.department);
  });
});

describe('two unlabelled values when one field is asked: neither is dropped without a word', () => {
  it('the other value fits no blank field: written nowhere, said, and how to give it', async () => {
    const cases: [FormSpec, string, string, string][] = [
      [{ owner: '' }, '张三 13800000000', '项目负责人', '「13800000000」没有使用'],
      [{ phone: '' }, '80856942 13800000000', '联系电话', '「13800000000」没有使用'],
      [{ owner: '' }, '王丽／12.5万', '项目负责人', '「12.5万」没有使用'],
      [{ department: '' }, '统计局 王丽', '主管部门', '「王丽」没有使用'],
      // Two names are not one name padded with a space (李 娜 is).
      [{ owner: '' }, '王丽 李四', '项目负责人', '「李四」没有使用'],
    ];
    for (const [spec, line, label, said] of cases) {
      const f = await startFilling(h, spec, 'two');
      const replies = await f.say(line);
      expect(replies).toContain(`${label}」改为`);
      expect(replies).toContain(said);
      const after = await f.latest();
      expect(after.version).toBe(2);
      // Only the asked field changed.
      const changed = Object.keys(after.record).filter(
        (k) =>
          JSON.stringify(after.record[k as keyof typeof after.record]) !==
          JSON.stringify(f.uploaded.record[k as keyof typeof f.uploaded.record]),
      );
      expect(changed).toHaveLength(1);
    }
  });

  it('the other value fits exactly one blank field by type: written there with its own echo, undone first', async () => {
    const f = await startFilling(h, { phone: '', funds: { executed: '' } }, 'two');
    const replies = await f.say('80856943 12.5万');
    expect(replies).toContain('「联系电话」改为 80856943');
    expect(replies).toMatch(/另外，「12\.5万」只适合还空着的「[^」]*全年执行数」/);
    expect(replies.match(/回复「撤销」恢复/g)).toHaveLength(2);
    expect((await f.latest()).record).toMatchObject({ phone: '80856943' });
    expect((await f.latest()).record.funds.total.executed.value).toBe(12.5);
    expect(await f.say('撤销')).toContain('全年执行数」恢复为 （空）');
    expect((await f.latest()).record.phone).toBe('80856943');
    expect(await f.say('撤销')).toContain('「联系电话」恢复为 （空）');
    expect((await f.latest()).record).toEqual(f.uploaded.record);
    expect(await f.say('撤销')).toContain('没有可以撤销的修改');
  });

  it('a name left over goes to a blank 负责人 (skipped earlier); a bare number is never placed by guess', async () => {
    const g = await startFilling(h, { owner: '', funds: { executed: '' } }, 'two');
    const replies = await g.say('王丽 45');
    expect(replies).toContain('「45」没有使用');
    expect((await g.latest()).record.funds.total.executed.value).toBeNull();
    const k = await startFilling(h, { owner: '', funds: { executed: '' } }, 'two');
    await k.say('跳过');
    expect(await k.say('12.5万 王丽')).toMatch(/另外，「王丽」只适合还空着的「项目负责人」/);
    expect((await k.latest()).record.owner).toBe('王丽');
  });
});
