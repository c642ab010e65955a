/**
 * A question reworded the way a user rewords it without changing what is asked (test/eval/perturb.mjs measures this
 * over the tuning questions): 事项 or the measure word 项 for 项目 (project-nouns.ts), 得 typed for 的 (de-typed.ts), a
 * space between a figure and its words (tokens.ts), 请问 with no comma before a follow-up (courtesy.ts). Each reworded
 * question must be answered as the plain one is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyIntent } from '../../src/bot/intent.ts';
import { withoutCourtesy } from '../../src/query/courtesy.ts';
import { deTypedAsDe } from '../../src/query/de-typed.ts';
import { projectNouns } from '../../src/query/project-nouns.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import type { Store } from '../../src/store/store.ts';
import { type AskedReply, adminStoreOf } from './known-store.ts';

function recordOf(
  name: string,
  dept: string,
  owner: string,
  budget: number,
  total: number | null,
): FormRecord {
  const r = emptyRecord();
  r.funds.total.annualBudget = { raw: String(budget), value: budget };
  return {
    ...r,
    year: 2024,
    projectName: name,
    department: dept,
    implementingUnit: dept,
    owner,
    totalScore: total,
  };
}

describe('the words read before the question is split', () => {
  it.each([
    ['永宁镇的事项有哪些', '永宁镇的项目有哪些'],
    ['有几个事项没填总分', '有几个项目没填总分'],
    ['香水园哪几项总分没填', '香水园哪几个项目总分没填'],
    ['总分最低的2项分别是谁负责的', '总分最低的2个项目分别是谁负责的'],
    ['永宁镇一共多少项', '永宁镇一共多少个项目'],
    ['哪项全年预算最少', '哪个项目全年预算最少'],
    ['香水园街道事项的预算合计', '香水园街道项目的预算合计'],
    ['邵春燕负责的事项全年预算合计', '邵春燕负责的项目全年预算合计'],
    ['永宁镇每项各有几条指标', '永宁镇每个项目各有几条指标'],
    ['哪些项缺少满意度指标', '哪些项目缺少满意度指标'],
  ])('%s is %s', (said, plain) => {
    expect(projectNouns(said)).toBe(plain);
  });
  it.each(['有几项指标扣了分', '审批事项经费的总分', '古城墙那项花了多少', '每项指标的分值'])(
    '%s keeps its 项',
    (said) => {
      expect(projectNouns(said)).toBe(said);
    },
  );

  it.each([
    ['邵春燕负责得项目有几个', '邵春燕负责的项目有几个'],
    ['古城墙修缮补助得全年预算', '古城墙修缮补助的全年预算'],
    ['预算最多得2个项目', '预算最多的2个项目'],
    ['总分填了得', '总分填了的'],
    ['城墙夜景照明改造得产出指标有几条', '城墙夜景照明改造的产出指标有几条'],
    ['社区花园提升是哪个单位实施得', '社区花园提升是哪个单位实施的'],
    ['全年预算写得几万', '全年预算写的几万'],
  ])('%s is %s', (said, plain) => {
    expect(deTypedAsDe(said)).toBe(plain);
  });
  it.each(['哪个项目得分最低', '执行得最差的项目', '满意度得0分的项目', '两格填得一样的', '是不是值得'])(
    '%s keeps its 得',
    (said) => {
      expect(deTypedAsDe(said)).toBe(said);
    },
  );

  it.each([
    ['请问其中总分最高的是哪个', '其中总分最高的是哪个'],
    ['请问这几个的全年预算一共多少', '这几个的全年预算一共多少'],
  ])('%s is read as %s', (said, plain) => {
    expect(withoutCourtesy(said)).toBe(plain);
  });
});

describe('reworded questions answered as the plain ones', () => {
  let store: Store;
  let ask: (q: string) => Promise<AskedReply>;
  beforeAll(async () => {
    ({ store, ask } = await adminStoreOf('web:rewordings', [
      recordOf('古城墙修缮补助', '永宁镇人民政府', '邵春燕', 120, null),
      recordOf('城墙夜景照明改造', '永宁镇人民政府', '邵春燕', 80, 95),
      recordOf('老旧楼房外墙保温', '香水园街道办事处', '邵春燕', 50, 98),
      recordOf('社区花园提升', '香水园街道办事处', '韩立文', 300, 91),
    ]));
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });
  const same = async (said: string, plain: string) => {
    const [a, b] = [await ask(said), await ask(plain)];
    expect(a.unplaced).toBeUndefined();
    expect(a.rows).toEqual(b.rows);
    expect(a.rows.length).toBeGreaterThan(0);
  };

  it('事项 and 项 for 项目', async () => {
    await same('永宁镇的事项有哪些', '永宁镇的项目有哪些');
    await same('香水园哪几项全年预算超过100万', '香水园哪几个项目全年预算超过100万');
    expect((await ask('全年预算最高的两项')).rows).toHaveLength(2);
    await same('哪项全年预算最少', '哪个项目全年预算最少');
  });
  it('得 for 的', async () => {
    await same('邵春燕负责得项目有几个', '邵春燕负责的项目有几个');
    await same('全年预算最多得两个项目', '全年预算最多的两个项目');
    await same('总分填了得项目有几个', '总分填了的项目有几个');
  });
  it('a space beside a figure', async () => {
    await same('全年预算 100 万以上的项目', '全年预算100万以上的项目');
    await same('总分低于 96 分的项目有几个', '总分低于96分的项目有几个');
    await same('全年预算排第 2 的项目', '全年预算排第2的项目');
    // a year after a space starts its own phrase: never the count of the superlative before it
    const lowest = await ask('总分最低的 2024年项目');
    expect(lowest.unplaced).toBeUndefined();
    expect(lowest.rows).toHaveLength(1);
  });
});

describe('the bot reads 事项 as a question about the projects', () => {
  it.each(['民生办的事项没有满意度指标', '大红门事项没做满意度调查'])('%s', (said) => {
    expect(classifyIntent(said, { labels: [], current: [] }).kind).toBe('question');
  });
});
