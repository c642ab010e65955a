/**
 * When text is not a typo (tokens.ts editAlikeAt): a numeral is never a slip for another character (是零的 is the value
 * 0, not 是空的), and a reading that would cut a real word in two is none (资金执行数 is 资金 + 执行数, not 资金执行率 with
 * 数 left over). A bare numeral ending a clause after 是 / 为 / 填的是 is the cell's value (numbers.ts).
 */
import { describe, expect, it } from 'vitest';
import { normalise, tokenize } from '../../src/query/tokens.ts';
import { parseOverTwoOffices } from './two-offices.ts';

const parse = parseOverTwoOffices;
const words = (q: string) => tokenize(normalise(q)).map((s) => [s.text, s.corrected ?? null]);

describe('a numeral is a value, not a typo', () => {
  it.each([
    ['年初预算填的是零的项目', 'initialBudget', 0],
    ['全年预算为零的项目有几个', 'annualBudget', 0],
    ['总分写的是九十五的项目', 'totalScore', 95],
  ])('%s', (q, field, value) => {
    const p = parse(q);
    expect(p.unplaced, q).toEqual([]);
    expect(p.query?.filters).toContainEqual({ type: 'compare', field, op: '=', value });
  });
});

describe('a typo reading never cuts a real word in two', () => {
  it('资金执行数 is 资金 + 执行数', () => {
    expect(words('资金执行数是多少')).toContainEqual(['执行数', null]);
    expect(words('项目资金执行数')).not.toContainEqual(expect.arrayContaining(['资金执行率']));
  });
  it('the typos it must still read', () => {
    expect(words('满意指标没填')[0]).toEqual(['满意指标', '满意度指标']);
    expect(words('联系电活是多少')[0]).toEqual(['联系电活', '联系电话']);
    expect(words('执行行率低于90')[0]).toEqual(['执行行率', '执行率']);
  });
});
