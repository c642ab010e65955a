/**
 * How an office clerk asks about one project, a set of projects or a problem of the forms (the office part's
 * families): 事项 for a project, 自评 for the form, a year its name
 * holds, checks said with 哪些 inside, bounds said with 连…都, scales (高低 / 大小), groups (每组), places from the end,
 * "whose is more", a count restating the names, the money as a clause's topic, a cell asked "or nothing", the way a
 * cell was written, why someone is wanted, the rate's definition said with it, a unit of money asked of a project.
 * Wordings of our own over a small invented store, never the evaluation's lines.
 */
import { describe, expect, it } from 'vitest';
import { parseArithmetic } from '../../src/query/arithmetic.ts';
import { dropListCount } from '../../src/query/list-count.ts';
import { orgForms } from '../../src/query/names.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { phoneLengthDefined, rewriteProblems } from '../../src/query/problem-words.ts';
import { leaves } from '../../src/query/query.ts';
import { readRanking } from '../../src/query/rank.ts';
import { STORY_VOCAB } from '../helpers/story-vocabulary.ts';
import { understoodBy } from './understood.ts';

const parse = (q: string) => parseQuestion(q, STORY_VOCAB, 2024);
const understood = understoodBy(parse);

describe('事项 is a project, 自评 the form', () => {
  it.each([
    ['韩立军名下有几个事项', { fn: 'count' }],
    ['永宁镇这些事项一共几个', { fn: 'count' }],
  ])('%s', (q, measure) => {
    expect(understood(q).measures).toEqual([measure]);
  });

  it('这个事项的负责人 asks the project’s owner', () => {
    expect(understood('古城墙修缮补助这个事项的负责人是谁').select).toEqual(['owner']);
  });

  it('哪一年的自评 asks the form’s year; 自评分数 is the total', () => {
    expect(understood('老旧楼房外墙保温是哪一年的自评').select).toEqual(['year']);
    expect(understood('永宁镇自评分数最高的项目').order).toEqual({ by: 'totalScore', dir: 'desc' });
  });
});

describe('a year the named project’s name holds is the name’s', () => {
  it.each(['23年那个苹果园节水灌溉改造，总分多少', '2023年的苹果园节水灌溉改造负责人是谁'])('%s', (q) => {
    const filters = leaves(understood(q).filters);
    expect(filters.some((f) => f.type === 'compare' && f.field === 'year')).toBe(false);
    expect(filters.some((f) => f.type === 'name' && f.field === 'projectName')).toBe(true);
  });

  it('a year the name does not hold stays a condition', () => {
    const filters = leaves(understood('2023年的老旧楼房外墙保温总分多少').filters);
    expect(filters).toContainEqual({ type: 'compare', field: 'year', op: '=', value: 2023 });
  });
});

describe('an office name cut out of a longer one keeps its short forms', () => {
  it.each([
    ['处社会事务办公室', '社事办'],
    ['道农业服务中心', '农服中心'],
  ])('%s → %s', (name, short) => {
    expect(orgForms(name)).toContain(short);
  });
});

describe('checks said as a clerk says them', () => {
  it.each([
    ['预算执行那行的得分，有哪些跟表上填的执行率不一致', '有哪些预算执行得分算错'],
    ['拿了满分还填偏差原因的指标有哪些', '满分行写了偏差原因'],
  ])('%s', (q, read) => {
    expect(rewriteProblems(q)).toContain(read);
  });

  it('the scores added up, held against the total, are the one check (no words of it left before)', () => {
    expect(rewriteProblems('得分加在一起同总分有出入的项目')).toBe('总分与明细不符的项目');
  });

  it('the phone length defined in the clause after a comma, landline and mobile named', () => {
    expect(phoneLengthDefined('号码位数有问题的，既不是座机8位也不是手机11位')).toBe(
      '联系电话位数不为8，联系电话位数不为11',
    );
    expect(phoneLengthDefined('电话位数有误的表（不是8位的座机也不是11位的手机）')).toContain(
      '联系电话位数不为11',
    );
  });
});

describe('连…都 before a bound is the plain bound', () => {
  it.each([
    ['年初预算连5万都不到的项目', 'initialBudget', 5],
    ['总分连80分也没有的有几个', 'totalScore', 80],
  ])('%s', (q, field, value) => {
    expect(leaves(understood(q).filters)).toContainEqual({ type: 'compare', field, op: '<', value });
  });
});

describe('scales and groups said in passing', () => {
  it.each([
    ['永宁镇的项目按执行数大小排一下', 'executed'],
    ['按全年预算高低给香水园街道的项目排个序', 'annualBudget'],
  ])('%s', (q, by) => {
    expect(understood(q).order).toEqual({ by, dir: 'desc' });
  });

  it.each([
    ['按负责人分组，每组几个项目', 'owner'],
    ['按年度分个组，各组预算合计多少', 'year'],
  ])('%s', (q, by) => {
    expect(understood(q).groupBy).toBe(by);
  });

  it('每组 with no grouping stays reported', () => {
    expect(parse('每组几个项目').unplaced).toContain('每组');
  });
});

describe('places from the end, which is more', () => {
  it.each([
    ['全年预算倒数第三少的是哪个项目', 3, '全年预算最低的是哪个项目'],
    ['总分倒数第二低的项目', 2, '总分最低的项目'],
  ])('%s', (q, nth, text) => {
    expect(readRanking(q)).toEqual({ text, nth });
  });

  it.each([
    ['古城墙修缮补助和老旧楼房外墙保温，谁的执行数少', '执行数最低的是哪个'],
    ['古城墙修缮补助跟老旧楼房外墙保温比一下，哪个执行得多', '执行得最高的是哪个'],
  ])('%s', (q, read) => {
    const text = readRanking(q)?.text ?? '';
    expect(text).toContain(read);
    expect(text).not.toContain('比');
  });

  it('谁 and 多少 of another ask are no comparison', () => {
    expect(readRanking('古城墙修缮补助该找谁、电话多少')).toBeNull();
  });

  it('执行得 is the spending', () => {
    expect(understood('永宁镇哪个项目执行得最少').order).toEqual({ by: 'executed', dir: 'asc' });
  });
});

describe('a count restating the things named, after a comma', () => {
  it('equal to the names joined, it goes', () => {
    expect(dropListCount('古城墙修缮补助和老旧楼房外墙保温，两项一共多少钱')).toBe(
      '古城墙修缮补助和老旧楼房外墙保温一共多少钱',
    );
    expect(dropListCount('古城墙修缮补助加上老旧楼房外墙保温，这两个合计多少')).not.toContain('两个');
  });

  it('any other number stays', () => {
    expect(dropListCount('古城墙修缮补助和老旧楼房外墙保温，三项一共多少钱')).toContain('三项');
  });
});

describe('a project’s cell as a clerk asks it', () => {
  it.each([
    ['古城墙修缮补助那个钱，执行数写的多少', 'executed'],
    ['老旧楼房外墙保温这个钱，年初预算填的是多少', 'initialBudget'],
    ['古城墙修缮补助的联系人写了谁没有', 'owner'],
    ['老旧楼房外墙保温的预期目标填了什么没', 'goalsExpected'],
    ['古城墙修缮补助当初的预期目标是怎么写的', 'goalsExpected'],
    ['古城墙修缮补助有事得找人，该联系谁', 'owner'],
  ])('%s', (q, field) => {
    expect(understood(q).select).toContain(field);
  });

  it('最后 before the verb of scoring says when, the total is asked', () => {
    expect(understood('老旧楼房外墙保温最后自评打了几分').select).toEqual(['totalScore']);
  });

  it('why someone is wanted, then who and the number', () => {
    expect(understood('老旧楼房外墙保温有疑问要联系人，打给谁、电话多少').select).toEqual(['owner', 'phone']);
  });

  it.each([
    '古城墙修缮补助，用执行数除以预算算一下执行率',
    '老旧楼房外墙保温按全年执行数除以全年预算自己计算的执行率',
  ])('%s: the rate’s definition said with it', (q) => {
    expect(understood(q).select).toEqual(['executionRate']);
  });
});

describe('满意度 said to read 未做 is the survey not done (the row is there), 指标 named or not', () => {
  it.each(['永宁镇满意度写着未做的项目', '满意度填了没开展的有几个', '满意度指标那行标注了未开展的项目'])(
    '%s',
    (q) => {
      expect(leaves(understood(q).filters)).toContainEqual({
        type: 'finding',
        codes: ['SATISFACTION_NOT_SURVEYED'],
      });
    },
  );
});

describe('a unit of money asked of a project named with no figure', () => {
  it.each([
    ['古城墙修缮补助换算成元是多少', '元'],
    ['老旧楼房外墙保温折合成千元是多少', '千元'],
  ])('%s: its 全年预算数, said back', (q, unit) => {
    const read = parseArithmetic(q, STORY_VOCAB, 2024);
    expect(read?.query).toMatchObject({
      op: 'convert',
      unit,
      left: { measure: { fn: 'sum', field: 'annualBudget' } },
    });
  });
});
