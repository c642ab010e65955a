/**
 * The parts of a story that are no filter, set aside by their kind (story.ts, tokens.ts): a time of the asking said
 * with 上 / 下 (上周, 上上周, 下个月, 上次), an office that only says who someone is (党建办的小王, 教育局的李老师), the
 * asker's own institution (我们街道工委, 咱们办), a role's meeting (开党工委会), a quoted slogan that names no office
 * (“小钱办大事”). Stories of our own, in different registers, over a store of our own; each is answered as its
 * asking clause with the story said back. The same words asked as a condition of the question itself, or an office
 * the store does not know named as what to count, are still refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type AskedReply, adminStoreOf, type KnownProject, recordOfProject } from './known-store.ts';

const YONGNING = '北京市延庆区永宁镇人民政府';
const XIANGSHUI = '北京市延庆区香水园街道办事处';
const PROJECTS: KnownProject[] = [
  { name: '古城墙修缮补助', dept: YONGNING, year: 2022, owner: '邵春燕', budget: 120, total: 95 },
  { name: '苹果园节水灌溉改造', dept: YONGNING, year: 2023, owner: '韩立军', budget: 80, total: 100 },
  { name: '农家院污水处理', dept: YONGNING, year: 2023, owner: '韩立军', budget: 30, total: 86 },
  { name: '老旧楼房外墙保温', dept: XIANGSHUI, year: 2023, owner: '邵春燕', budget: 50, total: 88 },
  { name: '社区养老驿站运营', dept: XIANGSHUI, year: 2022, owner: '高玉梅', budget: 25, total: 100 },
];

let ask: (q: string) => Promise<AskedReply>;
beforeAll(async () => {
  ({ ask } = await adminStoreOf('web:story-kinds', PROJECTS.map(recordOfProject)));
});

/** A reply that answered (a query line), with the story said back. */
async function answered(q: string, said: string): Promise<AskedReply> {
  const r = await ask(q);
  expect(r.text, q).toMatch(/^查询/u);
  expect(r.text, q).toContain(said);
  expect(r.text, q).toContain('是交代背景，不作筛选');
  return r;
}

describe('a time of the asking said with 上 / 下 is set aside whole', () => {
  it.each([
    ['上周开党工委会的时候书记点名了，永宁镇的项目有几个', '3'],
    ['上上周区人大来调研，香水园街道有几个项目', '2'],
    ['下个月市财政局要来复核，永宁镇的项目有几个', '3'],
    ['上个礼拜审计来过了，永宁镇2023年的项目有几个', '2'],
    ['上次开会领导提了一嘴，香水园街道2023年的项目有几个', '1'],
  ])('%s', async (q, count) => {
    const r = await answered(q, '上');
    expect(r.rows).toEqual([[count]]);
  });

  it.each([
    ['科长说下午三点前要，永宁镇的项目有几个', '下午三点前', '3'],
    ['王主任在群里说下午三点市财政局要来对数，香水园街道有几个项目', '下午三点市财政局要来对数', '2'],
  ])('a time inside a verb of asking stays whole: %s', async (q, said, count) => {
    const r = await answered(q, said);
    expect(r.rows).toEqual([[count]]);
  });
});

describe('an office that only says who someone is, or whose the asker is', () => {
  it.each([
    ['刚才宣传办的小王打电话问，永宁镇2023年的项目有几个', '宣传办的小王', [['2']]],
    ['教育局的李老师来电话了，问香水园街道有几个项目', '教育局的李老师', [['2']]],
    ['街道办的老李说，永宁镇2022年的项目有几个', '街道办的老李说', [['1']]],
    ['咱们办下周要报材料，香水园街道的项目有几个', '咱们办', [['2']]],
  ])('%s', async (q, said, rows) => {
    const r = await answered(q, said);
    expect(r.rows).toEqual(rows);
  });

  it('我们街道工委 and a quoted slogan “小钱办大事” are the story; the lowest budget is still asked', async () => {
    const r = await answered(
      '我们街道工委要做一个“小钱办大事”的案例，永宁镇的项目里，全年预算最少的是哪个？',
      '小钱办大事',
    );
    expect(r.text).toContain('最低');
    expect(JSON.stringify(r.rows)).toContain('农家院污水处理');
    expect(JSON.stringify(r.rows)).not.toContain('古城墙修缮补助');
  });
});

describe('still refused: the same kinds of words as what the question asks about', () => {
  it.each([
    '我们教育局的项目有几个',
    '教育局的项目有几个',
    '“小钱办大事”的项目有哪些',
    '上周上传的项目有哪些',
    '宣传办的小王负责的项目有几个',
    '下个月到期的项目有几个',
  ])('%s', async (q) => {
    const r = await ask(q);
    expect(r.text, q).not.toMatch(/^查询/u);
    expect(r.text, q).toContain('没有看懂');
  });

  it('a stored place run into a story is no story (听说永宁镇那边…)', async () => {
    const r = await ask('听说永宁镇那边出了问题，香水园街道有几个项目');
    expect(r.text).not.toMatch(/^查询/u);
  });
});
