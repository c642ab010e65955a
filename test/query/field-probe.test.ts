/**
 * Families found by probing every field of the record with every operation (stop 35, h-field35), in wordings and a
 * store of our own: a group column said first and then only counted (主管部门有几个) counts its values; a column's
 * label before a bare word of a kind of office (主管部门填的是办公室) is that cell as written; words an office's cell is
 * said to hold (实施单位里包含X两个字) keep the label; 哪些表的X没填 asks for forms; the year's label left empty; the
 * budget row's 分值 pointed at (预算执行这一项的分值); a lexicon word opening a project's name (最低生活保障); an all-of
 * question judged over its restricted subject only (扣分的指标都写了原因吗); groups every project of which meets a
 * condition (哪几个单位的项目都…) reported; phones said to be 同一个.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitAsks } from '../../src/query/multi-ask.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { readSharedCell } from '../../src/query/shared-cells.ts';
import { spokenShapes } from '../../src/query/spoken-shapes.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { adminStoreOf, indicatorRow, type KnownProject, vocabularyOfProjects } from './known-store.ts';

const PROJECTS: KnownProject[] = [
  { name: '山南乡困难群众兜底保障', dept: '山南乡人民政府', year: 2041, owner: '秦岭', budget: 40 },
  { name: '乡办公室和服务用房修缮', dept: '山南乡人民政府', year: 2041, owner: '秦岭', budget: 12 },
  { name: '林下经济示范', dept: '办公室', year: 2040, owner: '白露', budget: 8 },
  { name: '河长制巡河补贴', dept: '水务站', year: 2041, owner: '白露', budget: 5 },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseQuestion(q, VOCAB, 2042);

describe('a group column said first, then only counted, counts its values', () => {
  it.each([
    ['主管部门有几个', 'department'],
    ['主管部门总共有多少家', 'department'],
    ['实施单位一共几个', 'implementingUnit'],
    ['负责人有多少个', 'owner'],
    ['项目负责人一共有几个人', 'owner'],
    ['年份有几个', 'year'],
    ['一共有几个年度的表', 'year'],
    ['总共有多少个不同的负责人', 'owner'],
    ['有多少家主管部门', 'department'],
    ['联系电话总共有几个不同的', 'phone'],
  ])('%s', (q, dim) => {
    const read = parse(q);
    expect(read.unplaced).toEqual([]);
    expect(read.query).toMatchObject({ groupBy: dim, countGroups: true });
  });
  it('a value said of the column stays a condition', () => {
    const read = parse('主管部门是水务站的有几个');
    expect(read.unplaced).toEqual([]);
    expect(read.query?.countGroups).toBeUndefined();
    expect(JSON.stringify(read.query?.filters)).toContain('水务站');
  });
  it.each(['河长制巡河补贴的负责人是谁，电话多少', '林下经济示范年度指标值定的多少'])(
    '%s: a value asked, no count',
    (q) => {
      expect(parse(q).query?.countGroups).toBeUndefined();
    },
  );
  it('几个部门的项目 still counts projects', () => {
    expect(parse('有几个部门的项目').query?.countGroups).toBeUndefined();
  });
});

describe('a column’s label before a bare word of a kind of office', () => {
  it.each(['主管部门填的是办公室的项目', '主管部门是办公室的有哪些'])('%s: that cell as written', (q) => {
    const read = parse(q);
    expect(read.unplaced).toEqual([]);
    expect(read.query?.filters).toEqual([
      { type: 'name', field: 'department', term: '办公室', values: ['办公室'] },
    ]);
  });
  it('alone it names no office (nor a project holding the word)', () => {
    const read = parse('办公室的项目');
    expect(read.query?.filters ?? []).not.toContainEqual(
      expect.objectContaining({ field: 'department', values: ['办公室'] }),
    );
  });
});

describe('words an office’s cell is said to hold keep the label', () => {
  it.each(['主管部门里有山南乡的项目', '主管部门名称中包含山南两个字的项目有几个', '主管部门含山南字样的'])(
    '%s',
    (q) => {
      const read = parse(q);
      expect(read.unplaced).toEqual([]);
      expect(read.query?.filters).toContainEqual(
        expect.objectContaining({ type: 'name', field: 'department', values: ['山南乡人民政府'] }),
      );
      expect(JSON.stringify(read.query?.filters)).not.toContain('"any"');
    },
  );
});

describe('哪些表的X没填 asks for the forms, not the groups', () => {
  it.each([
    ['哪些表的负责人没写', 'owner'],
    ['哪些表的主管部门那栏是空的', 'department'],
  ])('%s', (q, field) => {
    const read = parse(q);
    expect(read.unplaced).toEqual([]);
    expect(read.query?.groupBy).toBeUndefined();
    expect(read.query?.filters).toEqual([{ type: 'empty', field, empty: true }]);
  });
});

describe('the year’s label left empty', () => {
  it.each(['年度没填的表有没有', '年份空着的项目有几个'])('%s', (q) => {
    const read = parse(q);
    expect(read.unplaced).toEqual([]);
    expect(read.query?.filters).toEqual([{ type: 'empty', field: 'year', empty: true }]);
  });
  it('a year said is no empty year', () => {
    expect(parse('2041年没写负责人的项目').query?.filters).toContainEqual({
      type: 'empty',
      field: 'owner',
      empty: true,
    });
  });
});

describe('the budget row’s 分值 pointed at', () => {
  it.each(['河长制巡河补贴预算执行这一项的分值是几分', '河长制巡河补贴执行率那一栏的分值'])('%s', (q) => {
    const read = parse(q);
    expect(read.unplaced).toEqual([]);
    expect(read.query?.select).toEqual(['budgetWeight']);
  });
});

describe('a lexicon word opening a project’s name', () => {
  it.each(['兜底保障那个项目的负责人', '困难群众兜底保障的全年预算'])('%s', (q) => {
    const read = parse(q);
    expect(read.unplaced).toEqual([]);
    expect(read.query?.filters[0]).toMatchObject({ values: ['山南乡困难群众兜底保障'] });
  });
  it('a ranking word before a field stays a ranking', () => {
    expect(parse('全年预算最低的项目').query?.order).toMatchObject({ by: 'annualBudget', dir: 'asc' });
  });
});

describe('a group column then which one of it, or a group’s figure at an end then the column', () => {
  it.each([
    ['实施单位中谁的全年预算最多', 'implementingUnit', { fn: 'sum', field: 'annualBudget' }],
    ['负责人里面哪个的项目最少', 'owner', { fn: 'count' }],
    ['全年预算总额最大的主管部门', 'department', { fn: 'sum', field: 'annualBudget' }],
    ['平均总分最低的负责人是谁', 'owner', { fn: 'avg', field: 'totalScore' }],
  ])('%s: the groups ranked', (q, dim, measure) => {
    const read = parse(q);
    expect(read.unplaced).toEqual([]);
    expect(read.query).toMatchObject({ groupBy: dim, limit: 1 });
    expect(read.query?.measures).toContainEqual(measure);
  });
  it('a place before 里 stays a place', () => {
    expect(parse('山南乡里哪个项目预算最多').query?.groupBy).toBeUndefined();
  });
});

describe('groups every project of which meets a condition are reported', () => {
  it.each(['哪几个单位的项目总分都是满分', '哪个部门的项目执行率都达到100%'])('%s', (q) => {
    expect(parse(q).unplaced).toContain('都');
  });
  it('哪些部门都有… sums the groups up: no report', () => {
    expect(parse('哪些部门都有总分低于90的项目').unplaced).toEqual([]);
  });
});

describe('the count of the group a ranking ends at is no ask of its own', () => {
  it.each(['谁手上的项目最多，几个', '哪个单位项目最少？有几个项目'])('%s', (q) => {
    expect(splitAsks(q)).toEqual([q]);
    const read = parse(q);
    expect(read.unplaced).toEqual([]);
    expect(read.query).toMatchObject({ measures: [{ fn: 'count' }], limit: 1 });
  });
  it('a count of something else stays an ask', () => {
    expect(splitAsks('一共多少个项目，几个部门')).toHaveLength(2);
  });
});

describe('a cell’s content said is of the cell’s own kind', () => {
  it('负责人没填电话: the phone left empty, the number kept', () => {
    expect(spokenShapes('负责人没填电话的项目')).toBe('负责人没填电话的项目');
    expect(parse('负责人没填电话的项目').query?.filters).toEqual([
      { type: 'empty', field: 'phone', empty: true },
    ]);
  });
  it.each([
    ['负责人那栏没写名字', '负责人没填'],
    ['电话那格没填号码', '电话没填'],
  ])('%s', (q, out) => {
    expect(spokenShapes(q)).toBe(out);
  });
  it('负责人没填，电话填了: two tests', () => {
    expect(parse('负责人没填，电话填了的项目').query?.filters).toEqual([
      { type: 'empty', field: 'owner', empty: true },
      { type: 'empty', field: 'phone', empty: false },
    ]);
  });
});

describe('what a cell holds said missing is no empty cell', () => {
  it.each(['项目名称里没有年份的项目', '项目名称中没有年度的有哪些'])('%s: reported', (q) => {
    const read = parse(q);
    expect(read.unplaced.length).toBeGreaterThan(0);
    expect(read.query?.filters ?? []).not.toContainEqual({
      type: 'empty',
      field: 'projectName',
      empty: true,
    });
  });
});

describe('phones said to be 同一个', () => {
  it.each(['负责人电话都是同一个的项目', '联系电话用的同一个号码的有哪些', '跟其他项目合用一个号码的'])(
    '%s',
    (q) => {
      const read = readSharedCell(q);
      expect(read && 'patch' in read).toBe(true);
      if (!read || !('patch' in read)) return;
      expect(read.patch({ filters: [] })?.filters).toContainEqual({ type: 'shared', field: 'phone' });
    },
  );
});

/** A form with rows: 失分 rows (score < weight) with or without a reason. */
function formOf(name: string, rows: FormRecord['indicators']): FormRecord {
  const r = emptyRecord();
  r.year = 2041;
  r.department = '水务站';
  r.implementingUnit = '水务站';
  r.projectName = name;
  r.owner = '白露';
  r.indicators = rows;
  r.funds.total.annualBudget = { raw: '10', value: 10 };
  r.funds.total.executed = { raw: '10', value: 10 };
  return r;
}

describe('an all-of question judged over its restricted subject only', () => {
  let ask: Awaited<ReturnType<typeof adminStoreOf>>['ask'];
  let close: () => Promise<void>;
  beforeAll(async () => {
    const lost = (deviation: string) =>
      indicatorRow('产出指标', '数量指标', '巡河次数', { score: 8, deviation });
    const s = await adminStoreOf('cli:field-probe', [
      formOf('一号闸站维护', [lost('汛期停工')]),
      formOf('二号闸站维护', [lost('')]),
      formOf('三号闸站维护', [indicatorRow('产出指标', '数量指标', '巡河次数')]),
      formOf('四号闸站维护', [indicatorRow('产出指标', '数量指标', '巡河次数')]),
      formOf('五号闸站维护', [indicatorRow('产出指标', '数量指标', '巡河次数')]),
    ]);
    ask = s.ask;
    close = () => s.store.close();
  }, 60_000);
  afterAll(async () => close());

  it.each(['巡河指标都拿满分了吗', '巡河次数指标的得分都是满分吗'])(
    '%s: 否 with the rows that lost points',
    async (q) => {
      const reply = await ask(q);
      expect(reply.text).toMatch(/^否/u);
      expect(new Set(reply.rows.map((r) => r[0]))).toEqual(new Set(['一号闸站维护', '二号闸站维护']));
    },
  );
  it('一号闸站维护的实际完成值都是多少: the project’s rows', async () => {
    const reply = await ask('一号闸站维护的实际完成值都是多少');
    expect(reply.unplaced ?? []).toEqual([]);
    expect(reply.rows.map((r) => r[0])).toEqual(['一号闸站维护']);
  });
  it.each(['扣分的指标都写了原因吗', '有扣分的项目是不是都填了偏差原因'])(
    '%s: over the 2 with lost points',
    async (q) => {
      const reply = await ask(q);
      expect(reply.text).toMatch(/否/u);
      expect(reply.text).toMatch(/共 2 个/u);
      expect(reply.text).toMatch(/其中 1 个/u);
      expect(reply.rows.map((r) => r[0])).toEqual(['二号闸站维护']);
    },
  );
});
