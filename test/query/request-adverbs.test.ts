/**
 * How soon or how plainly the clerk wants the answer (harmless.ts REQUEST_ADVERB): 直接 / 快 / 先 / 提前 right before
 * the request (告诉我, 帮我, 把…, 列一下) say nothing about the projects; and 拉个单子给我 is the list asked for. The
 * same adverbs anywhere else are still reported (进度快的项目 describes projects).
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { leaves } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

const VOCAB = vocabularyOf([
  {
    department: '北京市延庆区永宁镇人民政府',
    implementingUnit: '永宁镇社会事务办公室',
    owner: '邵春燕',
    projectName: '古城墙修缮补助',
    year: 2022,
  },
  {
    department: '北京市延庆区香水园街道办事处',
    implementingUnit: '香水园街道办事处',
    owner: '韩立军',
    projectName: '老旧楼房外墙保温',
    year: 2023,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);

describe('an adverb of the request is no condition', () => {
  it.each([
    ['直接告诉我永宁镇2022年全年预算一共多少', 'year'],
    ['快帮我看看香水园的项目有几个', 'department'],
    ['先把永宁镇执行率低于90%的项目拉个单子给我', 'executionRate'],
    ['提前告诉我香水园总分最低的是哪个', 'department'],
    ['赶快列一下永宁镇的项目', 'department'],
  ])('%s', (q, field) => {
    const p = parse(q);
    expect(p.unplaced, q).toEqual([]);
    expect(leaves(p.query?.filters ?? []).some((f) => 'field' in f && f.field === field)).toBe(true);
  });

  it('said of the projects, it is still reported', () => {
    expect(parse('进度快的项目有几个').unplaced.length).toBeGreaterThan(0);
    expect(parse('直接支出的项目有几个').unplaced.length).toBeGreaterThan(0);
  });
});
