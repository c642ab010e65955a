/**
 * Words that only say which office or person the projects are under (belonging-words.ts): beside a name the question
 * gives, or a holder it asks for, they restate the name's condition and are not reported; a negation with no name
 * after it, or no holder in the clause, keeps them reported. Offices, people and projects of our own.
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { filterKinds } from '../helpers/filter-kinds.ts';

const VOCAB = vocabularyOf(
  [
    ['乡村道路养护补贴', '北京市延庆区永宁镇人民政府', '永宁镇农业服务中心', '邵春燕'],
    ['养老驿站运营补贴', '北京市延庆区香水园街道办事处', '香水园街道民生保障办公室', '韩立军'],
    ['垃圾分类指导员经费', '北京市延庆区香水园街道办事处', '香水园街道城市管理办公室', '韩立军'],
    ['流动人口登记经费', '北京市延庆区永宁镇人民政府', '永宁镇综合办公室', '邵春燕'],
  ].map(([projectName, department, implementingUnit, owner]) => ({
    projectName,
    department,
    implementingUnit,
    owner,
    year: 2024,
  })),
);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);

describe('words of belonging beside a holder', () => {
  it.each([
    ['永宁镇这边挂着的项目有几个', 'department:永宁镇'],
    ['韩立军名下的项目', 'owner:韩立军'],
    ['邵春燕手上的项目一共几个', 'owner:邵春燕'],
    ['香水园那摊子里全年预算最多的项目', 'department:香水园'],
    ['永宁镇范围内的项目有几个', 'department:永宁镇'],
    ['韩立军管着的项目有哪些', 'owner:韩立军'],
  ])('%s: the name is the condition, nothing reported', (q, condition) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(filterKinds(p.query!)).toContain(condition);
  });

  it('a holder asked for: 哪个单位报的 / 归口哪个主管部门 group or select by it', () => {
    const grouped = parse('哪个实施单位报的项目最多');
    expect(grouped.unplaced).toEqual([]);
    expect(grouped.query?.groupBy).toBe('implementingUnit');
    const looked = parse('垃圾分类指导员经费归口哪个主管部门');
    expect(looked.unplaced).toEqual([]);
    expect(looked.query?.select).toContain('department');
  });

  it('不归X管: the negation is the name’s', () => {
    const p = parse('永宁镇的项目里不归邵春燕管的');
    expect(p.unplaced).toEqual([]);
    expect(JSON.stringify(p.query)).toMatch(/"term":"邵春燕"[^}]*"negate":true/u);
  });

  it('名字 is a word of its own, never 名下 mistyped (a belonging word would then drop the condition it stands for)', () => {
    // 负责人栏有名字: the cell filled (spoken shapes, parse.ts) — a condition kept, never dropped as a belonging word.
    const p = parse('永宁镇范围内，负责人栏有名字的项目有几个');
    expect(p.unplaced).toEqual([]);
    expect(JSON.stringify(p.query)).toContain('{"type":"empty","field":"owner","empty":false}');
    // 名字里有保温: the name's words (name-holds.ts) — a condition of its own, kept beside the place, never dropped.
    const holds = parse('永宁镇范围内，名字里有保温的项目有几个');
    expect(holds.unplaced).toEqual([]);
    expect(JSON.stringify(holds.query)).toContain('"field":"projectName","term":"保温"');
    expect(JSON.stringify(holds.query)).toContain('永宁镇');
  });

  it('with no holder in its clause, or negated with no name after, the word stays reported', () => {
    expect(parse('挂着的项目有几个').unplaced).toContain('挂着');
    expect(parse('那摊子里的项目有几个').unplaced).toContain('摊子');
    expect(parse('永宁镇的项目里没挂着的有几个').unplaced.length).toBeGreaterThan(0);
  });
});
