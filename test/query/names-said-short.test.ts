/**
 * Project names said short, which must name exactly the projects meant — never a wider set:
 * - two names sharing their head said once (X区级的和市级的: shared-name-head.ts) are X's two variants, not the first
 *   variant and every project whose name holds the second modifier;
 * - a project found by similarity never swallows an office named after it (X在某街道按预算排第几): the office stays a
 *   condition (the ranking is within it), not a word of the project's name dropped silently.
 * Names and offices of our own.
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { spreadSharedHead } from '../../src/query/shared-name-head.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

const PROJECTS = [
  ['2024年社区养老驿站运营补贴（区级资金）', '北京市延庆区香水园街道办事处', '韩立军'],
  ['2024年社区养老驿站运营补贴（市级资金）', '北京市延庆区香水园街道办事处', '韩立军'],
  ['2024年老年餐桌补贴（市级）', '北京市延庆区永宁镇人民政府', '邵春燕'],
  ['农村公路养护（市级）', '北京市延庆区永宁镇人民政府', '邵春燕'],
  ['垃圾分类指导员经费', '北京市延庆区香水园街道办事处', '韩立军'],
  ['第二批老旧小区综合整治资金', '北京市延庆区永宁镇人民政府', '邵春燕'],
  ['第三批老旧小区综合整治资金', '北京市延庆区永宁镇人民政府', '邵春燕'],
  ['社区卫生站（室）', '北京市延庆区香水园街道办事处', '韩立军'],
  ['香水园街道年度流动人口登记', '北京市延庆区香水园街道办事处', '韩立军'],
  ['24年流动人口登记', '北京市延庆区永宁镇人民政府', '邵春燕'],
] as const;
const VOCAB = vocabularyOf(
  PROJECTS.map(([projectName, department, owner]) => ({
    projectName,
    department,
    implementingUnit: department,
    owner,
    year: 2024,
  })),
);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);
/** The project names a question's filters select (any nesting). */
const projectsOf = (q: string): string[] => {
  const out: string[] = [];
  const walk = (f: unknown) => {
    const x = f as { type: string; field?: string; values?: string[]; filters?: unknown[] };
    if (x.type === 'name' && x.field === 'projectName') out.push(...(x.values ?? []));
    for (const g of x.filters ?? []) walk(g);
  };
  for (const f of parse(q).query?.filters ?? []) walk(f);
  return out.sort();
};

describe('two names sharing their head, said once', () => {
  const both = ['2024年社区养老驿站运营补贴（区级资金）', '2024年社区养老驿站运营补贴（市级资金）'].sort();
  it.each([
    '社区养老驿站运营补贴区级的和市级的，哪个执行率高',
    '社区养老驿站运营补贴市级的跟区级的全年预算分别多少',
    '养老驿站运营补贴区级和市级的执行数',
  ])('%s', (q) => {
    expect(projectsOf(q)).toEqual(both);
  });

  it('the head is written out before the second modifier only when stored names fit', () => {
    expect(
      spreadSharedHead(
        '社区养老驿站运营补贴区级的和市级的',
        PROJECTS.map((p) => p[0]),
      ),
    ).toBe('社区养老驿站运营补贴区级的和社区养老驿站运营补贴市级的');
    // two offices, a field and an order: nothing to spread
    for (const t of ['香水园和永宁镇的项目', '执行率最高的和最低的', '老年餐桌补贴和农村公路养护'])
      expect(
        spreadSharedHead(
          t,
          PROJECTS.map((p) => p[0]),
        ),
      ).toBe(t);
  });

  it('a name ending in a bracket before 和 lends no tail (the bracket is no head of a third name)', () => {
    expect(projectsOf('社区卫生站（室）和香水园街道年度流动人口登记三个的平均预算')).toEqual(
      ['社区卫生站（室）', '香水园街道年度流动人口登记'].sort(),
    );
    // a name found loosely (年度 left out) does not swallow the stored name before 和
    expect(projectsOf('社区卫生站（室）和香水园街道流动人口登记的全年预算')).toEqual(
      ['社区卫生站（室）', '香水园街道年度流动人口登记'].sort(),
    );
  });

  it('names sharing their tail still read as before', () => {
    expect(projectsOf('第二批和第三批老旧小区综合整治资金的全年预算')).toEqual([
      '第三批老旧小区综合整治资金',
      '第二批老旧小区综合整治资金',
    ]);
  });
});

describe('a project found by similarity keeps the office said after it', () => {
  it.each([
    ['垃圾分类指导员经费在香水园街道按全年预算排第几', '北京市延庆区香水园街道办事处'],
    ['垃圾分类指导员经费在香水园按执行数排名第几', '北京市延庆区香水园街道办事处'],
    ['2024年社区养老驿站运营补贴区级资金在香水园街道里排第几', '北京市延庆区香水园街道办事处'],
  ])('%s', (q, office) => {
    const p = parse(q);
    expect(JSON.stringify(p.query?.filters)).toContain(office);
    expect(projectsOf(q).length).toBe(1);
  });
});
