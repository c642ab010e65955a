// Conversation shapes read whole: two asks split at a full-width comma before a figure, 数个数 / 报个总数, an
// impression of how many before the count (项目挺多的，到底几个), 其他人 after the people left out, and emoji alone.
import { describe, expect, it } from 'vitest';
import { isChitchat } from '../../src/bot/intent.ts';
import { splitAsks } from '../../src/query/multi-ask.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

const VOCAB = vocabularyOf([
  {
    department: '大红门街道办事处',
    implementingUnit: '平安办',
    owner: '王丽',
    projectName: '平安建设经费',
    year: 2023,
  },
  {
    department: '大红门街道办事处',
    implementingUnit: '社区办',
    owner: '赵康',
    projectName: '社区养老服务',
    year: 2022,
  },
  {
    department: '潞源街道办事处',
    implementingUnit: '综合办',
    owner: '张宏',
    projectName: '统计所经费',
    year: 2023,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2026);

describe('two asks split at a comma a figure follows', () => {
  it.each([
    ['2020年有几个项目，2023年有几个', ['2020年有几个项目', '2023年有几个']],
    ['潞源有几个项目，2022年的呢', ['潞源有几个项目', '2022年的呢']],
  ])('%s', (text, asks) => expect(splitAsks(text)).toEqual(asks));
  it('a number with a thousands comma or a point is one ask', () => {
    expect(splitAsks('预算1,000万以上的有几个')).toHaveLength(1);
    expect(splitAsks('执行率低于90.5%的有哪些')).toHaveLength(1);
  });
});

describe('words of the asking read as such', () => {
  it.each(['大红门的项目按实施单位数个数', '潞源的项目报个总数', '2023年的项目，算个数'])('%s', (q) => {
    const { query, unplaced } = parse(q);
    expect(unplaced).toEqual([]);
    expect(query?.measures).toEqual([{ fn: 'count' }]);
  });

  it.each([
    ['我记得张宏负责的项目挺多的，到底几个', '挺多的'],
    ['大红门的项目好像不少，有多少个', '好像不少'],
  ])('%s: the impression set aside and said back', (q, said) => {
    const r = parse(q);
    expect(r.unplaced).toEqual([]);
    expect(r.query?.measures).toEqual([{ fn: 'count' }]);
    expect((r.setAside ?? []).join('')).toContain(said);
  });

  it('a degree said of a figure is no impression: still a vague bound', () => {
    expect((parse('预算很少的，有几个').setAside ?? []).join('')).not.toContain('很少');
  });

  it.each(['除了赵康和王丽，其他人负责的项目有几个', '除了张宏以外，别人负责的项目有几个'])('%s', (q) => {
    const { query, unplaced } = parse(q);
    expect(unplaced).toEqual([]);
    expect(query?.filters.every((f) => f.type === 'name' && f.negate)).toBe(true);
  });
  it('其他人 with nobody left out before it stays unplaced', () => {
    expect(parse('其他人负责的项目有几个').unplaced).toContain('其他人');
  });
});

describe('emoji alone', () => {
  it.each(['👍', '👍👍', '🙏', '👌🌹'])('%s thanks or assents', (t) => expect(isChitchat(t)).toBe(true));
  it.each(['😂😂😂👍👍', '🤔', '😅'])('%s says nothing the bot reads', (t) =>
    expect(isChitchat(t)).toBe(false),
  );
});

describe('names and people said in talk', () => {
  const V = vocabularyOf([
    { department: '双井街道办事处', owner: '孙子懿', projectName: '双井街道疫情防控资金—基本户', year: 2020 },
    {
      department: '双井街道办事处',
      owner: '孙子懿',
      projectName: '双井街道疫情防控资金-其他零余额专项',
      year: 2020,
    },
    { department: '潞源街道办事处', owner: '葛帅', projectName: '潞源街道社区服务经费', year: 2023 },
    { department: '潞源街道办事处', owner: '葛帅', projectName: '潞源街道社区服务经费（区级）', year: 2023 },
  ]);
  const p = (q: string) => parseQuestion(q, V, 2026);
  const projects = (q: string) =>
    (p(q).query?.filters ?? []).flatMap((f) =>
      f.type === 'name' && f.field === 'projectName' ? (f.values ?? []) : [],
    );

  it.each([
    ['双井的疫情防控资金有哪些', 2],
    ['双井那些疫情防控资金的执行数', 2],
    ['潞源的社区服务经费有几个', 2],
  ])('%s: a place and a piece of the names joined by 的 / 那些 — every name holding both', (q, n) =>
    expect(projects(q)).toHaveLength(n),
  );

  it.each(['双井疫情防控那俩项目负责人是谁', '潞源社区服务经费那俩项目的负责人'])(
    '%s: 那俩项目 points, 项目 stays whole',
    (q) => expect(p(q).unplaced).toEqual([]),
  );

  it.each(['潞源街道社区服务经费找谁', '潞源街道社区服务经费（区级）该联系哪位'])(
    '%s: whom to contact is the 负责人',
    (q) => {
      const r = p(q);
      expect(r.unplaced).toEqual([]);
      expect(r.query?.select).toEqual(['owner']);
    },
  );

  it.each([
    ["What's the total annual budget of 双井 street?", '双井'],
    ['How many projects does 潞源 subdistrict have?', '潞源'],
  ])('%s: street / subdistrict after a Chinese place name', (q, place) => {
    const r = p(q);
    expect(r.unplaced).toEqual([]);
    expect(JSON.stringify(r.query?.filters)).toContain(place);
  });
});

describe('a topic to check in a frame, said again by the question', () => {
  it.each([
    ['上面来通知要查满意度。2023年没有满意度指标的项目有哪些', '2023年没有满意度指标的项目有哪些'],
    ['局里要求统计执行率。执行率低于90%的项目有几个', '执行率低于90%的项目有几个'],
  ])('%s reads as the question alone', (q, alone) => {
    const a = parse(q);
    expect(a.unplaced).toEqual([]);
    expect(a.query).toEqual(parse(alone).query);
  });
});

describe("the asker's own copy of a figure, said beside the question", () => {
  const V = vocabularyOf([
    { department: '潞源街道办事处', owner: '刘晓', projectName: '重点区域精细化管控项目', year: 2023 },
    { department: '潞源街道办事处', owner: '周蕾莹', projectName: '统计所经费', year: 2023 },
  ]);
  it.each([
    ['帮我查下刘晓那个精细化管控项目的电话，我手机里存的是89536218，好像不对', 'phone'],
    ['统计所经费的联系电话多少？我通讯录里记的是80856942', 'phone'],
    ['统计所经费的全年预算多少，我台账上记的是120万，可能有误', 'annualBudget'],
  ])('%s: set aside, the field looked up', (q, field) => {
    const r = parseQuestion(q, V, 2026);
    expect(r.unplaced).toEqual([]);
    expect(r.query?.select).toEqual([field]);
    expect(r.query?.filters.some((f) => f.type === 'phone' || f.type === 'compare')).toBe(false);
    expect((r.setAside ?? []).join('')).toMatch(/存的是|记的是/u);
  });
  it('a phone said as the condition stays one', () => {
    expect(parseQuestion('电话是89536218的项目', V, 2026).query?.filters).toEqual([
      { type: 'phone', digits: '89536218' },
    ]);
  });
});
