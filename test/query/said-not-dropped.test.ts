/**
 * Conditions that were answered as something else (issue 10, never a confident wrong number): a description of
 * projects in a clause of its own (没验收的，…) was set aside as background; a funds sub-row (上年结转资金) was read as
 * last year's 结余 (now a field of its own, migration 046; a cell not kept is said so); the last character of an office's abbreviation run into a field (发改委执行数) was read as a
 * homophone of another field (未执行数). Over a small store of our own (no corpus names).
 */
import { describe, expect, it } from 'vitest';
import { fundsSubRow, fundsSubRowReply } from '../../src/query/funds-rows.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

const VOCAB = vocabularyOf([
  {
    department: '北京市密云区卫生健康委员会',
    implementingUnit: '密云区卫健委',
    owner: '冯晓宇',
    projectName: '乡村卫生室设备更新',
    year: 2023,
  },
  {
    department: '北京市密云区果园街道办事处',
    implementingUnit: '果园街道办事处',
    owner: '邱静',
    projectName: '背街小巷整治',
    year: 2023,
  },
  {
    department: '北京市密云区果园街道办事处',
    implementingUnit: '果园街道办事处',
    owner: '邱静',
    projectName: '社区其他资金补助',
    year: 2022,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);

describe('a clause describing projects is a condition, never background', () => {
  it.each([
    ['没验收的，总分低于95的有几个', '验收'],
    ['还没审核的，执行率低于90%的有哪些', '审核'],
    ['被退回的，总分不到90的', '退回'],
    ['年底考核的，执行率低于90%的有哪些', '年底考核'],
  ])('%s reports %s', (q, word) => {
    const p = parse(q);
    expect(p.unplaced.join('')).toContain(word);
    expect(p.setAside ?? []).toEqual([]);
  });

  it('a clause that only says when and what is done stays the occasion', () => {
    const p = parse('年底考核，执行率低于90%的有几个');
    expect(p.unplaced).toEqual([]);
    expect(p.setAside).toEqual(['年底考核']);
  });
});

describe('a name run into a field is not read as a homophone of another field', () => {
  it('发改委执行数 is the office and 全年执行数', () => {
    const p = parse('卫健委执行数最低的项目');
    expect(p.corrected).toEqual([]);
    expect(p.unplaced).toEqual([]);
    expect(JSON.stringify(p.query)).toContain('executed');
    expect(JSON.stringify(p.query)).not.toContain('unspent');
  });

  it('a homophone with its first character right is still read (执行律)', () => {
    const p = parse('卫健委执行律最低的项目');
    expect(p.corrected).toEqual([['执行律', '执行率']]);
  });
});

describe('funds cells the store does not keep are said so, never answered as another figure', () => {
  it.each([
    ['乡村卫生室设备更新财政专户管理资金那一行执行了多少', '财政专户管理资金'],
    ['果园街道单位资金一共多少', '单位资金'],
    ['其中：当年财政拨款那一行的执行率', '当年财政拨款'],
    ['上年结转资金的得分是多少', '上年结转资金'],
  ])('%s names %s', (q, row) => {
    expect(fundsSubRow(q, VOCAB.projectName)).toBe(row);
  });

  it('is no such cell inside a stored project name, nor a kept amount, nor the total row', () => {
    expect(fundsSubRow('社区其他资金补助的全年执行数', VOCAB.projectName)).toBeNull();
    expect(fundsSubRow('乡村卫生室设备更新的全年执行数', VOCAB.projectName)).toBeNull();
    expect(fundsSubRow('结余最多的项目', VOCAB.projectName)).toBeNull();
    // the kept rows' amounts are asked as fields (funds-rows.test.ts)
    expect(fundsSubRow('乡村卫生室设备更新上年结转资金那一行执行了多少', VOCAB.projectName)).toBeNull();
    expect(fundsSubRow('财政拨款最多的项目', VOCAB.projectName)).toBeNull();
  });

  it('says which row, that nothing was queried, and what can be asked', () => {
    const said = fundsSubRowReply('单位资金');
    expect(said).toContain('「单位资金」');
    expect(said).toContain('未作查询');
    expect(said).toContain('全年执行数');
  });

  it('a kept row is never last year nor 结余', () => {
    const p = parse('乡村卫生室设备更新上年结转资金那一行执行了多少');
    expect(p.unplaced).toEqual([]);
    expect(JSON.stringify(p.query)).toContain('carryOverExecuted');
    expect(JSON.stringify(p.query)).not.toContain('year');
    expect(JSON.stringify(p.query)).not.toContain('remaining');
  });
});

describe('two orderings in one question', () => {
  it('the second of another field or direction is reported, never silently the one read', () => {
    const p = parseQuestion('总分最高和总分最低各是多少', VOCAB, 2025);
    expect(p.unplaced).toEqual(['最低']);
    expect(p.query?.order).toEqual({ by: 'totalScore', dir: 'desc' });
    expect(parseQuestion('执行率最低、全年预算最多的项目', VOCAB, 2025).unplaced.length).toBeGreaterThan(0);
  });
  it('the same ordering said twice is one', () => {
    expect(parseQuestion('按执行率从低到高排，最低的5个', VOCAB, 2025).unplaced).toEqual([]);
  });
});
