/**
 * Dialogue variants of our own (issue 10), generated as robustness.test.ts is: pushback, putting a field aside, a
 * portfolio question in the middle, values typed in other shapes, and a value taken back in the same message, each
 * from a few core wordings combined with the frames clerks put around them, sent while fields of several types are
 * pending. The record never changes on pushback, deferral or a question; every write is echoed with 「撤销」.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormRecord } from '../../src/record/record.ts';
import type { FormSpec } from '../dialogues/forms.ts';
import { fillingHarness, startFilling } from './fill-chat.ts';
import type { Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await fillingHarness();
});
afterAll(() => h.store.close());

/** A pending field of each type, with the label its question shows. */
const PENDING: [string, FormSpec, string][] = [
  ['name', { owner: '' }, '项目负责人'],
  ['phone', { phone: '' }, '联系电话'],
  ['office', { department: '' }, '主管部门'],
  ['amount', { funds: { executed: '' } }, '全年执行数'],
  ['score', { rows: { 聘用统计调查员: { score: '' } } }, '得分'],
  ['satisfaction', { rows: { 群众满意度: { actual: '' } } }, '实际完成值'],
  ['text', { rows: { 聘用统计调查员: { actual: '' } } }, '实际完成值'],
  // A stated value the rules disagree with: the bot proposes its own and the clerk may keep the form's.
  ['wrong total', { total: '91' }, '总分'],
];

/** Frames a clerk puts around a short reply. */
const FRAMES = ['{c}', '嗯，{c}', '{c}吧', '{c}，谢谢', '好的 {c}', '{c}哈'];
const framed = (cores: string[]) => cores.flatMap((c) => FRAMES.map((f) => f.replace('{c}', c)));

const PUSHBACK = framed([
  '先别改',
  '就按原来的',
  '保留',
  '保留原来的',
  '不需要',
  '不需要改',
  '我确认没问题',
  '这个是对的',
  '表上的没问题',
  '原来填的没错',
  '不用动',
  '维持原样',
  '我核对过了没问题',
  '别改了',
  '照原样',
  '用原来的就行',
]).concat([
  // more wordings, once each
  '不改',
  '就它了',
  '就这么定了',
  '按原表来',
  '还是原来的',
  '数字是对的',
  '分数没问题',
  '这个没填错',
  '没写错',
  '已经核实过了',
  '领导确认过了',
  '我们核对过的',
  '不做修改',
  '这个不用你改',
  '确认无误',
  '保持不变',
]);

const DEFER = framed([
  '先空着',
  '回头补',
  '等我问问',
  '不清楚',
  '回头再补',
  '等我问问科长',
  '我也不清楚',
  '先留空',
  '以后再填',
  '回头我补上',
  '等我找一下材料',
  '还不确定',
  '待定',
  '稍后补充',
  '我问下财务再说',
  '明天再补',
]).concat([
  '暂时没有',
  '还没出来',
  '数据还没出',
  '等财务给我',
  '还在统计',
  '说不好',
  '搞不清',
  '下周补',
  '晚些时候补上',
  '我现在手头没有',
  '材料不在手边',
  '现在查不到',
  '还没算出来',
  '等结算完再填',
]);

const QUESTIONS = [
  '通州区有几个项目？',
  '执行率最低的是哪个项目',
  '大红门街道的预算合计是多少',
  '哪些项目没做满意度调查',
  'how many projects are there',
  '帮我查下总分低于90分的项目',
  '列一下2023年的项目',
  '潞源街道一共几个项目',
  '哪个部门的项目最多？',
  '所有项目的平均分',
  '对了，顺便问一下，统计局有几个项目',
  '等下，先问个事：执行率低于80%的有几个？',
  '平均执行率',
  '王丽负责哪些项目',
  '执行率不到90%的',
  '统计局的预算合计',
];

describe('pushback, deferral and questions in the middle never change the record', () => {
  const lines = [
    ...PUSHBACK.map((line) => ({ what: 'pushback', line })),
    ...DEFER.map((line) => ({ what: 'defer', line })),
    ...QUESTIONS.map((line) => ({ what: 'question', line })),
  ];
  it('covers at least 200 lines', () => expect(lines.length).toBeGreaterThanOrEqual(200));

  // One upload per field type; after a line that ends the question the form is reopened.
  it.each(PENDING)('%s field', async (_type, spec, label) => {
    const f = await startFilling(h, spec, 'dv');
    const failures: string[] = [];
    for (const { what, line } of lines) {
      const replies = await f.say(line);
      const after = await f.latest();
      const why = `${what} 「${line}」`;
      if (/已将|已更新/.test(replies) || after.version !== 1) failures.push(`${why} wrote: ${replies}`);
      else if (what === 'question' && !replies.includes('继续补全'))
        failures.push(`${why} not answered as a question: ${replies}`);
      else if (what === 'pushback' && !/保持原样|先空着/.test(replies))
        failures.push(`${why} not taken as pushback: ${replies}`);
      else if (what === 'defer' && !/先空着|保持原样|表格没有修改|没有修改表格/.test(replies))
        failures.push(`${why} not taken as a deferral: ${replies}`);
      else if (!replies.includes(label)) failures.push(`${why} lost the question: ${replies}`);
      // Pushback and 先空着 settle the field, a write is undone: back to the first question.
      if (after.version !== 1) await f.say('撤销');
      await f.say('重新开始');
      await f.say('逐项补全');
    }
    expect(failures).toEqual([]);
  });
});

type Read = (r: FormRecord) => unknown;
const READ: Record<string, Read> = {
  name: (r) => r.owner,
  phone: (r) => r.phone,
  office: (r) => r.department,
  amount: (r) => r.funds.total.executed.value,
  score: (r) => r.indicators[0]?.score,
  satisfaction: (r) => r.indicators[2]?.actual,
};

/** Values as clerks type them: labels, units, full-width digits, 万/元, dashes, spaces. */
const VALUES: [string, string, unknown][] = [
  ['name', '负责人：王丽', '王丽'],
  ['name', '项目负责人 王丽', '王丽'],
  ['name', '负责人是王丽同志', '王丽'],
  ['name', '王 丽', '王丽'],
  ['name', '写王丽就行', '王丽'],
  ['phone', '联系电话：80856942', '80856942'],
  ['phone', '电话 8085-6942', '80856942'],
  ['phone', '８０８５６９４２', '80856942'],
  ['phone', '010－80856942', '010-80856942'],
  ['phone', '010—80856942', '010-80856942'],
  ['phone', '138 0000 0000', '13800000000'],
  ['phone', '手机：138-0000-0000', '13800000000'],
  ['phone', '１３８００００００００', '13800000000'],
  ['office', '主管部门：北京市通州区统计局', '北京市通州区统计局'],
  ['office', '区统计局', '区统计局'],
  ['amount', '全年执行数：12.5万元', 12.5],
  ['amount', '执行数 12.5 万', 12.5],
  ['amount', '１２．５万元', 12.5],
  ['amount', '１２５０００元', 12.5],
  ['amount', '125，000元', 12.5],
  ['amount', '12.5w', 12.5],
  ['amount', '12.5万块', 12.5],
  ['amount', '十二点五万', 12.5],
  ['amount', '实际花了12.5万元', 12.5],
  ['score', '得分：18', 18],
  ['score', '１８分', 18],
  ['score', '十八分', 18],
  ['score', '得18分', 18],
  ['satisfaction', '满意度：96%', '96%'],
  ['satisfaction', '９６％', '96%'],
  ['satisfaction', '96 %', '96%'],
  ['satisfaction', '百分之九十六', '96%'],
  ['satisfaction', '没做', '未做'],
];

describe('values typed in other shapes are written, echoed with undo, and undone', () => {
  it.each(PENDING.filter(([t]) => READ[t]))('%s field', async (type, spec, label) => {
    const f = await startFilling(h, spec, 'dvv');
    const failures: string[] = [];
    for (const [, typed, value] of VALUES.filter(([t]) => t === type)) {
      const replies = await f.say(typed);
      const got = READ[type]?.((await f.latest()).record);
      if (JSON.stringify(got) !== JSON.stringify(value) || !replies.includes('回复「撤销」恢复'))
        failures.push(`「${typed}」 → ${JSON.stringify(got)}: ${replies.slice(0, 160)}`);
      if (!replies.includes(label))
        failures.push(`「${typed}」 echo without the label: ${replies.slice(0, 160)}`);
      if ((await f.latest()).version > 1) await f.say('撤销');
      if (JSON.stringify((await f.latest()).record) !== JSON.stringify(f.uploaded.record))
        failures.push(`「${typed}」 not undone`);
    }
    expect(failures).toEqual([]);
  });
});

/** A value taken back in the same message, by type: [field type, message, what the record holds, the value not used]. */
const TAKEN_BACK: [string, string, unknown, string][] = [
  ['name', '李昌隆，不好意思打错了，是李昌龙', '李昌龙', '李昌隆'],
  ['name', '李昌隆，抱歉，李昌龙', '李昌龙', '李昌隆'],
  ['name', '负责人：李昌隆（打错了，李昌龙）', '李昌龙', '李昌隆'],
  ['name', '李昌隆 sorry 李昌龙', '李昌龙', '李昌隆'],
  ['phone', '69554805，手误，69554806', '69554806', '69554805'],
  ['phone', '电话69554805，不好意思，应该是69554806', '69554806', '69554805'],
  ['amount', '42万元，啊不对，是45万元', 45, '42万元'],
  ['amount', '42万，呃，其实是42.5万', 42.5, '42万'],
  ['score', '18分，我是说19分', 19, '18分'],
  ['satisfaction', '95%，口误，96%', '96%', '95%'],
];

describe('a value taken back in the same message: the last one is written, the first said as not used', () => {
  it.each(TAKEN_BACK)('%s: %s', async (type, typed, value, replaced) => {
    const spec = PENDING.find(([t]) => t === type)?.[1] ?? {};
    const f = await startFilling(h, spec, 'dvc');
    const replies = await f.say(typed);
    expect(READ[type]?.((await f.latest()).record)).toEqual(value);
    expect(replies).toContain('回复「撤销」恢复');
    expect(replies).toContain(`「${replaced}」没有使用`);
  });
});

describe('two values of one message that are not one taken back are both used', () => {
  it('a name, an apology, then the phone: both fields written', async () => {
    const f = await startFilling(h, { owner: '', phone: '' }, 'dvt');
    const replies = await f.say('王丽，不好意思，电话是80856942');
    const { record } = await f.latest();
    expect(record.owner).toBe('王丽');
    expect(record.phone).toBe('80856942');
    expect(replies).not.toContain('没有使用');
  });
  it('two phone numbers, the second added: the one not written is said, not dropped', async () => {
    const f = await startFilling(h, { phone: '' }, 'dvt');
    const replies = await f.say('80856942，不好意思，还有一个手机13800000000');
    const { phone } = (await f.latest()).record;
    expect(['80856942', '13800000000']).toContain(phone);
    expect(replies).toContain(phone === '80856942' ? '「13800000000」' : '「80856942」');
  });
});
