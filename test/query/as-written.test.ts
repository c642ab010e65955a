/**
 * An office asked exactly as written (as-written.ts): a name in quotation marks, or after 只写了, that a stored name is
 * counts that name alone, not every office it is also the short form of; unquoted, the wider reading stays and the
 * answer says that some were matched by the short form. A quoted name no stored name is keeps the wider reading.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type AskedReply, adminStoreOf, type KnownProject, recordOfProject } from './known-store.ts';

const P = (name: string, dept: string): KnownProject => ({
  name,
  dept,
  year: 2023,
  owner: '邵春燕',
  budget: 10,
});
const PROJECTS: KnownProject[] = [
  P('社区宣传栏更新', '宣传办'),
  P('文化墙绘制', '宣传工作办公室'),
  P('红色讲堂', '宣传工作办公室'),
  P('楼门文化建设', '永宁镇宣传工作办公室'),
  P('读书角维护', '香水园街道宣传工作办公室'),
  P('老年餐桌补贴', '永宁镇民生保障办公室'),
];

let ask: (q: string) => Promise<AskedReply>;
beforeAll(async () => {
  ({ ask } = await adminStoreOf('web:as-written', PROJECTS.map(recordOfProject)));
});

describe('quoted or 只写了: the stored name as written', () => {
  it.each([
    '实施单位是“宣传办”的项目有几个',
    '「宣传办」的项目有几个',
    '主管部门写的是"宣传办"的项目有几个',
    '实施单位只写了“宣传办”的项目有几个',
    '‘宣传办’那个单位的项目有几个',
  ])('%s', async (q) => {
    const r = await ask(q);
    expect(r.text, q).toMatch(/^查询/u);
    expect(r.text, q).toContain('为「宣传办」');
    expect(r.rows, q).toEqual([['1']]);
  });
});

describe('unquoted, or quoted with no stored name equal to it: the wider reading, said', () => {
  it('宣传办 unquoted also counts the offices it is the short form of, and says so', async () => {
    const r = await ask('宣传办的项目有几个');
    expect(r.rows).toEqual([['5']]);
    expect(r.text).toContain('按简称对上');
    expect(r.text).toContain('宣传工作办公室');
  });

  it('“民生办” is no stored name: read as the short form, the one office named', async () => {
    const r = await ask('“民生办”的项目有几个');
    expect(r.rows).toEqual([['1']]);
    expect(r.text).toContain('永宁镇民生保障办公室');
  });

  it('a quoted project name is not narrowed', async () => {
    const r = await ask('“文化墙绘制”的全年预算是多少');
    expect(r.text).toMatch(/^查询/u);
    expect(r.text).toContain('文化墙绘制');
  });
});
