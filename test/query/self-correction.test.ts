/**
 * A question corrected while it is typed, the asker's doubts, and the asker naming themself (self-correction.ts), said
 * over offices, people and projects of our own. The corrections that must never widen or mix: a scope corrected is
 * the new scope alone (both had been kept, and 不对 read as 有错误).
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { plainRegisterWords } from '../../src/query/register-words.ts';
import { withoutSelfCorrection } from '../../src/query/self-correction.ts';
import { type KnownProject, vocabularyOfProjects } from './known-store.ts';

const PROJECTS: KnownProject[] = [
  { name: '河道保洁经费', dept: '梅林镇人民政府', year: 2024, owner: '王强', budget: 80 },
  { name: '青石社区微更新资金', dept: '青石街道办事处', year: 2024, owner: '李娜', budget: 20 },
  { name: '图书角补贴', dept: '松岭街道办事处', year: 2024, owner: '周敏', budget: 5 },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const read = (q: string) => parseQuestion(withoutSelfCorrection(q), VOCAB, 2025);
const filters = (q: string) => {
  const p = read(q);
  expect(p.unplaced, q).toEqual([]);
  return JSON.stringify(p.query?.filters);
};

describe('self-correction', () => {
  it('a scope corrected by a scope: the one meant, alone, and no 有错误', () => {
    expect(withoutSelfCorrection('青石街道的，哦不对，我要问的是梅林镇的项目，全年预算一共多少钱？')).toBe(
      '梅林镇的项目，全年预算一共多少钱？',
    );
    expect(filters('松岭街道的…不对不对，是青石街道的，项目有几个？')).toBe(filters('青石街道的项目有几个'));
    expect(filters('松岭街道的…不对不对，是青石街道的，项目有几个？')).not.toContain('severity');
  });

  it('a field corrected by a field, the rest of the question kept', () => {
    expect(withoutSelfCorrection('青石街道的项目里执行率…不对，我想问总分，总分最低的是哪个？')).toBe(
      '青石街道的项目里总分，总分最低的是哪个？',
    );
  });

  it('a name guessed, then the name: the name; 是不是叫 is never a negation', () => {
    expect(
      withoutSelfCorrection('我不太确定是不是叫河道保洁费…哦不对，应该是河道保洁经费，它的全年预算是多少？'),
    ).toBe('河道保洁经费，它的全年预算是多少？');
    expect(withoutSelfCorrection('图书角…应该就叫图书角补贴吧，它的负责人是谁')).toBe(
      '图书角补贴，它的负责人是谁',
    );
    expect(read('我不确定是不是叫青石街道办事处…反正是青石的，项目有几个').query?.filters).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ negate: true })]),
    );
  });

  it('a correction of any other shape is left as typed (the parser reports it), never guessed', () => {
    const typed =
      '发改委的项目里执行数第二多的是哪个？我记得第一是疏整促那个…哦不对，那个表的金额好像写的是元';
    expect(withoutSelfCorrection(typed)).toBe(typed);
  });

  it('doubts one after another, a count doubted, the pronoun after a name, a scope then its count', () => {
    expect(withoutSelfCorrection('梅林镇项目的总分平均是多少？我算的好像是97点几，不太确定')).toBe(
      '梅林镇项目的总分平均是多少',
    );
    expect(withoutSelfCorrection('我不太确定梅林镇是不是只有九个项目…它们按全年预算从大到小排一下吧')).toBe(
      '梅林镇的项目按全年预算从大到小排一下吧',
    );
    expect(withoutSelfCorrection('青石街道办事处…应该叫青石吧，它实施的项目有几个？')).toBe(
      '青石街道办事处实施的项目有几个？',
    );
    expect(
      withoutSelfCorrection('我不太确定啊，梅林那边…是叫梅林镇吧，两个河道项目的全年预算加起来是多少？'),
    ).toBe('梅林镇的两个河道项目的全年预算加起来是多少？');
  });

  it('a hedge before a figure stays: the guess is said as one, never a condition', () => {
    expect(withoutSelfCorrection('梅林镇的项目 预算一共多少 大概是几千万')).toBe(
      '梅林镇的项目 预算一共多少 大概是几千万',
    );
  });

  it('不对 inside a word is no correction', () => {
    for (const q of ['执行率填得不对的项目有几个', '青石街道不对外公开的项目'])
      expect(withoutSelfCorrection(q)).toBe(q);
  });

  it('the last question corrected: what is meant asked in its place', () => {
    expect(withoutSelfCorrection('哦不对，我刚才说错了，应该是青石的')).toBe('那青石的呢');
  });

  it('doubts closing the message ask nothing; a doubt about a figure said is no condition', () => {
    expect(withoutSelfCorrection('梅林镇扣了分但偏差原因没写的项目有几个？是叫偏差原因分析吧')).toBe(
      '梅林镇扣了分但偏差原因没写的项目有几个',
    );
    expect(withoutSelfCorrection('青石街道的项目有几个？我也不确定这算不算问题')).toBe(
      '青石街道的项目有几个',
    );
    expect(withoutSelfCorrection('我不太确定青石街道一共有多少个项目…一百多个吧？具体是几个')).toBe(
      '青石街道一共有多少个项目',
    );
  });

  it('the asker naming themself: their projects, by 项目负责人', () => {
    expect(withoutSelfCorrection('我是王强，我负责的项目有哪些？')).toBe('王强负责的项目有哪些？');
    expect(withoutSelfCorrection('我是李娜，我那个青石社区微更新资金的总分')).toBe(
      '李娜负责的青石社区微更新资金的总分',
    );
    expect(filters('我是王强，我负责的项目有哪些？')).toContain('王强');
    expect(withoutSelfCorrection('我是王强，我名下这些项目平均每个预算有多少？')).toBe(
      '王强负责的项目平均每个预算有多少？',
    );
    // the count said is kept, to be checked against the projects found
    expect(withoutSelfCorrection('我是王强，我那两个项目加起来多少钱')).toBe(
      '王强负责的那两个项目加起来多少钱',
    );
    // a first person of another shape: as typed (never the name dropped and every project asked)
    expect(withoutSelfCorrection('我是王强，我这边的项目有几个')).toBe('我是王强，我这边的项目有几个');
    expect(withoutSelfCorrection('我是李娜，我们那条满意度指标的目标写的是多少')).toBe(
      '李娜负责的项目里的满意度指标的目标写的是多少',
    );
    // a name the store does not hold is reported, never every project listed
    expect(read('我是韩梅，我负责的项目有哪些？').unplaced.join('')).toContain('韩梅');
  });

  it('a report’s item number opening the question is its place in a list, no condition', () => {
    expect(plainRegisterWords('三、青石街道总分未满100分的表有几张？')).toBe(
      '青石街道总分未满100分的表有几张？',
    );
    expect(plainRegisterWords('（四）河道保洁经费项目负责人一栏有无填写？')).toBe(
      '河道保洁经费项目负责人一栏有无填写？',
    );
    expect(plainRegisterWords('12、图书角补贴的总分')).toBe('图书角补贴的总分');
    // a figure opening the question stays
    expect(plainRegisterWords('1.5倍以上的指标')).toBe('1.5倍以上的指标');
    expect(plainRegisterWords('2023年的项目')).toBe('2023年的项目');
  });
});
