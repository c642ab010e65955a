/**
 * Families of wordings that were answered wrong rather than not understood (h-wrong): a field compared with another
 * by a bare word of more or less ending the clause (than-bare.ts), the exceptions of an all-of question asked with a
 * verb of getting a score (exceptions-asked.ts), a name after 按 + a field (the grouping, not the name's label), and a
 * generic piece right after a project's name (no second project). Wordings of our own over a made-up vocabulary.
 */
import { describe, expect, it } from 'vitest';
import { withoutExceptionsAsked } from '../../src/query/exceptions-asked.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

const VOCAB = vocabularyOf([
  {
    department: '丙街道办事处',
    implementingUnit: '丙街道办事处社区建设办公室',
    projectName: '社区图书角',
    year: 2023,
  },
  {
    department: '丙街道办事处',
    implementingUnit: '丙街道办事处综合办公室',
    projectName: '河道保洁资金',
    year: 2023,
  },
  { department: '丁街道办事处', implementingUnit: '丁街道办事处', projectName: '平安巡逻资金', year: 2023 },
  { department: '丁街道办事处', implementingUnit: '丁街道办事处', projectName: '法律顾问', year: 2023 },
  {
    department: '丁街道办事处',
    implementingUnit: '丁街道办事处',
    projectName: '“双百”统计人员补贴经费',
    year: 2023,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);

describe('X比Y少 ending the clause: two fields compared for each project', () => {
  it.each([
    ['哪些项目年初预算比全年预算大', 'initialBudget', '>', 'annualBudget'],
    ['有哪些项目的执行数比预算低？', 'executed', '<', 'annualBudget'],
    ['年初预算比全年预算多，这样的项目有哪些', 'initialBudget', '>', 'annualBudget'],
  ])('%s', (q, left, op, right) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.filters).toEqual([{ type: 'fields', left, op, right }]);
  });

  it('the amount of the difference is still asked with 多少 (not a condition)', () => {
    expect(parse('全年预算比年初预算多多少').query?.filters ?? []).not.toContainEqual(
      expect.objectContaining({ type: 'fields' }),
    );
  });
});

describe('the exceptions asked with a verb of getting the score', () => {
  it.each([
    ['总分是不是都是满分，没拿到满分的列一下', '总分是不是都是满分'],
    ['满意度是不是都满分？没得满分的发我', '满意度是不是都满分？'],
  ])('%s', (q, kept) => {
    expect(withoutExceptionsAsked(q)).toBe(kept);
  });

  it('a clause bringing a grouping stays', () => {
    const q = '总分是不是都是满分，没拿满的按部门数一下';
    expect(withoutExceptionsAsked(q)).toBe(q);
  });
});

describe('按 + a field is the grouping, not the label of the name after it', () => {
  it.each(['按实施单位数一下丙街道的项目', '按实施单位统计丙街道的项目个数'])('%s', (q) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.groupBy).toBe('implementingUnit');
    // 丙街道 as a bare place: 主管部门 or 实施单位, not 实施单位 only
    expect(p.query?.filters[0]).toMatchObject({ type: 'any' });
  });

  it('a field right before the name still labels it', () => {
    expect(parse('实施单位丙街道的项目').query?.filters[0]).toMatchObject({
      type: 'name',
      field: 'implementingUnit',
    });
  });
});

describe('a generic piece right after a project name is no second project', () => {
  it.each([
    '看下社区图书角资金表里的执行数',
    '社区图书角的资金那栏全年预算是多少',
    '法律顾问资金表的全年执行数',
  ])('%s', (q) => {
    const p = parse(q);
    // the one project named, the 资金 after it reported or read as its money (stop 37: a bare 资金 names no project)
    const names = (p.query?.filters ?? []).flatMap((f) => (f.type === 'name' ? (f.values ?? []) : []));
    expect(names.length).toBe(1);
    expect(['社区图书角', '法律顾问']).toContain(names[0]);
    expect(JSON.stringify(p.query?.filters)).not.toContain('河道保洁资金');
  });

  it('two pieces of one name around a word of the lexicon stay that project', () => {
    const p = parse('双百统计人员补贴经费的全年预算是多少');
    expect(p.unplaced).toEqual([]);
    expect(JSON.stringify(p.query?.filters)).toContain('人员补贴经费');
  });

  it('two projects listed with 和 are still alternatives', () => {
    const p = parse('社区图书角和河道保洁资金的预算');
    expect(p.unplaced).toEqual([]);
    expect(p.query?.filters[0]).toMatchObject({ type: 'any' });
  });
});

describe('an office written whole or short, on either side', () => {
  const vocab = vocabularyOf([
    {
      department: '甲区发展和改革委员会',
      implementingUnit: '甲区发改委',
      projectName: '节能补贴',
      year: 2023,
    },
    { department: '办公室', implementingUnit: '区发改委', projectName: '法律服务', year: 2023 },
    { department: '乙街道办事处', implementingUnit: '处民生保障办公室', projectName: '社区活动', year: 2023 },
  ]);
  const unitsOf = (q: string) => {
    const p = parseQuestion(q, vocab, 2025);
    expect(p.unplaced).toEqual([]);
    return JSON.stringify(p.query?.filters);
  };

  it.each(['区发展和改革委员会的项目有哪些', '发展和改革委员会一共几个项目'])(
    '%s: the units written short are its too',
    (q) => {
      expect(unitsOf(q)).toContain('甲区发改委');
      expect(unitsOf(q)).toContain('"区发改委"');
    },
  );

  it.each(['民生办的项目', '民保办有几个项目'])(
    '%s: a name broken after 办事处 keeps its short forms',
    (q) => {
      expect(unitsOf(q)).toContain('处民生保障办公室');
    },
  );

  it('a short form two stored offices share names neither', () => {
    const shared = vocabularyOf([
      { department: '乙街道办事处', implementingUnit: '城乡管理办公室', projectName: '道路维护', year: 2023 },
      { department: '乙街道办事处', implementingUnit: '城乡建设办公室', projectName: '危房改造', year: 2023 },
      { department: '乙街道办事处', implementingUnit: '城乡办、平安办', projectName: '河道巡查', year: 2023 },
    ]);
    const p = parseQuestion('城乡管理办公室的项目', shared, 2025);
    expect(JSON.stringify(p.query?.filters)).not.toContain('城乡办、平安办');
  });
});
