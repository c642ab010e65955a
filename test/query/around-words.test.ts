/**
 * The words around a question (issue 10): what points back to something the message already said (她 after the
 * person, 那种 after a description, a word said twice), an open "how is it" (怎么样), a copula between a condition and
 * its state (满意度调查写的是未做), and a doubt about an earlier figure (上次你给我的数好像不对, …合计不对，再算一下).
 * Each with wordings of its own, and the negative cases where nothing was placed to point back to, or where the
 * words could be a condition, which must still be reported.
 */
import { describe, expect, it } from 'vitest';
import { setAsideDoubts } from '../../src/query/doubt.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Filter } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { understoodBy } from './understood.ts';

/** A small store's names: nothing here is a corpus form. */
const VOCAB = vocabularyOf([
  {
    department: '北京市怀柔区雁栖镇人民政府',
    implementingUnit: '雁栖镇社区服务中心',
    owner: '宋雨桐',
    projectName: '老旧小区加装电梯补助',
    year: 2022,
  },
  {
    department: '北京市怀柔区文化和旅游局',
    implementingUnit: '文物保护科',
    owner: '祁振华',
    projectName: '长城沿线文物巡查',
    year: 2023,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);

const understood = understoodBy(parse);

const owner = (name: string) =>
  expect.objectContaining({ type: 'name', field: 'owner', values: [name] }) as unknown as Filter;

describe('a word that points back to what the message said', () => {
  it.each([
    '「项目负责人：宋雨桐」——她一共负责几个项目？',
    '宋雨桐这个人，她手上有几个项目',
    '负责人宋雨桐，他负责的项目有几个',
  ])('a person pronoun after the person: %s', (q) => {
    const query = understood(q);
    expect(query.filters).toEqual([owner('宋雨桐')]);
    expect(query.measures).toEqual([{ fn: 'count' }]);
  });

  it('它 after the one project named', () => {
    const query = understood('听同事提过一个长城沿线文物巡查项目，它的全年预算是多少');
    expect(JSON.stringify(query.filters)).toContain('长城沿线文物巡查');
    expect(query.select).toEqual(['annualBudget']);
    expect(parse('它的全年预算是多少').unplaced).toContain('它');
  });

  it('a project named whole in a background clause is never dropped from the query', () => {
    // The clause speaks of a colleague (background); the project named in it is what is asked about.
    const query = understood('听同事提过一个长城沿线文物巡查项目，全年预算是多少');
    expect(JSON.stringify(query.filters)).toContain('长城沿线文物巡查');
  });

  it.each([
    ['总分空着没写的项目', true],
    ['联系电话空着没填的项目有哪些', true],
  ])('two words of being empty side by side say one thing: %s', (q) => {
    const query = understood(q);
    expect(query.filters).toHaveLength(1);
    expect(query.filters[0]).toMatchObject({ type: 'empty', empty: true });
  });

  it('words of being empty and filled side by side are not one thing', () => {
    expect(parse('总分空着填了的项目').unplaced.length).toBeGreaterThan(0);
  });

  it.each(['她负责几个项目', '总分低于60的项目 她负责几个'])(
    'a pronoun with no person named before it stays unplaced: %s',
    (q) => {
      const p = parse(q);
      expect(p.unplaced.join()).toMatch(/[他她]/u);
    },
  );

  it.each([
    ['扣了分的项目有几个 就是有扣分的那种', 'rowsBelowWeight'],
    ['总分低于60的那类项目有几个', 'totalScore'],
    ['执行率低于80%的这种项目列一下', 'executionRate'],
  ])('a demonstrative with a classifier after a description: %s', (q, field) => {
    const query = understood(q);
    expect(query.filters.length).toBeGreaterThan(0);
    expect(JSON.stringify(query.filters)).toContain(field);
  });

  it.each(['那种项目有几个', '这类项目有哪些'])(
    'with nothing described before it, the kind is not known: %s',
    (q) => {
      expect(parse(q).unplaced.length).toBeGreaterThan(0);
    },
  );

  it.each([
    ['满意度没拿满分的项目 满意度 有哪些', 'satisfactionScore'],
    ['总分低于60的项目 总分 有几个', 'totalScore'],
  ])('a content word said twice counts once: %s', (q, field) => {
    const query = understood(q);
    expect(JSON.stringify(query.filters)).toContain(field);
  });

  it('a negation said twice is not dropped as a repetition', () => {
    // 不 said again could be a second condition meant: it stays unplaced, never silently ignored.
    const p = parse('总分不低于60的项目 不 有几个');
    expect(p.unplaced).toContain('不');
  });
});

describe('an open "how is it" asks nothing of its own', () => {
  it.each([
    '雁栖镇的钱花得怎么样了，全年执行数加起来多少',
    '雁栖镇全年执行数合计如何',
    '雁栖镇那边咋样了，全年执行数合计多少',
  ])('%s', (q) => {
    const query = understood(q);
    expect(query.measures).toEqual([{ fn: 'sum', field: 'executed' }]);
    expect(JSON.stringify(query.filters)).toContain('雁栖镇');
  });
});

describe('who wants the figures and why, said around the question', () => {
  it.each([
    '雁栖镇2022年的项目一共几个？区里等着要数',
    '雁栖镇全年预算大于100万的项目帮我列一下，局里开会用',
    '急！雁栖镇宋雨桐负责的项目有几个，财政局等回话',
    '财政局来要数，雁栖镇是宋雨桐负责的项目有多少个',
    '刚开完财政局的会，局里要统计雁栖镇的项目，一共有几个？',
    '领导关心雁栖镇的项目，一共有几个',
    '我刚接手这摊工作，还不太熟，雁栖镇有几个项目',
  ])('%s', (q) => {
    const query = understood(q);
    expect(JSON.stringify(query.filters)).toContain('雁栖镇');
  });

  it('an office the store does not know, asking, stays unplaced', () => {
    expect(parse('西城区财政局来要数，雁栖镇有几个项目').unplaced.join()).toContain('西城区');
  });
});

describe('adding up said colloquially and in English', () => {
  it.each(['雁栖镇的项目全年预算加总是多少', 'How much is the annual budget of all the projects added up?'])(
    '%s',
    (q) => {
      expect(understood(q).measures).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
    },
  );

  it('total number of projects is a count', () => {
    expect(understood('total number of projects?').measures).toEqual([{ fn: 'count' }]);
  });
});

describe('写的是 / 填的是 / 是 between a condition and its state', () => {
  it.each(['哪些项目的满意度调查表里写的是未做？', '满意度调查那一栏填的是未做的项目'])(
    'what the form says: the check that reads it (%s)',
    (q) => {
      expect(understood(q).filters).toEqual([{ type: 'finding', codes: ['SATISFACTION_NOT_SURVEYED'] }]);
    },
  );

  it('是 alone reads as the state', () => {
    expect(understood('满意度调查是未做的项目').filters).toEqual([{ type: 'satisfactionGap' }]);
  });

  it('a state the lexicon does not know is still reported', () => {
    expect(parse('满意度调查写的是待定的项目').unplaced.length).toBeGreaterThan(0);
  });
});

describe('a doubt about an earlier figure', () => {
  it.each([
    ['上次你给我的数好像不对，我再问一遍：雁栖镇2022年的全年执行数合计', 'executed'],
    ['前两天报的数被退回来了，说雁栖镇2022年全年预算合计不对，你帮我再算一下', 'annualBudget'],
    ['刚才算的结果有问题，雁栖镇2022年的全年执行数合计是多少', 'executed'],
    ['雁栖镇2022年全年执行数加起来是多少，上回那个数我觉得有问题', 'executed'],
    ['雁栖镇2022年的全年执行数总共多少？之前给的好像算错了', 'executed'],
    ['雁栖镇2022年全年预算合计帮我重算一下，报上去的被打回来了', 'annualBudget'],
    ['报表被退回，说雁栖镇2022年的全年预算总额有误，请再算一遍', 'annualBudget'],
  ])('is why the clerk asks again, not a condition: %s', (q, field) => {
    const p = parse(q);
    expect(p.unplaced, q).toEqual([]);
    expect(p.query!.measures).toEqual([{ fn: 'sum', field }]);
    // No 有错误 read from 不对: the forms' errors are not what was asked.
    expect(JSON.stringify(p.query!.filters)).not.toContain('severity');
    expect(JSON.stringify(p.query!.filters)).toContain('2022');
    expect(p.setAside?.length).toBeGreaterThan(0);
  });

  it('a field said to be wrong is still the check of the forms', () => {
    expect(understood('执行率不对的项目').filters).toEqual([{ type: 'finding', codes: ['RATE_MISMATCH'] }]);
    expect(JSON.stringify(understood('数据不对的项目').filters)).toContain('error');
  });

  it.each([
    ['财务科的孙会计说我上次给她的数不对，我重新问一下：宋雨桐负责的项目一共几个？'],
    ['领导讲前两天报的数有问题，祁振华负责的项目有几个'],
    ['长城沿线文物巡查的总分是多少，科长说好像填错了，帮我核一下'],
    ['老旧小区加装电梯补助的执行率是多少？她说可能算错了'],
  ])('a doubt someone reported, or said after the asked figure, is why the clerk asks: %s', (q) => {
    const p = parse(q);
    expect(p.unplaced, q).toEqual([]);
    expect(JSON.stringify(p.query!.filters)).not.toContain('severity');
    expect(
      p.setAside?.some((s) => /不对|有问题|错/u.test(s)),
      q,
    ).toBe(true);
  });

  it('a doubt with no asked figure before it is still the check of the forms', () => {
    // 好像填错了的项目: which forms were filled in wrong, asked — no figure before it to doubt.
    expect(JSON.stringify(understood('雁栖镇哪些项目好像填错了').filters)).toContain('error');
    expect(setAsideDoubts('他说好像填错了，雁栖镇有几个项目').setAside).toEqual([]);
  });

  it('only a whole clause of a doubted figure is set aside', () => {
    expect(setAsideDoubts('数好像不对的项目有几个').setAside).toEqual([]);
    expect(setAsideDoubts('上次的数不对,雁栖镇有几个项目').setAside).toEqual(['上次的数不对']);
  });
});
