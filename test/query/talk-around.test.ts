/**
 * Conversation words around the question (h-talk): figures said roughly (八十几, 九十多分, 七十来分), who said it
 * (昨天综合科的小李说…, 她只想知道…), a total asked again over other names in a follow-up (那A和B加起来呢), why points
 * were lost (为什么扣了5分) and a project's deviation reasons (它的偏差原因是啥). Over a small store of our own; each
 * case also checks that what could narrow the answer is kept or still reported.
 */
import { describe, expect, it } from 'vitest';
import { type AskedQuestion, attachFollowUp, readFollowUp } from '../../src/query/context.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { PortfolioQuery } from '../../src/query/query.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { filterKinds } from '../helpers/filter-kinds.ts';
import { STORY_VOCAB } from '../helpers/story-vocabulary.ts';

const VOCAB = STORY_VOCAB;
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);

function understood(q: string): PortfolioQuery {
  const p = parse(q);
  expect(p.unplaced, q).toEqual([]);
  expect(p.query, q).not.toBeNull();
  return p.query!;
}

describe('a figure said roughly is the band it covers, its top left out', () => {
  it.each([
    ['执行率八十几的项目', ['executionRate<90', 'executionRate>=80']],
    ['总分九十多分的项目有几个', ['totalScore<100', 'totalScore>=90']],
    ['七十来分的项目', ['totalScore<80', 'totalScore>=70']],
    ['执行率80多的项目有哪些', ['executionRate<90', 'executionRate>=80']],
    ['满意度得分九十多分的', ['satisfactionScore<100', 'satisfactionScore>=90']],
    [
      '执行率只有八十几的永宁镇项目',
      ['department:永宁镇', 'executionRate<90', 'executionRate>=80', 'implementingUnit:永宁镇'],
    ],
  ])('%s', (q, want) => {
    expect(filterKinds(understood(q))).toEqual(want);
  });

  it('amounts in 万 keep their bands; counts and ranks are no band', () => {
    // 八十几万 is 八十多万 (stop 43: a clerk's 三十几万), as 十几万 is 十多万 (money-words.test.ts).
    expect(filterKinds(understood('全年预算八十几万的项目'))).toEqual([
      'annualBudget<=90',
      'annualBudget>=80',
    ]);
    expect(filterKinds(understood('全年预算一百多万的项目'))).toEqual([
      'annualBudget<=200',
      'annualBudget>=100',
    ]);
    // 十几个 counts projects, 前十几 ranks: neither is a bound on a field.
    for (const q of ['十几个项目', '执行率前十几的项目'])
      expect(
        filterKinds(parse(q).query ?? { filters: [] }).some((k) => /[<>]/u.test(k)),
        q,
      ).toBe(false);
  });
});

describe('who said or wants it is no condition; what they said is', () => {
  it.each([
    ['昨天综合科的小李说有个项目执行率只有九十多，是永宁镇的，是哪个', '小李说'],
    ['老王说有个项目总分八十几分，是香水园的，哪个项目', ''],
    ['上周审计局的刘处提到过，永宁镇有个项目执行率七十来分，是哪个', '刘处'],
  ])('%s', (q, said) => {
    const p = parse(q);
    expect(p.unplaced, q).toEqual([]);
    expect(filterKinds(p.query!).filter((k) => k.includes(':')).length, q).toBeGreaterThan(0);
    expect(
      filterKinds(p.query!).some((k) => k.includes('<')),
      q,
    ).toBe(true);
    if (said) expect((p.setAside ?? []).join('|')).toContain(said);
  });

  it('a speaker of a stored office leaves the office a condition: the words are still reported', () => {
    expect(parse('香水园街道的小王说有个项目执行率只有八十几，是哪个').unplaced.length).toBeGreaterThan(0);
  });

  it.each([
    ['我们科长嫌表太乱，她只想知道2023年的项目一共多少个', ['year=2023']],
    ['处长只关心永宁镇的项目有几个', ['department:永宁镇', 'implementingUnit:永宁镇']],
    ['他就想知道香水园2023年的全年预算合计', ['department:香水园', 'implementingUnit:香水园', 'year=2023']],
    ['领导只要没填负责人的项目', ['empty']],
  ])('a pronoun or a role wanting only something: %s', (q, want) => {
    expect(filterKinds(understood(q))).toEqual(want);
  });

  it('a pronoun that could point at a person is still reported when no verb of wanting follows', () => {
    expect(parse('他负责的项目有几个').unplaced).toContain('他');
  });
});

const NOW = new Date('2026-03-02T09:00:00Z');
function answered(text: string): AskedQuestion {
  const { query, unplaced } = parse(text);
  expect(unplaced).toEqual([]);
  return { query: query!, text, at: new Date(NOW.getTime() - 60_000).toISOString() };
}

describe('follow-ups that lean on the question before', () => {
  it('那A和B加起来呢 after a total: the same total over the two named', () => {
    const previous = answered('邵春燕负责的项目全年预算合计');
    for (const q of [
      '那韩立军和邵春燕两个人加起来呢',
      '那韩立军和邵春燕合起来呢',
      '那永宁镇和香水园加在一起呢',
    ]) {
      const reading = readFollowUp(q, previous);
      const own = parse(reading.text);
      expect(own.unplaced, q).toEqual([]);
      const out = attachFollowUp(reading, own.query, previous);
      if ('ask' in out) throw new Error(out.ask);
      expect(out.query!.measures, q).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
    }
  });

  it('加起来 after an average is another figure: still reported', () => {
    const previous = answered('邵春燕负责的项目平均执行率');
    const reading = readFollowUp('那韩立军和邵春燕加起来呢', previous);
    expect(parse(reading.text).unplaced).toContain('加起来');
  });

  it.each(['为什么扣了5分', '为啥被扣分了', '怎么没拿满分呢'])(
    '%s: the deducted rows of the projects just asked',
    (q) => {
      const previous = answered('古城墙修缮补助总分多少');
      const reading = readFollowUp(q, previous);
      expect(reading.how).toBe('refer');
      const rows = readRowQuestion(reading.text, false);
      expect(rows?.score).toBe('lost');
      expect(rows?.columns).toContain('deviation');
      // With nothing asked before, it is asked about.
      expect(readFollowUp(q, null).ask).toBeTruthy();
    },
  );

  it('为什么 with a name of its own is no follow-up of this kind', () => {
    expect(readFollowUp('为什么古城墙修缮补助扣了5分', answered('永宁镇的项目有几个')).how).not.toBe('refer');
  });
});

describe("a project's deviation reasons are its rows' column", () => {
  it.each([
    '古城墙修缮补助的偏差原因是啥',
    '它的偏差原因是什么，我要写说明',
    '老旧楼房外墙保温偏差原因都写的什么',
    '它的偏差原因呢',
  ])('%s', (q) => {
    const rows = readRowQuestion(q, false);
    expect(rows?.columns, q).toContain('deviation');
  });

  it.each(['哪些项目没写偏差原因', '香水园有几个项目没填偏差原因呢'])(
    'a finding said with a verb before it is no ask for the rows, even with other words not understood: %s',
    (q) => {
      expect(readRowQuestion(q, false)).toBeNull();
    },
  );

  it.each(['偏差原因没写的项目有几个', '缺偏差原因的项目'])('a finding stays the form’s: %s', (q) => {
    expect(readRowQuestion(q, true)).toBeNull();
  });

  // (since stop 45: a reason written is in some row — the forms without the check's finding include every form that lost
  // no point and wrote nothing; with points lost or full marks said, the check's reading stands)
  it.each(['哪些项目写了偏差原因', '有偏差原因的项目'])(
    'a reason written is the rows holding one: %s',
    (q) => {
      expect(readRowQuestion(q, true)?.cells).toEqual([{ column: 'deviation', blank: false }]);
    },
  );
});

describe('words pointing back at what the question itself states', () => {
  it.each([
    ['永宁镇哪个项目的全年预算在当地是最高的', ['department:永宁镇', 'implementingUnit:永宁镇']],
    ['香水园执行率在本地最低的是哪个', ['department:香水园', 'implementingUnit:香水园']],
  ])('当地 / 本地 is the place named: %s', (q, want) => {
    expect(filterKinds(understood(q))).toEqual(want);
  });

  it('当地 with no place named stays reported', () => {
    expect(parse('哪个项目的全年预算在当地是最高的').unplaced.length).toBeGreaterThan(0);
  });

  it.each(['「联系电话：69123456」这个号码底下挂了几个项目', '电话69123456，这个号码挂着哪些项目'])(
    '这个号码 is the number named: %s',
    (q) => {
      expect(filterKinds(understood(q))).toEqual(['phone']);
    },
  );

  it('这个号码 with no number named stays reported', () => {
    expect(parse('这个号码下面有几个项目').unplaced.length).toBeGreaterThan(0);
  });

  it.each([
    ['区委巡察组要求整改，说我们有项目扣了分却没写原因，永宁镇有没有这种情况', 'finding'],
    ['审计提了意见，说部分项目满意度没做。帮我把香水园这类项目找出来', 'satisfactionGap'],
  ])('the kind told in the message is what 这种 / 这类 asks about: %s', (q, kind) => {
    expect(filterKinds(understood(q))).toContain(kind);
  });

  it('这种情况 in a message of one clause is left to the question before (like-these.ts)', () => {
    expect(parse('永宁镇有没有这种情况').unplaced.length).toBeGreaterThan(0);
  });
});

describe('scope words and remarks', () => {
  it('全区所有单位 is every project the asker sees; 全区 alone may mean one district: reported', () => {
    expect(understood('全年执行数排名前五的项目（全区所有单位）').filters).toEqual([]);
    expect(parse('全区的项目有几个').unplaced).toContain('全区');
  });

  it('部分项目 / 某些项目 add no condition', () => {
    expect(filterKinds(understood('部分项目扣了分偏差原因却没写'))).toEqual(
      filterKinds(understood('扣了分偏差原因却没写的项目')),
    );
  });

  it('这次不能再出错 is a remark about the asking, 错 no condition', () => {
    expect(filterKinds(understood('这次不能再出错。永宁镇2023年的项目全年预算加起来多少'))).toEqual([
      'department:永宁镇',
      'implementingUnit:永宁镇',
      'year=2023',
    ]);
  });

  it.each(['永宁镇的两个项目全年预算合计', '永宁镇2023年的两个节水项目，全年预算加起来多少'])(
    'a count after the scope and 的 restates it (checked when answered): %s',
    (q) => {
      const query = understood(q);
      expect(query.limit).toBeUndefined();
      expect(filterKinds(query)).toContain('department:永宁镇');
    },
  );

  it('the count after a ranking stays the ranking', () => {
    expect(understood('执行率最低的两个项目全年预算合计').limit).toBe(2);
  });
});

describe('a meeting named by what it reviews is when the figure is wanted', () => {
  it.each([
    [
      '明早预算评审会我只要一个数：2023年永宁镇项目的全年预算总额',
      ['department:永宁镇', 'implementingUnit:永宁镇', 'year=2023'],
    ],
    [
      '下午绩效评价会上要用，香水园2023年的项目有几个',
      ['department:香水园', 'implementingUnit:香水园', 'year=2023'],
    ],
  ])('%s', (q, want) => {
    expect(filterKinds(understood(q))).toEqual(want);
  });

  it('a meeting named with a year is no frame: the year may be meant', () => {
    expect(parse('2023年预算评审会要用，永宁镇的项目有几个').unplaced.length).toBeGreaterThan(0);
  });
});
