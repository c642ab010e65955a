/**
 * Mechanisms that make the parser hold up on questions it has never seen (issue 10, item 3), each with sentences of
 * its own: which leftover words may be ignored (by word class, general-words.ts) and which must be reported, words
 * split by one word of lookahead, empty and filled said colloquially, arithmetic between fields, and typos of the
 * domain vocabulary (homophones, one character wrong, people's names by sound).
 */
import { describe, expect, it } from 'vitest';
import { restrictingWords } from '../../src/query/harmless.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { LeafFilter, PortfolioQuery } from '../../src/query/query.ts';
import { normalise } from '../../src/query/tokens.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { understoodBy } from './understood.ts';

/** A small store's names: nothing here is a corpus form. */
const VOCAB = vocabularyOf([
  {
    department: '北京市顺义区马坡镇人民政府',
    implementingUnit: '马坡镇农业服务中心',
    owner: '韩晓梅',
    projectName: '农田水利设施维护',
    year: 2024,
  },
  {
    department: '北京市顺义区财政局',
    implementingUnit: '预算科',
    owner: '邓建国',
    projectName: '预算绩效管理咨询服务',
    year: 2024,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);

const cmp = (field: string, op: string, value: number) =>
  ({ type: 'compare', field, op, value }) as LeafFilter;
const empty = (field: string, isEmpty = true) => ({ type: 'empty', field, empty: isEmpty }) as LeafFilter;

const understood = understoodBy(parse);

describe('words that cannot restrict the answer are not reported', () => {
  it.each<[string, PortfolioQuery['filters']]>([
    // Manner and discourse words of general Chinese, found by word class (no list of these questions).
    ['顺便把总分低于八十的项目列一下', [cmp('totalScore', '<', 80)]],
    ['其实我就想看看执行率低于60%的项目', [cmp('executionRate', '<', 60)]],
    ['另外，联系电话空着的项目也给我列一下', [empty('phone')]],
    ['总分低于70的项目干脆都列出来', [cmp('totalScore', '<', 70)]],
    // The verb of what is to be done with the answer, in the request frame.
    ['执行率低于50%的项目名单发我', [cmp('executionRate', '<', 50)]],
    ['总分低于60的项目帮我盘点一下', [cmp('totalScore', '<', 60)]],
    ['把执行率低于70%的项目导出来', [cmp('executionRate', '<', 70)]],
    // Verbs of going through a list, in their asking forms (捋一捋, 核一下, 挑出来), and the list itself (单子).
    ['帮忙捋一捋总分低于60的项目', [cmp('totalScore', '<', 60)]],
    ['把执行率低于30%的挑出来', [cmp('executionRate', '<', 30)]],
    ['麻烦拉个单子，执行率不够八成的项目', [cmp('executionRate', '<', 80)]],
    // Closed classes: interjections, greetings, what the asker remembers, where they sit.
    ['哎，下午好，我记得咱这儿有总分低于65的项目', [cmp('totalScore', '<', 65)]],
    ['劳烦请教下，执行率低于40%的有哪些', [cmp('executionRate', '<', 40)]],
  ])('%s', (q, filters) => {
    expect(understood(q).filters).toEqual(filters);
  });

  it('segments by one word of lookahead: 项目名单 is 项目 + 名单, not 项目名 + 单', () => {
    expect(understood('给我一份总分低于75的项目名单').filters).toEqual([cmp('totalScore', '<', 75)]);
  });

  it('the request frame takes verbs only: 发 before 给我 is left out, a noun there is not', () => {
    const text = normalise('列一下执行率低于90%的项目发给我');
    expect(restrictingWords('发', text, text.indexOf('发'))).toEqual([]);
    const other = normalise('执行率低于90%的项目昌平给我');
    expect(restrictingWords('昌平', other, other.indexOf('昌平'))).toEqual(['昌平']);
  });
});

describe('a clause that only says what is done and when is the occasion, not a condition', () => {
  it.each<[string, PortfolioQuery['filters']]>([
    ['下周汇报，执行率低于90%的项目', [cmp('executionRate', '<', 90)]],
    ['月底考核，总分低于70的项目有哪些', [cmp('totalScore', '<', 70)]],
  ])('%s', (q, filters) => {
    expect(understood(q).filters).toEqual(filters);
  });

  it.each<[string, string]>([
    // A negated or passive verb describes projects; a named office or place is never context (a generic recipient
    // such as 审计局 or 区财政 is a narrative frame, set aside and said back: narrative.test.ts).
    ['被退回，执行率低于90%的项目', '被退回'],
    ['下周报西城区，执行率低于90%的项目', '西城区'],
  ])('%s still reports %s', (q, word) => {
    expect(parse(q).unplaced.join(' ')).toContain(word);
  });
});

describe('words that could restrict the answer are still reported', () => {
  it.each<[string, string]>([
    // Negation, exclusion, limits, frequency and time are never manner words.
    // An exclusion of nothing the store knows (除了 a kind of project): reported, not dropped.
    ['除了体育类以外执行率低于90%的项目', '除了'],
    ['仅限总分低于80的项目', '仅限'],
    ['首次申报的项目有哪些', '首次'],
    // A verb that describes the projects: before 的, after a negation, or as the predicate.
    ['被退回的项目有哪些', '退回'],
    ['没验收的项目有哪些', '验收'],
    ['哪些项目审核过', '审核'],
    // Nouns, places and bureaus the store does not know.
    ['帮我查一下昌平区的项目发我', '昌平区'],
  ])('%s reports %s', (q, word) => {
    const p = parse(q);
    expect(p.unplaced.join(' ')).toContain(word);
  });

  it('arithmetic the language does not hold is reported: 年初预算减去全年预算', () => {
    expect(parse('年初预算减去全年预算大于10万的项目').unplaced).toContain('减去');
    expect(parse('年初预算和全年预算相差多少').unplaced).toContain('相差');
  });
});

describe('empty and filled said colloquially', () => {
  it.each<[string, LeafFilter]>([
    ['负责人一栏留白的项目', empty('owner')],
    ['联系电话忘了填的项目', empty('phone')],
    ['哪些项目电话还没留', empty('phone')],
    ['总分还没打分的项目', empty('totalScore')],
    ['项目负责人漏写了的有哪些', empty('owner')],
    ['联系电话写上了的项目', empty('phone', false)],
    ['projects with a phone number', empty('phone', false)],
  ])('%s', (q, filter) => {
    expect(understood(q).filters).toEqual([filter]);
  });
});

describe('staff phrasings of owners, rankings and groupings', () => {
  it('手上 / 名下 after a person is who owns the projects', () => {
    expect(understood('邓建国手上有几个项目').filters).toEqual([
      { type: 'name', field: 'owner', term: '邓建国', values: ['邓建国'] },
    ]);
    expect(understood('韩晓梅名下的项目').filters).toEqual([
      { type: 'name', field: 'owner', term: '韩晓梅', values: ['韩晓梅'] },
    ]);
  });

  it('a field with 信息 after it is the field, not a project whose name holds 信息', () => {
    expect(understood('哪些项目没有负责人信息').filters).toEqual([empty('owner')]);
  });

  it('前三大 is the three largest', () => {
    expect(understood('全年预算前三大的项目')).toMatchObject({
      order: { by: 'annualBudget', dir: 'desc' },
      limit: 3,
    });
  });

  it('按单位分一下 / 排一下 is the asking verb of a grouping', () => {
    expect(understood('执行率低于90%的项目按实施单位分一下')).toMatchObject({ groupBy: 'implementingUnit' });
  });
});

describe('two fields compared', () => {
  it('a score compared with 分值 alone means its own weight (满意度得分比分值低)', () => {
    expect(understood('满意度得分比分值低的项目').filters).toEqual([
      { type: 'fields', left: 'satisfactionScore', op: '<', right: 'satisfactionWeight' },
    ]);
  });
});

describe('arithmetic between two fields', () => {
  it.each([
    '支出占全年预算的比例低于九成的项目',
    '执行数除以预算低于90%的项目',
    '执行金额和预算的比例不到90%的项目',
  ])('the share of the budget executed is the execution rate: %s', (q) => {
    expect(understood(q).filters).toEqual([cmp('executionRate', '<', 90)]);
  });

  it.each<[string, Partial<PortfolioQuery>]>([
    ['全年预算减去执行数大于10万的项目', { filters: [cmp('remaining', '>', 10)] }],
    ['哪些项目钱没花完', { filters: [cmp('remaining', '>', 0)] }],
    ['马坡镇的钱还剩多少没花', { measures: [{ fn: 'sum', field: 'remaining' }] }],
    ['全年预算合计和执行数合计的差额', { measures: [{ fn: 'sum', field: 'remaining' }] }],
    ['结余最多的两个项目', { order: { by: 'remaining', dir: 'desc' }, limit: 2 }],
  ])('what is left of the budget (结余 = 全年预算 − 全年执行数): %s', (q, expected) => {
    expect(understood(q)).toMatchObject(expected);
  });

  it('any other arithmetic is reported, never computed as something else', () => {
    const p = parse('年初预算加上全年预算超过100万的项目');
    expect(p.unplaced).toContain('加上');
  });
});

describe('typos of the domain vocabulary', () => {
  it.each<[string, LeafFilter, [string, string]]>([
    // A homophone of a two-character word with its first character wrong, when a number or comparison follows.
    ['纵分低于80的项目', cmp('totalScore', '<', 80), ['纵分', '总分']],
    ['执行率抵于70%的项目', cmp('executionRate', '<', 70), ['抵于', '低于']],
    // One character wrong (a slip or a character that looks alike) in a word of three characters or more.
    ['联系电化没填的项目', empty('phone'), ['联系电化', '联系电话']],
    ['联系电活没填的项目', empty('phone'), ['联系电活', '联系电话']],
    ['项目负责仁为空的项目', empty('owner'), ['项目负责仁', '项目负责人']],
  ])('%s', (q, filter, correction) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.filters).toEqual([filter]);
    expect(p.corrected).toContainEqual(correction);
  });

  it.each<[string, [string, string]]>([
    // A character left out of a longer word, or typed twice.
    ['满意指标得分没拿满的项目', ['满意指标得分', '满意度指标得分']],
    ['满意指标缺失的项目', ['满意指标', '满意度指标']],
    ['执行行率低于80%的项目', ['执行行率', '执行率']],
  ])('%s', (q, correction) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.corrected).toContainEqual(correction);
  });

  it('a word typed with a homophone is read whole even after a word it starts with (预算执行得份 is one word)', () => {
    const p = parse('预算执行得份最低的项目');
    expect(p.query?.order).toEqual({ by: 'budgetScore', dir: 'asc' });
    expect(p.corrected).toContainEqual(['预算执行得份', '预算执行得分']);
  });

  it('traditional characters are read as simplified ones', () => {
    expect(understood('總分沒填的項目').filters).toEqual([empty('totalScore')]);
    expect(understood('執行率低於七成的項目有幾個')).toEqual(understood('执行率低于七成的项目有几个'));
    // The store's own names too: 馬坡鎮 is 马坡镇.
    expect(parse('馬坡鎮的項目').unplaced).toEqual([]);
  });

  it('a real word that sounds like a lexicon word is not read as it: 一半 is not 一般 (a grade)', () => {
    const p = parse('执行数不到预算一半的项目');
    expect(p.corrected).toEqual([]);
    expect(JSON.stringify(p.query)).not.toContain('grade');
  });

  it('a word and one character more is no typo: 总分咋 is not 总分值, 没写东西 is not 没写上', () => {
    expect(parse('总分咋这么低').corrected).toEqual([]);
    expect(parse('偏差原因没写东西的项目').corrected).toEqual([]);
  });

  it('a general word is no typo: 地方 stays as it is (not 低于)', () => {
    expect(parse('地方总分低于80的项目').corrected).toEqual([]);
  });

  it('one character wrong that fits two words of different meaning is asked about, not guessed', () => {
    // 负责入: 负责人 (the owner) or 负责的 (owned by)?
    expect(parse('负责入是韩晓梅的项目').unplaced).not.toEqual([]);
  });

  it('text that reads as words already is no typo (哪几张表 is not 哪几个表)', () => {
    const p = parse('哪几张表的联系电话是空着的');
    expect(p.corrected).toEqual([]);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.filters).toEqual([empty('phone')]);
  });

  it('a person typed with a homophone is read as the one stored person who sounds the same, and said so', () => {
    const p = parse('韩小梅负责的项目');
    expect(p.unplaced).toEqual([]);
    expect(p.query?.filters).toEqual([{ type: 'name', field: 'owner', term: '韩晓梅', values: ['韩晓梅'] }]);
    expect(p.corrected).toContainEqual(['韩小梅', '韩晓梅']);
  });

  it('a person typed with a homophone that ends in a word of the lexicon (元, a unit) is still read whole', () => {
    const vocab = vocabularyOf([
      {
        department: '石园街道办事处',
        implementingUnit: '平安办',
        owner: '陈志远',
        projectName: '消防设施更新',
        year: 2023,
      },
    ]);
    for (const [typed, stored] of [
      ['陈志元负责的项目有哪些', '陈志远'],
      ['陈志元的项目有几个', '陈志远'],
    ] as const) {
      const p = parseQuestion(typed, vocab, 2024);
      expect(p.unplaced, typed).toEqual([]);
      expect(p.query?.filters, typed).toEqual([
        { type: 'name', field: 'owner', term: stored, values: [stored] },
      ]);
    }
    // A run that names someone alone keeps its own reading; a whole that sounds like nobody stays unplaced.
    expect(parseQuestion('陈志方负责的项目', vocab, 2024).unplaced).toEqual(['陈志方']);
  });

  it('a person who only looks like a stored one is not taken for them', () => {
    expect(parse('韩晓明负责的项目').unplaced).toEqual(['韩晓明']);
  });
});
