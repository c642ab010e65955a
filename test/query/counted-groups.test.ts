/**
 * 一共有几个主管部门 / 大红门有几个不同的负责人 / 涉及几个街道: the groups are counted, not the projects. It used to
 * answer with the number of projects (有几个负责人 was even read as "how many names one cell holds").
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';

const PROJECTS: KnownProject[] = [
  { name: '消防设施更新', dept: '北京市顺义区石园街道办事处', year: 2023, owner: '严冬梅', budget: 40 },
  { name: '社区公园养护', dept: '北京市顺义区石园街道办事处', year: 2023, owner: '严冬梅', budget: 30 },
  { name: '老旧小区加装电梯', dept: '北京市顺义区石园街道办事处', year: 2022, owner: '陶静', budget: 80 },
  { name: '智慧停车管理平台', dept: '北京市顺义区仁和镇人民政府', year: 2023, owner: '贺晓东', budget: 120 },
  { name: '居家养老巡访服务', dept: '北京市顺义区仁和镇人民政府', year: 2023, owner: null, budget: 60 },
];
const parse = (q: string) => parseQuestion(q, vocabularyOfProjects(PROJECTS), 2024);

describe('a count asked of a group word counts the groups', () => {
  it.each([
    ['一共有几个主管部门', 'department'],
    ['这些表一共涉及多少个实施单位？', 'implementingUnit'],
    ['石园街道有几个不同的项目负责人', 'owner'],
    ['2023年一共有几位负责人', 'owner'],
    ['这些项目分布在几个街道', 'street'],
  ])('%s', (q, dim) => {
    const p = parse(q);
    expect(p.unplaced, q).toEqual([]);
    expect(p.query).toMatchObject({ groupBy: dim, countGroups: true, measures: [{ fn: 'count' }] });
  });

  it('a group word that goes on to name projects is no count of groups', () => {
    expect(parse('有两个负责人的项目有几个').query).not.toHaveProperty('countGroups');
    // 几个街道的项目: 街道 names no street and is still reported, never dropped.
    expect(parse('几个街道的项目').unplaced).toContain('街道');
  });

  it('the answer says how many, leaves an empty cell out of the count and says it apart', async () => {
    const { ask } = await adminStoreOf('u1', PROJECTS.map(recordOfProject));
    const owners = await ask('2023年一共有几位负责人');
    expect(owners.text).toContain('共有 2 个不同的项目负责人（另有 1 个项目的项目负责人未填）');
    expect(owners.rows.map((r) => r[0]).sort()).toEqual(['严冬梅', '贺晓东', '（未填）'].sort());
    const depts = await ask('一共有几个主管部门');
    expect(depts.text).toContain('共有 2 个不同的主管部门');
    const streets = await ask('一共涉及几个街道');
    // 街道 is read from the office names; projects of no street are left out, and the echo says so.
    expect(streets.text).toContain('共有 1 个不同的街道，');
    expect(streets.text).toContain('不属于任何街道的项目不计');
  });
});
