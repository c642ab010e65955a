/**
 * Shapes of question each met once (h-wide), handled by family, in wordings of our own over a small store: an office
 * abbreviation after a place, a visit of an institution as a frame, projects shared with people not named, a manner
 * said by reduplication, a project pointed at in 笔, a count typed apart in a group chat, a name said by its pattern,
 * not one to be left out, what is left after a year excluded, the grade said with a verb of being graded, and projects
 * sharing a cell with another project or person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArithmetic } from '../../src/query/arithmetic.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Filter } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import type { Store } from '../../src/store/store.ts';
import {
  type AskedReply,
  adminStoreOf,
  formWithRows,
  indicatorRow,
  type KnownProject,
  recordOfProject,
} from './known-store.ts';

const VOCAB = vocabularyOf([
  {
    department: '青龙街道办事处',
    implementingUnit: '安全生产办公室',
    owner: '邵春燕',
    projectName: '消防器材更新',
    year: 2023,
  },
  {
    department: '青龙街道办事处',
    implementingUnit: '城管办、安全办',
    owner: '邵春燕、韩立军',
    projectName: '夜间巡查补贴',
    year: 2023,
  },
  {
    department: '白虎街道办事处',
    implementingUnit: '安全生产办公室',
    owner: '韩立军',
    projectName: '防汛物资储备',
    year: 2023,
  },
  {
    department: '白虎街道办事处',
    implementingUnit: '民生保障办公室',
    owner: '孙浩',
    projectName: '困难群众临时补贴',
    year: 2020,
  },
  {
    department: '白虎街道办事处',
    implementingUnit: '民生保障办公室',
    owner: '孙浩',
    projectName: '2023年助残服务经费（区级资金）',
    year: 2023,
  },
  {
    department: '白虎街道办事处',
    implementingUnit: '民生保障办公室',
    owner: '孙浩',
    projectName: '2023年助残服务经费（市级资金）',
    year: 2023,
  },
]);

const parse = (q: string) => parseQuestion(q, VOCAB, 2024);
const shape = (f: Filter): string =>
  f.type === 'any'
    ? `(${f.filters.map(shape).join('|')})`
    : f.type === 'name'
      ? `${f.negate ? '!' : ''}${f.field}:${(f.values ?? []).join('+') || f.term}`
      : f.type === 'grade'
        ? `grade${f.op}${f.value}`
        : f.type === 'compare'
          ? `${f.field}${f.op}${f.value}`
          : f.type;
const read = (q: string) => {
  const p = parse(q);
  return { unplaced: p.unplaced, filters: (p.query?.filters ?? []).map(shape) };
};

describe('an office abbreviation right after a place, the office not named inside it', () => {
  it.each(['青龙安全办有几个项目', '青龙安全办的项目列一下'])('%s', (q) => {
    const r = read(q);
    expect(r.unplaced).toEqual([]);
    expect(r.filters.some((f) => f.startsWith('implementingUnit:') && f.includes('城管办、安全办'))).toBe(
      true,
    );
    expect(r.filters.some((f) => f.includes('青龙街道办事处'))).toBe(true);
  });
});

describe('a visit of an institution to check the books is a frame, not a condition', () => {
  it.each([
    '审计局明天要派人来检查，青龙有几个项目',
    '区财政下午来人核对，白虎的项目有哪些',
    '纪检下来核查，青龙有几个项目',
  ])('%s', (q) => {
    const r = read(q);
    expect(r.unplaced).toEqual([]);
    expect(r.filters).toHaveLength(1);
  });

  it.each(['有居民打热线投诉，青龙有几个项目', '有市民打12345举报说，白虎的项目有哪些'])(
    'someone calling a hotline: %s',
    (q) => {
      const r = read(q);
      expect(r.unplaced).toEqual([]);
      expect(r.filters).toHaveLength(1);
    },
  );

  it('a stored office coming to check is no frame: its words stay reported', () => {
    expect(read('白虎街道来人检查的项目有几个').unplaced.length).toBeGreaterThan(0);
  });
});

describe('projects shared with people not named', () => {
  it.each([
    '邵春燕参与的项目有哪些',
    '邵春燕负责的项目，和其他人一起管的也算上',
    '邵春燕负责的，跟别人合管的也包括',
  ])('taken in: %s', (q) => {
    const r = read(q);
    expect(r.unplaced).toEqual([]);
    expect(r.filters).toEqual(['owner:邵春燕+邵春燕、韩立军']);
  });

  it.each(['韩立军一个人单独负责的有哪些？跟别人合管的不算', '韩立军负责的项目（和别人一起管的不要）'])(
    'left out: %s',
    (q) => {
      const r = read(q);
      expect(r.unplaced).toEqual([]);
      expect(r.filters).toEqual(['owner:韩立军']);
    },
  );
});

describe('a manner said by reduplication before its verb adds nothing', () => {
  it.each(['偏差原因认认真真填了的项目', '偏差原因明明白白地写了的项目'])('%s', (q) => {
    expect(read(q)).toEqual(read('偏差原因填了的项目'));
  });

  it('after a negation it stays reported', () => {
    expect(read('偏差原因没认认真真写的项目').unplaced.length).toBeGreaterThan(0);
  });
});

describe('one project pointed at in 笔', () => {
  it.each(['区级资金那笔助残服务经费的负责人是谁', '市级资金这笔助残服务经费执行数多少'])('%s', (q) => {
    const r = read(q);
    expect(r.unplaced).toEqual([]);
    expect(r.filters).toHaveLength(1);
    expect(r.filters[0]).toMatch(/^projectName:2023年助残服务经费（[区市]级资金）$/u);
  });
});

describe('a count typed apart in a group chat, and each of a field asked', () => {
  it.each(['白虎 助残服务经费 两个项目 执行数 各多少', '白虎 助残服务经费 2个项目 全年预算 各多少'])(
    '%s',
    (q) => {
      const p = parse(q);
      expect(p.unplaced).toEqual([]);
      expect(p.query?.select?.length).toBe(1);
      expect(p.query?.measures ?? []).toEqual([]);
    },
  );
});

describe('a name said by its pattern, and not one to be left out', () => {
  it.each([
    '凡是叫“××补贴”的项目都列出来，一个都不能漏',
    '名称是“某某补贴”的项目有哪些',
    '名字叫“XX补贴”的项目，别漏掉了',
  ])('%s', (q) => {
    const r = read(q);
    expect(r.unplaced).toEqual([]);
    expect(r.filters).toEqual(['projectName:夜间巡查补贴+困难群众临时补贴']);
  });

  it('the placeholder after the words is not read', () => {
    expect(read('叫“补贴××”的项目').unplaced.length).toBeGreaterThan(0);
  });
});

describe('what is left after a year excluded', () => {
  it.each(['白虎除了2020年，还有别的年份报的项目吗', '除了2023年，其他年度的项目有几个'])('%s', (q) => {
    const r = read(q);
    expect(r.unplaced).toEqual([]);
    expect(r.filters.some((f) => f.startsWith('year<>'))).toBe(true);
  });
});

describe('the grade said with a verb of being graded', () => {
  it.each([
    ['白虎有几个项目没评上优', 'grade<=良'],
    ['按参考等级（90分以上算优），哪些项目评不上优', 'grade<=良'],
    ['评上了优的项目有哪些', 'grade=优'],
    ['参考等级不是优的项目', 'grade<=良'],
    ['参考等级不是差的有几个', 'grade>=中'],
  ])('%s', (q, want) => {
    const r = read(q);
    expect(r.unplaced).toEqual([]);
    expect(r.filters).toContain(want);
  });

  it('a band other than the bot grades by stays reported', () => {
    expect(read('按参考等级（95分以上算优），哪些项目评不上优').unplaced.length).toBeGreaterThan(0);
  });

  it('not 良 (grades on both sides) stays reported', () => {
    expect(read('哪些项目够不上良').unplaced.length).toBeGreaterThan(0);
  });
});

const PROJECTS: KnownProject[] = [
  {
    name: '社区议事厅运维',
    dept: '玄武街道办事处',
    year: 2023,
    owner: '冯晓',
    budget: 10,
    phone: '61234567',
  },
  { name: '楼门文化建设', dept: '玄武街道办事处', year: 2023, owner: '冯晓', budget: 20, phone: '61234567' },
  { name: '老年餐桌补贴', dept: '玄武街道办事处', year: 2023, owner: '曹宁', budget: 30, phone: '61234567' },
  { name: '垃圾分类驿站', dept: '玄武街道办事处', year: 2023, owner: '曹宁', budget: 40, phone: '69990000' },
  { name: '停车秩序整治', dept: '玄武街道办事处', year: 2023, owner: '严平', budget: 50, phone: '68887777' },
];

describe('projects sharing a cell with another project or person', () => {
  let store: Store;
  let ask: (q: string) => Promise<AskedReply>;
  beforeAll(async () => {
    ({ store, ask } = await adminStoreOf('admin-same-cell', PROJECTS.map(recordOfProject)));
  });
  afterAll(async () => store.close());

  const names = (r: AskedReply) => r.rows.map((row) => row[0]).sort();

  it.each(['和老年餐桌补贴是同一个负责人的，还有哪些项目', '跟老年餐桌补贴同一个项目负责人的项目有哪些'])(
    'the same 负责人: %s',
    async (q) => {
      const r = await ask(q);
      expect(names(r)).toEqual(['垃圾分类驿站']);
      expect(r.text).toContain('不含「老年餐桌补贴」自己的项目');
    },
  );

  it.each(['跟冯晓留的同一个电话号码的，其他还有哪些项目', '和冯晓用的是同一个联系电话的项目有几个'])(
    'the same phone: %s',
    async (q) => {
      const r = await ask(q);
      expect(r.text).toMatch(/老年餐桌补贴|项目数：1|共 1 项/u);
      expect(r.text).not.toContain('没有看懂');
    },
  );

  it('another cell (同一个主管部门) stays reported', async () => {
    const r = await ask('跟老年餐桌补贴是同一个主管部门的项目有哪些');
    expect(r.unplaced?.length ?? 0).toBeGreaterThan(0);
  });
});

describe('the modifiers said before the name they share', () => {
  it.each(['区级和市级的助残服务经费执行数各多少', '区级和市级那两个助残服务经费的负责人'])('%s', (q) => {
    const r = read(q);
    expect(r.unplaced).toEqual([]);
    expect(r.filters).toEqual([
      '(projectName:2023年助残服务经费（区级资金）|projectName:2023年助残服务经费（市级资金）)',
    ]);
  });
});

describe('the modifiers said first, in a computation on the two projects', () => {
  it.each(['白虎区级和市级那两笔助残服务经费，执行数差多少', '区级和市级的助残服务经费，全年预算差几块钱'])(
    '%s',
    (q) => {
      const r = parseArithmetic(q, VOCAB, 2024);
      expect(r && 'query' in r ? r.query.op : null).toBe('minus');
      const sides = r && 'query' in r ? [r.query.left, r.query.right] : [];
      const named = sides.map((side) =>
        'filters' in side
          ? side.filters.flatMap((f) =>
              f.type === 'name' && f.field === 'projectName' ? (f.values ?? []) : [],
            )
          : [],
      );
      expect(named).toEqual([['2023年助残服务经费（区级资金）'], ['2023年助残服务经费（市级资金）']]);
    },
  );
});

describe('both readings of the rate asked after it', () => {
  it.each([
    '消防器材更新的执行率，表上写的和重算出来的各是多少',
    '防汛物资储备的执行率，自己算的跟表上填的分别多少',
  ])('%s', (q) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.select).toEqual(['statedRate', 'executionRate']);
  });
});

describe('a kind of row the forms have, beside the one they lack', () => {
  let store: Store;
  let ask: (q: string) => Promise<AskedReply>;
  beforeAll(async () => {
    ({ store, ask } = await adminStoreOf('admin-present-absent', [
      formWithRows('甲项目', '朱雀街道办事处', [
        indicatorRow('产出指标', '数量指标', '培训人次'),
        indicatorRow('产出指标', '质量指标', '合格率'),
      ]),
      formWithRows('乙项目', '朱雀街道办事处', [indicatorRow('产出指标', '数量指标', '发放户数')]),
      formWithRows('丙项目', '朱雀街道办事处', [indicatorRow('产出指标', '时效指标', '按时完成率')]),
    ]));
  });
  afterAll(async () => store.close());

  it.each(['设了数量指标、却没有质量指标的项目', '有数量指标但没设质量指标的是哪些项目'])('%s', async (q) => {
    const r = await ask(q);
    expect(r.rows.map((row) => row[0])).toEqual(['乙项目']);
    expect(r.text).toContain('但有「数量」一类的指标');
  });

  it('the lacking alone still takes every form without it', async () => {
    const r = await ask('没有质量指标的项目');
    expect(r.rows.map((row) => row[0]).sort()).toEqual(['丙项目', '乙项目']);
  });
});
