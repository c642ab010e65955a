/**
 * Sentence-level shapes (issue 10): narrative frames set aside by their structure (who asks, who it goes to, where
 * the clerk has been), empty and filled said any way and in any position, column names as staff say them, and
 * yes/no questions. Phrasings of our own over a small store of our own; negatives included (a name with 空 or 电话
 * in it, a frame whose subject is a stored office, a named place the store does not know).
 */
import { describe, expect, it } from 'vitest';
import { setAsideNarrative } from '../../src/query/narrative.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { LeafFilter, PortfolioQuery } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { readYesNo, splitYesNo } from '../../src/query/yes-no.ts';
import { understoodBy } from './understood.ts';

const VOCAB = vocabularyOf([
  {
    department: '北京市怀柔区雁栖镇人民政府',
    implementingUnit: '雁栖镇社会事务办公室',
    owner: '孙丽娟',
    projectName: '空巢老人关爱服务',
    year: 2024,
  },
  {
    department: '北京市怀柔区雁栖镇人民政府',
    implementingUnit: '雁栖镇农业服务中心',
    owner: '郭振华',
    projectName: '2024年板栗林病虫害防治',
    year: 2024,
  },
  {
    department: '北京市怀柔区政务服务管理局',
    implementingUnit: '来电话务中心',
    owner: '冯佳',
    projectName: '12345接电话务系统运维',
    year: 2023,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);
const cmp = (field: string, op: string, value: number) =>
  ({ type: 'compare', field, op, value }) as LeafFilter;
const empty = (field: string, isEmpty = true) => ({ type: 'empty', field, empty: isEmpty }) as LeafFilter;

const understood = understoodBy(parse);
const kinds = (q: PortfolioQuery) => q.filters.map((f) => (f.type === 'any' ? 'any' : f.type));

describe('narrative frames are set aside by their structure', () => {
  it.each<[string, LeafFilter[], string[]]>([
    // A subject that asks (role or institution) + a verb of saying, requiring or notifying.
    ['科里要求汇总总分低于85分的项目', [cmp('totalScore', '<', 85)], ['科里要求汇总']],
    ['市里下午来通知，执行率低于七成的项目有几个', [cmp('executionRate', '<', 70)], ['市里下午来通知']],
    ['审计那边打电话问，联系电话空着的项目', [empty('phone')], ['审计那边打电话问']],
    ['上头发话了：总分低于60的都列出来', [cmp('totalScore', '<', 60)], ['上头发话']],
    // The recipient of a report.
    ['周五前报区审计：执行率低于80%的项目', [cmp('executionRate', '<', 80)], ['报区审计', '周五前']],
    ['这是交给巡视组的材料，总分低于75的项目', [cmp('totalScore', '<', 75)], ['交给巡视组的材料']],
    // What the asker's superiors want the figures for, or want handed in.
    ['考核组检查要用：执行率低于85%的项目', [cmp('executionRate', '<', 85)], ['考核组检查要用']],
    ['巡察那边要数据。总分低于70的项目有哪些', [cmp('totalScore', '<', 70)], ['巡察那边要数据']],
    // The place of an event the clerk went to.
    [
      '我刚去财政局培训回来，执行率低于50%的项目有哪些',
      [cmp('executionRate', '<', 50)],
      ['去财政局培训回来'],
    ],
  ])('%s', (q, filters, aside) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query!.filters).toEqual(filters);
    expect(p.setAside).toEqual(aside);
  });

  it('电话 in a call is no field: 来电话问 does not ask for the phone number', () => {
    const q = understood('主任刚才来电话问，总分最低的项目是哪个');
    expect(q.select ?? []).not.toContain('phone');
    expect(q.order).toEqual({ by: 'totalScore', dir: 'asc' });
  });

  it('a frame whose subject is a stored office keeps it as a condition', () => {
    const q = understood('雁栖镇要求统计总分低于90的项目');
    expect(kinds(q)).toContain('any');
    expect(q.filters).toContainEqual(cmp('totalScore', '<', 90));
  });

  it('what follows the verb is the question: its year and condition are kept', () => {
    expect(understood('区里要求把2024年执行率低于60%的列出来').filters).toEqual([
      cmp('executionRate', '<', 60),
      cmp('year', '=', 2024),
    ]);
  });

  it.each([
    // A named place the store does not know may be meant as the projects' place: reported, never dropped.
    ['密云区要求统计执行率低于90%的项目', '密云区'],
    ['下周报密云区，总分低于80的项目', '密云区'],
    ['我刚从昌平区开会回来，执行率低于90%的项目有几个', '昌平区'],
  ])('%s still reports %s', (q, word) => {
    expect(parse(q).unplaced.join('|')).toContain(word);
  });

  it('a role with a condition of its own is no subject (没交材料的科室让我…)', () => {
    const p = parse('没交材料的科室让我查总分低于80的项目');
    expect(p.setAside).toEqual([]);
    expect(p.unplaced).toContain('材料');
  });

  it('有个叫X的项目 introduces a project name; 叫什么名字 asks', () => {
    const q = understood('有个名叫空巢老人关爱服务的项目，负责人是谁');
    expect(q.filters).toEqual([
      expect.objectContaining({ type: 'name', field: 'projectName', values: ['空巢老人关爱服务'] }),
    ]);
    expect(parse('叫做什么的项目执行率最低').setAside ?? []).toEqual([]);
  });

  it('a stored name that looks like a call is no frame (来电话务中心, 接电话务系统)', () => {
    const p = parse('12345接电话务系统运维的负责人是谁');
    expect(p.setAside ?? []).toEqual([]);
    expect(p.query?.filters[0]).toMatchObject({ type: 'name', field: 'projectName' });
    expect(p.query?.select).toEqual(['owner']);
  });

  it('frames of the asker alone are set aside without being said back (科长让我)', () => {
    const frames = setAsideNarrative('科长让我查一下', () => null);
    expect(frames.text.trim()).toBe('我查一下');
    expect(frames.setAside).toEqual([]);
  });
});

describe('empty and filled, said any way and in any position', () => {
  it.each<[string, LeafFilter]>([
    ['联系电话那一列什么都没写的项目', empty('phone')],
    ['哪些项目负责人这一行啥也没填', empty('owner')],
    ['总分那一栏一个字都没写', empty('totalScore')],
    ['没有填过年初预算的项目', empty('initialBudget')],
    ['年初预算填过的项目', empty('initialBudget', false)],
    ['联系电话那儿空着的项目', empty('phone')],
    ['全年执行数不是空的项目', empty('executed', false)],
  ])('%s', (q, filter) => {
    expect(understood(q).filters).toEqual([filter]);
  });

  it('都 puts every field joined by 和 under the test (两个都 is "both", not a count)', () => {
    for (const q of ['负责人和联系电话都没填的项目', '项目负责人和联系电话两个都没填的']) {
      expect(understood(q).filters).toEqual([empty('phone'), empty('owner')]);
    }
    expect(understood('总分、负责人和年初预算都填了的项目').filters).toEqual([
      empty('initialBudget', false),
      empty('owner', false),
      empty('totalScore', false),
    ]);
  });

  it('left out, said with the verb of omission alone (漏掉, 遗漏, 漏的)', () => {
    expect(understood('年初预算漏掉的项目').filters).toEqual([empty('initialBudget')]);
    expect(understood('联系电话遗漏的有几个').filters).toEqual([empty('phone')]);
    expect(understood('负责人漏的项目').filters).toEqual([empty('owner')]);
  });

  it('偏差 alone is the deviation column when said as written or not; 有偏差 is a row that lost points', () => {
    expect(understood('偏差没写的项目').filters).toEqual([{ type: 'finding', codes: ['DEVIATION_MISSING'] }]);
    expect(understood('偏差那一栏空着的项目').filters).toEqual([
      { type: 'finding', codes: ['DEVIATION_MISSING'] },
    ]);
    expect(understood('有偏差的项目').filters).toEqual([cmp('rowsBelowWeight', '>', 0)]);
  });

  it('a project whose name holds 空 is a name, not an empty test', () => {
    const q = understood('空巢老人关爱服务的负责人是谁');
    expect(q.filters).toEqual([
      expect.objectContaining({ type: 'name', field: 'projectName', values: ['空巢老人关爱服务'] }),
    ]);
    expect(q.select).toEqual(['owner']);
  });

  it('a project named with its year first is found without the year', () => {
    const q = understood('板栗林病虫害防治的联系电话是多少');
    expect(q.filters).toEqual([
      expect.objectContaining({ type: 'name', values: ['2024年板栗林病虫害防治'] }),
    ]);
  });
});

describe('yes/no questions', () => {
  it.each<[string, string]>([
    ['X的联系电话填了没有', 'X的联系电话填了'],
    ['X的负责人填没填', 'X的负责人填了'],
    ['X的总分写了吗？', 'X的总分写了？'],
    ['X有没有填年初预算', 'X已填年初预算'],
    ['X是否填写了联系电话', 'X已填写了联系电话'],
    ['X的负责人是不是空的', 'X的负责人空的'],
    ['X的电话空着吗', 'X的电话空着'],
  ])('the asking tail of %s is a statement', (q, statement) => {
    expect(readYesNo(q)).toEqual({ text: statement, yesNo: true });
  });

  it.each<[string, string]>([
    ['X那几个项目有被扣分的没有', 'X那几个项目有没有被扣分的'],
    ['永宁镇有执行率低于90%的项目没？', '永宁镇有没有执行率低于90%的项目？'],
  ])('有…没有 said at the end: %s', (q, statement) => {
    expect(readYesNo(q).text).toBe(statement);
  });

  it('有 of another word, or a clause asking which, keeps its 没有', () => {
    expect(readYesNo('还有哪些项目电话没有').text).toBe('还有哪些项目电话没有');
    expect(readYesNo('所有项目都填了电话没有').text).not.toContain('有没有');
  });

  it('a question that asks no yes or no is left as it is', () => {
    expect(readYesNo('总分没填的项目')).toEqual({ text: '总分没填的项目', yesNo: false });
    expect(readYesNo('联系电话没有填的有哪些')).toEqual({ text: '联系电话没有填的有哪些', yesNo: false });
  });

  it.each<[string, LeafFilter]>([
    ['空巢老人关爱服务的联系电话填了没有', empty('phone', false)],
    ['空巢老人关爱服务有没有填总分', empty('totalScore', false)],
    ['空巢老人关爱服务的负责人是不是空的', empty('owner')],
    ['空巢老人关爱服务的年初预算填了吗', empty('initialBudget', false)],
    ['空巢老人关爱服务的执行率是不是低于90%', cmp('executionRate', '<', 90)],
  ])('%s: one project, one condition asked of it', (q, condition) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.yesNo).toBe(true);
    const split = splitYesNo(p.query!, (x) => x.filters.flatMap((f) => ('field' in f ? [f.field] : [])));
    expect(split?.conditions).toEqual([condition]);
    expect(split?.lookup.filters).toEqual([expect.objectContaining({ type: 'name', field: 'projectName' })]);
    expect(split?.lookup.select).toContain((condition as { field: string }).field);
  });

  it('有没有…的项目 asks about the portfolio: no project named, nothing to split', () => {
    const p = parse('有没有执行率低于50%的项目');
    expect(p.yesNo).toBe(true);
    expect(p.query!.filters).toEqual([cmp('executionRate', '<', 50)]);
    expect(splitYesNo(p.query!, () => [])).toBeNull();
  });
});
