import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { leaves } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

// Names of our own with numerals inside: the lexer reads 第七 / 三批 as numbers, the name must still be found whole.
const VOCAB = vocabularyOf([
  {
    department: '北京市怀柔区雁栖镇人民政府',
    owner: '温晓峰',
    projectName: '2022年第二批老旧小区改造补助',
    year: 2022,
  },
  {
    department: '北京市怀柔区雁栖镇人民政府',
    owner: '温晓峰',
    projectName: '2022年第三批老旧小区改造补助',
    year: 2022,
  },
  { department: '北京市怀柔区统计局', owner: '宋佳音', projectName: '第七次全国人口普查经费', year: 2021 },
  { department: '北京市怀柔区统计局', owner: '宋佳音', projectName: '全国农业普查经费', year: 2021 },
]);

const projects = (q: string) => {
  const p = parseQuestion(q, VOCAB, 2024);
  return {
    unplaced: p.unplaced,
    names: leaves(p.query?.filters ?? []).flatMap((f) => (f.type === 'name' ? f.values : [])),
  };
};

describe('a numeral inside a project name', () => {
  it.each([
    ['第七次全国人口普查经费的执行数', ['第七次全国人口普查经费']],
    ['第二批老旧小区改造补助的负责人是谁', ['2022年第二批老旧小区改造补助']],
    ['第三批老旧小区改造补助预算多少', ['2022年第三批老旧小区改造补助']],
  ])('%s', (q, names) => {
    expect(projects(q)).toEqual({ unplaced: [], names });
  });

  it('a count after an office stays a count, never part of a name', () => {
    const p = parseQuestion('雁栖镇2个项目的预算合计', VOCAB, 2024);
    expect(leaves(p.query?.filters ?? []).some((f) => f.type === 'name' && f.field === 'projectName')).toBe(
      false,
    );
  });

  it('another numeral is no typo of the stored one: the number stays reported, nothing is answered', () => {
    expect(projects('第九次全国人口普查经费的执行数').unplaced).toEqual(['第', '9']);
  });
});

describe('two pieces of one project name with a demonstrative between', () => {
  it.each(['老旧小区那个第三批改造补助的负责人'])('%s', (q) => {
    expect(projects(q)).toEqual({ unplaced: [], names: ['2022年第三批老旧小区改造补助'] });
  });
});
