/**
 * Issue 10: project names that share words (…经费 / …项目, a name stored alone and inside longer ones, 区级 / 市级
 * variants). The words resolve to the project they name whole; a second piece right after the first narrows it to the
 * names holding both; two names joined by 和 are two names, never the first with the second dropped; and words that
 * fit several projects answer all of them and say so. Names of our own.
 */
import { describe, expect, it } from 'vitest';
import { severalNamedSentence } from '../../src/query/describe.ts';
import { matchProject } from '../../src/query/names.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { LeafFilter } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

const NAMES = [
  '社区治理专项经费',
  '2024年社区治理专项经费（区级资金）',
  '2024年社区治理专项经费（市级资金）',
  '河道巡护保洁项目',
  '河道巡护保洁经费',
  '老年助餐补贴资金（区级）',
  '老年助餐补贴资金（市级）',
  '公共厕所提升改造',
];
const VOCAB = vocabularyOf(
  NAMES.map((projectName) => ({
    department: '北京市密云区果园街道办事处',
    implementingUnit: '果园街道社区建设办公室',
    owner: '程思远',
    projectName,
    year: 2024,
  })),
);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);
/** The project names a question's filters name, each filter's values. */
const named = (q: string) => {
  const p = parse(q);
  expect(p.unplaced, q).toEqual([]);
  return p
    .query!.filters.flatMap((f) => (f.type === 'any' ? f.filters : [f]))
    .filter((f): f is Extract<LeafFilter, { type: 'name' }> => f.type === 'name')
    .map((f) => [...(f.values ?? [])].sort());
};

describe('the words name one project whole: that one', () => {
  it.each<[string, string]>([
    ['社区治理专项经费的负责人是谁', '社区治理专项经费'],
    ['社区治理专项经费全年预算多少', '社区治理专项经费'],
    ['河道巡护保洁项目的执行率', '河道巡护保洁项目'],
    ['河道巡护保洁经费的总分', '河道巡护保洁经费'],
    ['「社区治理专项经费」的联系电话', '社区治理专项经费'],
  ])('%s', (q, name) => {
    expect(named(q)).toEqual([[name]]);
  });

  it('the wider names are kept for narrowing', () => {
    const m = matchProject('社区治理专项经费', NAMES)!;
    expect(m.values).toEqual(['社区治理专项经费']);
    expect(m.wider).toHaveLength(3);
  });
});

describe('a second piece right after the first narrows to the names holding both', () => {
  it.each<[string, string]>([
    ['社区治理专项经费区级的执行率', '2024年社区治理专项经费（区级资金）'],
    ['社区治理专项经费市级资金的全年预算', '2024年社区治理专项经费（市级资金）'],
    ['老年助餐补贴资金市级的负责人', '老年助餐补贴资金（市级）'],
    ['老年助餐补贴资金区级的全年执行数', '老年助餐补贴资金（区级）'],
    ['2024年社区治理专项经费市级的总分', '2024年社区治理专项经费（市级资金）'],
  ])('%s', (q, name) => {
    expect(named(q)).toEqual([[name]]);
  });
});

describe('two names joined by 和 are two names', () => {
  it.each([
    ['社区治理专项经费和公共厕所提升改造的全年预算', 2],
    ['公共厕所提升改造和河道巡护保洁经费的负责人', 2],
    ['河道巡护保洁项目、公共厕所提升改造的执行率', 2],
  ])('%s', (q, n) => {
    const all = named(q).flat();
    expect(all).toHaveLength(n);
  });
});

describe('words that fit several projects answer all of them and say so', () => {
  it.each([
    '老年助餐补贴资金的全年预算',
    '河道巡护保洁的负责人是谁',
    '助餐补贴资金执行率多少',
    '老年助餐补贴的联系电话',
    '河道巡护的总分',
  ])('%s', (q) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(named(q)[0]!.length).toBeGreaterThanOrEqual(2);
    expect(severalNamedSentence(p.query!)).toMatch(/对应 2 个项目.*完整名称/);
  });
});
