/**
 * 主管部门 / 实施单位 take an office's name (issue 10, "never write into the wrong field"): a short reply that does
 * not name a body is asked back and the record stays as uploaded; a name ending in a kind of body is written and
 * echoed with 「撤销」; an unusual name is taken when the clerk names the field before it.
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

const OFFICES: [string, FormSpec, 'department' | 'implementingUnit'][] = [
  ['主管部门', { department: '' }, 'department'],
  ['实施单位', { implementingUnit: '' }, 'implementingUnit'],
];

/** Replies that name no office: a pointer, an agreement, a vague phrase, a person, a thing. */
const NOT_OFFICES = [
  '就写那个吧',
  '用上面那个',
  '跟主管部门一样',
  '同上',
  '照旧填',
  '老样子',
  '我们自己',
  '随便写',
  '张晓明',
  '环境整治',
  '填一下咯',
  '主管部门是跟之前一样的',
];

describe('a reply that names no office is asked back, nothing written', () => {
  it.each(OFFICES)('%s', async (label, spec, field) => {
    const f = await startFilling(h, spec, 'ov');
    const failures: string[] = [];
    for (const line of NOT_OFFICES) {
      const replies = await f.say(line);
      const after = await f.latest();
      if (after.version !== 1 || /已将/.test(replies))
        failures.push(`「${line}」 wrote ${after.record[field]}`);
      else if (!replies.includes(label)) failures.push(`「${line}」 lost the question: ${replies}`);
      if (after.version !== 1) await f.say('撤销');
      await f.say('重新开始');
      await f.say('逐项补全');
    }
    expect(failures).toEqual([]);
  });
});

/** [typed, what the field holds]: office names by their last word, or after the field's name. */
const WRITTEN: [string, string][] = [
  ['区民政局', '区民政局'],
  ['通州区卫生健康委员会', '通州区卫生健康委员会'],
  ['宋庄镇人民政府', '宋庄镇人民政府'],
  ['区城管执法队', '区城管执法队'],
  ['区档案馆', '区档案馆'],
  ['{label}是通州区融媒体', '通州区融媒体'],
  ['{label}：区发展改革', '区发展改革'],
];

describe('an office name is written, echoed with undo, and undone', () => {
  it.each(OFFICES)('%s', async (label, spec, field) => {
    const f = await startFilling(h, spec, 'ow');
    for (const [typed, value] of WRITTEN) {
      const line = typed.replace('{label}', label);
      const replies = await f.say(line);
      expect((await f.latest()).record[field], line).toBe(value);
      expect(replies, line).toContain('回复「撤销」恢复');
      await f.say('撤销');
      expect((await f.latest()).record, line).toEqual(f.uploaded.record);
    }
  });
});
