/**
 * The register of a written request (written-register.ts, issue 10's brief part): 经核查，/ 列示 / 所填 / 均 / 原文 /
 * 按…口径 / 课题 / 款项 / 一并报来 said as the plain words; and what must stay reported — a level or a role the forms
 * do not have (refusals.ts), 按项目 with a count asked, 按X with two words of money.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asksAtLaterTime } from '../../src/bot/intent.ts';
import type { Reply } from '../../src/bot/messages.ts';
import { createAnswerMessage } from '../../src/query/answer.ts';
import { SUB_ROW_AFTER_QIZHONG } from '../../src/query/funds-row-words.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { readPhoneFilter } from '../../src/query/phone-filter.ts';
import { plainWrittenRequest } from '../../src/query/written-register.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import type { Store, User } from '../../src/store/store.ts';
import { STORY_VOCAB } from '../helpers/story-vocabulary.ts';
import { adminStoreOf } from './known-store.ts';

describe('the written words said plainly', () => {
  it.each([
    ['经核查，古城墙修缮补助项目所填联系电话为多少？', '古城墙修缮补助项目联系电话为多少?'],
    ['经查：永宁镇的项目有几个', '永宁镇的项目有几个'],
    ['总分没填的项目，请予以列示。', '总分没填的项目，列出。'],
    ['永宁镇、香水园各有几个项目，分别列示', '永宁镇、香水园各有几个项目，分别列出'],
    ['实际完成值没填的指标，按项目列示', '实际完成值没填的指标，列出'],
    ['负责人、电话两项均未填写的项目', '负责人、电话都未填的项目'],
    ['实施单位、联系电话两栏均为空的项目', '实施单位、联系电话都为空的项目'],
    ['古城墙修缮补助的年度目标原文是什么', '古城墙修缮补助的年度目标是什么'],
    ['按万元口径，古城墙修缮补助全年预算是多少', '古城墙修缮补助全年预算是多少'],
    ['按主管部门口径统计项目数', '按主管部门统计项目数'],
    ['这个课题的负责人是谁', '这个项目的负责人是谁'],
    ['课题负责人是邵春燕的有几个', '项目负责人是邵春燕的有几个'],
    [
      '古城墙修缮补助 has how many indicators worth 5 points?',
      '古城墙修缮补助 has how many  分值为5分的指标 ?',
    ],
    [
      'list the indicators with 10 points each in 古城墙修缮补助',
      'list the  分值为10分的指标  in 古城墙修缮补助',
    ],
    ['how many indicator rows weighted at 20 points', 'how many  分值为20分的指标 '],
    ['请将永宁镇的项目予以列示', '永宁镇的项目列出'],
    ['古城墙修缮补助和老旧楼房外墙保温哪个经费多', '古城墙修缮补助和老旧楼房外墙保温哪个经费最多'],
    ['永宁镇两个项目谁的资金少？', '永宁镇的项目里谁的资金最少?'],
    // 多 of a count: the most projects (the count said, never the money)
    ['哪个经费项目多', '哪个经费项目最多'],
    ['经核查，是否存在执行数超过预算数的项目？', '是否存在执行数超过预算数的项目?'],
    ['永宁镇项目款项合计多少万元（按全年预算）', '永宁镇项目全年预算合计多少万元'],
    ['香水园资金合计多少，按执行数计算', '香水园执行数合计多少'],
    ['古城墙修缮补助的负责人是谁，电话多少，一并报来', '古城墙修缮补助的负责人是谁，电话多少'],
  ])('%s', (message, plain) => {
    expect(plainWrittenRequest(message)).toBe(plain.normalize('NFKC'));
  });

  it.each([
    // 平均 is no 均 of "all"
    '每个项目平均几条指标',
    // a 所 that is an office's (统计所填的), not the written 所填
    '统计所填的负责人是谁',
    '派出所报的项目有几个',
    // a count asked per project: 按项目 stays for the reader to report
    '实际完成值没填的指标有几条，按项目列出',
    // two words of money: which one the 按 clause measures is not said
    '资金和经费合计多少（按全年预算）',
    // 课题 inside a typed name
    '城市更新课题研究经费的负责人是谁',
    // the number of rows itself stays that
    'projects with more than 10 indicators',
  ])('%s stays as it is', (message) => {
    expect(plainWrittenRequest(message)).toBe(message);
  });
});

describe('what the forms do not have is reported, never read around', () => {
  const parse = (q: string) => parseQuestion(q, STORY_VOCAB, 2024);
  it.each([
    ['古城墙修缮补助的四级指标有哪些', '四级指标'],
    ['永宁镇有几个项目有第五级指标', '第五级指标'],
    ['古城墙修缮补助的填报人是谁', '填报人'],
    ['老旧楼房外墙保温那张表的填表人写的谁', '填表人'],
  ])('%s: 「%s」', (q, word) => {
    expect(parse(q).unplaced).toContain(word);
  });
  it('三级指标 stays a word of the rows', () => {
    expect(parse('古城墙修缮补助的三级指标有几条').unplaced).not.toContain('三级指标');
  });
});

describe('whose number it is', () => {
  it.each(['67069109这个号码是谁的？', '电话89538675是谁的', '联系电话是89538675的归谁'])(
    '%s asks the 负责人',
    (q) => {
      const read = readPhoneFilter(q);
      expect(read.filters).toHaveLength(1);
      expect(read.text).toMatch(/项目负责人是谁/u);
    },
  );
  it('a number asked for its projects stays that', () => {
    expect(readPhoneFilter('89538675这个号码是哪些项目的').text).not.toMatch(/负责人/u);
  });
});

describe('其中 before a funds sub-row is its printed label', () => {
  const label = new RegExp(`^其中${SUB_ROW_AFTER_QIZHONG}`, 'u');
  it.each(['其中当年财政拨款那一行', '其中：上年结转资金', '其中“其他资金”那行'])('%s', (t) => {
    expect(label.test(t)).toBe(true);
  });
  it.each(['其中执行率最低的', '其中2023年的有哪些', '其中财务办的'])('%s still points back', (t) => {
    expect(label.test(t)).toBe(false);
  });
});

describe('a question at a later time is asked, not deferred', () => {
  it.each(['明天北京下不下雨', '明天会下雪吗', '后天刮不刮风'])('%s', (t) => {
    expect(asksAtLaterTime(t)).toBe(true);
  });
  it.each(['明天再填吧', '明天再说行不行', '明天我补一下可不可以', '明天吧'])('%s stays a deferral', (t) => {
    expect(asksAtLaterTime(t)).toBe(false);
  });
});

function recordOf(name: string, owner: string, phone: string): FormRecord {
  const r = emptyRecord();
  r.funds.total.annualBudget = { raw: '100', value: 100 };
  return {
    ...r,
    year: 2024,
    projectName: name,
    department: '永宁镇人民政府',
    implementingUnit: '永宁镇人民政府',
    owner,
    phone,
  };
}

describe('answering a written request', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerMessage>;
  beforeAll(async () => {
    ({ store, user } = await adminStoreOf('web:written', [
      recordOf('古城墙修缮补助', '邵春燕', '69171234'),
      recordOf('城墙夜景照明改造', '', ''),
    ]));
    answer = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });
  const text = async (q: string) =>
    ([await answer(q, user)].flat() as Reply[]).map((r) => `${r.text ?? ''}`).join('\n');

  it('经核查 and 所填 frame the field asked', async () => {
    expect(await text('经核查，古城墙修缮补助项目所填联系电话为多少？')).toMatch(/69171234/u);
  });
  it('两项均未填写 is both fields empty, no count of projects', async () => {
    const reply = await text('负责人、电话两项均未填写的项目');
    expect(reply).toMatch(/未填/u);
    expect(reply).not.toMatch(/您说的是/u);
  });
  it('填报人 is answered by the 负责人, the reply saying the form has no such line (role-stand-in.ts)', async () => {
    const reply = await text('古城墙修缮补助的填报人是谁');
    expect(reply).toMatch(/没有「填报人」一栏/u);
    expect(reply).toMatch(/项目负责人/u);
    expect(reply).toMatch(/邵春燕/u);
  });
});
