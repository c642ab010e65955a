/**
 * Generated robustness of form filling (issue 10): for every type of pending field, every line of chit-chat,
 * pushback, a question, a deferral, not knowing or a complaint leaves the record exactly as it was; and values typed
 * in many shapes (units, separators, words, capital numerals, phone formats, dates) are written right, echoed with
 * 「撤销」, and undone exactly. The lines are our own paraphrases, combined with every field type.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormRecord } from '../../src/record/record.ts';
import type { FormSpec } from '../dialogues/forms.ts';
import { type Filling, fillingHarness, startFilling } from './fill-chat.ts';
import type { Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await fillingHarness();
});
afterAll(() => h.store.close());

/** One blank field of each type the bot asks for, and the label its question shows. */
const FIELD_TYPES: [string, FormSpec, string][] = [
  ['name', { owner: '' }, '项目负责人'],
  ['phone', { phone: '' }, '联系电话'],
  ['office', { department: '' }, '主管部门'],
  ['unit', { implementingUnit: '' }, '实施单位'],
  ['amount', { funds: { executed: '' } }, '全年执行数'],
  ['score', { rows: { 聘用统计调查员: { score: '' } } }, '得分'],
  ['total', { total: '' }, '总分'],
  ['satisfaction', { rows: { 群众满意度: { actual: '' } } }, '实际完成值'],
  ['text', { rows: { 聘用统计调查员: { actual: '' } } }, '实际完成值'],
];

/** Lines that are not a value, by what they are; the question stays open after all but pushback. */
const NOT_VALUES: Record<string, string[]> = {
  chitchat: [
    '好嘞',
    '收到，谢谢',
    '嗯嗯好的',
    '辛苦啦🙏',
    'ok thanks',
    '您好',
    '明白了，谢谢老师',
    '好的好的',
  ],
  question: [
    '统计一下有几个项目',
    '查一下执行率低于90%的项目',
    '看看哪些项目没做满意度调查',
    '一共有多少个项目？',
    '各部门的项目数是多少',
    '总分最低的项目是哪个',
    '这一项是什么意思？',
    '这里要填什么',
  ],
  deferral: [
    '稍等',
    '我问一下',
    '等会儿',
    '回头再填',
    '我去问问财务',
    '等我查一下台账',
    '晚点再说',
    '待会儿发给你',
  ],
  unknown: ['不知道', '不清楚', '记不得了', '这个我也说不准', '忘了', '我真不知道'],
  complaint: ['怎么又问这个', '烦死了', '问了好几遍了', '有完没完', '太麻烦了', '能不能快点'],
  pushback: ['不用改', '先空着', '保持原样', '这项先不填', '暂时不填', '就这样吧'],
};

const combinations = FIELD_TYPES.flatMap(([type, spec, label]) =>
  Object.entries(NOT_VALUES).flatMap(([what, lines]) =>
    lines.map((line) => ({ type, spec, label, what, line })),
  ),
);

describe('no line that is not a value changes the record, whatever field is pending', () => {
  it('covers at least 100 field × line combinations', () => {
    expect(combinations.length).toBeGreaterThanOrEqual(100);
  });

  // One upload per field type; every line is sent to it in turn.
  it.each(FIELD_TYPES)('%s field', async (type, spec) => {
    const f = await startFilling(h, spec, `rb-${type}`);
    for (const c of combinations.filter((x) => x.type === type)) {
      const replies = await f.say(c.line);
      const why = `${c.what}: ${c.line}`;
      expect(replies, why).not.toMatch(/已将|已更新/);
      const after = await f.latest();
      expect(after.version, why).toBe(1);
      expect(after.record, why).toEqual(f.uploaded.record);
      // The question is asked again; pushback ends it (the field is left as it is and said so), so it is reopened.
      if (c.what === 'pushback') {
        expect(replies, why).toMatch(/先空着|保持原样/);
        await reopen(f);
      } else expect(replies, why).toContain(c.label);
    }
  });
});

/** Back to the first question of the form, as if the line had not been sent. */
async function reopen(f: Filling) {
  await f.say('重新开始');
  await f.say('逐项补全');
}

type Read = (r: FormRecord) => unknown;
const executed: Read = (r) => r.funds.total.executed.value;
const phone: Read = (r) => r.phone;
const owner: Read = (r) => r.owner;
const score: Read = (r) => r.indicators[0]?.score;
const actual: Read = (r) => r.indicators[0]?.actual;
const satisfaction: Read = (r) => r.indicators[2]?.actual;
const total: Read = (r) => r.totalScore;
const department: Read = (r) => r.department;

/** Values as staff type them: [field type, typed, what the record holds after]. */
const SHAPES: [string, string, unknown][] = [
  ['amount', '12.5万', 12.5],
  ['amount', '12.5万元', 12.5],
  ['amount', '12.5 万元', 12.5],
  ['amount', '125000元', 12.5],
  ['amount', '125,000元', 12.5],
  ['amount', '125 000 元', 12.5],
  ['amount', '12万5千元', 12.5],
  ['amount', '十二万五千元', 12.5],
  ['amount', '壹拾贰万伍仟元', 12.5],
  ['amount', '０.００１２５亿元', 12.5],
  ['amount', '１２．５万', 12.5],
  ['amount', '一共花了12.5万', 12.5],
  ['amount', '嗯，十二万五千元吧', 12.5],
  ['phone', '13800000000', '13800000000'],
  ['phone', '138 0000 0000', '13800000000'],
  ['phone', '138-0000-0000', '13800000000'],
  ['phone', '+86 138 0000 0000', '13800000000'],
  ['phone', '010-80856942', '010-80856942'],
  ['phone', '(010) 8085 6942', '010-80856942'],
  ['phone', '8085-6942', '80856942'],
  ['phone', '电话是 8085 6942', '80856942'],
  ['name', '王丽', '王丽'],
  ['name', '王 丽', '王丽'],
  ['name', '欧阳娜娜', '欧阳娜娜'],
  ['name', '负责人是王丽', '王丽'],
  ['name', '负责人写王丽', '王丽'],
  ['score', '40', 40],
  ['score', '40分', 40],
  ['score', '四十分', 40],
  ['score', '四十', 40],
  ['score', '扣了5分', 40],
  ['score', '嗯，四十分吧', 40],
  ['total', '98.5', 98.5],
  ['total', '九十八点五分', 98.5],
  ['total', '98.5分', 98.5],
  ['total', '好的，九十八点五分啊', 98.5],
  ['satisfaction', '96%', '96%'],
  ['satisfaction', '96％', '96%'],
  ['satisfaction', '百分之九十六', '96%'],
  ['satisfaction', '满意度96%', '96%'],
  ['satisfaction', '今年没做满意度调查', '未做'],
  ['text', '2024.6.30', '2024年6月30日'],
  ['text', '2024-06-30', '2024年6月30日'],
  ['text', '两人', '2人'],
  ['text', '统计调查员聘用1人', '统计调查员聘用1人'],
  ['office', '统计局', '统计局'],
  ['office', '北京市通州区统计局', '北京市通州区统计局'],
  ['office', '是区财政局', '区财政局'],
];
const READ: Record<string, Read> = {
  amount: executed,
  phone,
  name: owner,
  score,
  total,
  satisfaction,
  text: actual,
  office: department,
};

describe('values in many shapes are written right, echoed with undo, and undone exactly', () => {
  it('covers every field type with several shapes', () => {
    expect(SHAPES.length).toBeGreaterThanOrEqual(40);
  });

  // One upload per field type; 撤销 after each value puts the record back and asks the question again.
  it.each(FIELD_TYPES.filter(([t]) => READ[t]))('%s field', async (type, spec, label) => {
    const f = await startFilling(h, spec, `rv-${type}`);
    for (const [, typed, value] of SHAPES.filter(([t]) => t === type)) {
      const before = (await f.latest()).version;
      const replies = await f.say(typed);
      expect(replies, typed).toContain(label);
      expect(replies, typed).toContain('回复「撤销」恢复');
      const after = await f.latest();
      expect(READ[type]?.(after.record), typed).toEqual(value);
      expect(after.version, typed).toBe(before + 1);
      const undone = await f.say('撤销');
      expect(undone, typed).toContain('已撤销');
      expect(undone, typed).toContain(label);
      expect((await f.latest()).record, typed).toEqual(f.uploaded.record);
    }
  });
});
