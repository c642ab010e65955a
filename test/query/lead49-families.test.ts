/**
 * The lead's probe of stop 49: a whole list sorted by a field says how many of the matching projects it left out
 * because that field is empty (按总分从低往高排 had listed 5 of 8 and said 共 5 项). Wordings of our own, over
 * hand-made forms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeSwitchedWords } from '../../src/query/code-switch.ts';
import { readFollowUp } from '../../src/query/context.ts';
import { splitAsks } from '../../src/query/multi-ask.ts';
import { placesTypedByInitials } from '../../src/query/names.ts';
import { readPhoneFilter } from '../../src/query/phone-filter.ts';
import { plainRegisterWords } from '../../src/query/register-words.ts';
import { rowCellWords } from '../../src/query/row-cell-words.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { plainWrittenRequest } from '../../src/query/written-register.ts';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  formWithRows,
  indicatorRow,
  type KnownProject,
  memoryChat,
  messageAskerOf,
  recordOfProject,
} from './known-store.ts';

describe('a sorted list and the projects with the sorted field empty', () => {
  const office = '青石街道办事处';
  const of = (name: string, total: number | null): KnownProject => ({
    name,
    dept: office,
    year: 2024,
    owner: '孙悦',
    budget: 10,
    total,
  });
  let store: Store;
  let ask: (q: string) => Promise<string>;
  beforeAll(async () => {
    const known = await adminStoreOf('u-lead49-sort', [
      recordOfProject(of('路灯维修', 92)),
      recordOfProject(of('绿地养护', 88)),
      recordOfProject(of('社区食堂补贴', 97)),
      recordOfProject(of('旧楼加装电梯', null)),
      recordOfProject(of('防汛物资储备', null)),
    ]);
    store = known.store;
    ask = messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('lists the three with a 总分 in order and says the two left out', async () => {
    const r = await ask('青石街道的项目按总分从低往高排');
    expect(r).toMatch(/共 3 项。另有 2 个项目总分未填，未参与排序。/u);
    expect(r.indexOf('绿地养护')).toBeLessThan(r.indexOf('路灯维修'));
    expect(r.indexOf('路灯维修')).toBeLessThan(r.indexOf('社区食堂补贴'));
    expect(r).not.toContain('旧楼加装电梯');
  });

  it('says nothing of the kind when every project has the field', async () => {
    const r = await ask('青石街道的项目按全年预算从高到低排');
    expect(r).toMatch(/共 5 项。/u);
    expect(r).not.toMatch(/未参与排序/u);
  });

  it('a ranking of the first few is not a whole list: nothing said', async () => {
    const r = await ask('青石街道总分最低的两个项目');
    expect(r).toMatch(/绿地养护/u);
    expect(r).not.toMatch(/未参与排序/u);
  });
});

describe('a place said alone after a ranking', () => {
  const office = '松林街道办事处';
  const of = (name: string, budget: number): KnownProject => ({
    name,
    dept: office,
    year: 2024,
    owner: '钱立',
    budget,
  });
  let store: Store;
  let known: Awaited<ReturnType<typeof adminStoreOf>>;
  beforeAll(async () => {
    known = await adminStoreOf('u-lead49-place', [
      recordOfProject(of('社区书屋', 5)),
      recordOfProject(of('便民菜站', 8)),
      recordOfProject(of('健身步道', 12)),
      recordOfProject(of('雨污分流', 40)),
    ]);
    store = known.store;
  });
  afterAll(() => store.close());
  /** Two messages in one chat: the second's reply. */
  const secondReply = async (first: string, second: string) => {
    const ask = messageAskerOf(store, known.user, memoryChat());
    await ask(first);
    return ask(second);
  };

  it('counts from the low end for 倒数 and 低, in the ranking’s own way when no end is said', async () => {
    for (const q of ['那倒数第二的呢？', '第二低的呢', '倒数第二个呢', '那第二名呢', '再往后一个呢']) {
      const r = await secondReply('松林街道全年预算最少的是哪个项目', q);
      expect({ q, r }).toMatchObject({ r: expect.stringContaining('便民菜站') });
      expect({ q, r }).toMatchObject({ r: expect.not.stringContaining('社区书屋') });
    }
  });

  it('after the highest, 倒数第二 is the second from the low end and 第二高 the second from the top', async () => {
    expect(await secondReply('松林街道全年预算最多的是哪个项目', '倒数第二的呢')).toContain('便民菜站');
    expect(await secondReply('松林街道全年预算最多的是哪个项目', '第二高的呢')).toContain('健身步道');
  });

  it('a place inside the list shown is still that list’s row', async () => {
    const r = await secondReply('松林街道全年预算最多的三个项目', '倒数第二个呢');
    expect(r).toContain('健身步道');
    expect(r).toContain('列表中的倒数第2个');
  });
});

describe('主管部门 and 实施单位 swapped', () => {
  let store: Store;
  let ask: (q: string) => Promise<string>;
  beforeAll(async () => {
    const swapped = recordOfProject({
      name: '老旧小区楼道照明',
      dept: '城建科',
      year: 2024,
      owner: '周敏',
      budget: 6,
    });
    swapped.implementingUnit = '柳河街道办事处';
    const office = recordOfProject({
      name: '政务热线运维',
      dept: '东湖区财政局',
      year: 2024,
      owner: '吴刚',
      budget: 9,
    });
    office.implementingUnit = '预算科';
    const agency = recordOfProject({
      name: '法律咨询服务',
      dept: '综合 办公室',
      year: 2024,
      owner: '陈曦',
      budget: 3,
    });
    agency.implementingUnit = '东湖区发改委';
    const same = recordOfProject({
      name: '社区文化节',
      dept: '柳河街道办事处',
      year: 2024,
      owner: '周敏',
      budget: 2,
    });
    const known = await adminStoreOf('u-lead49-swapped', [swapped, office, agency, same]);
    store = known.store;
    ask = messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('finds the forms whose 实施单位 is a superior body and 主管部门 an internal office, by the names’ kinds', async () => {
    for (const q of [
      '主管部门和实施单位填反了的有哪些',
      '实施单位跟主管部门是不是写反了',
      '实施单位比主管部门级别还高的项目',
    ]) {
      const r = await ask(q);
      expect({ q, r }).toMatchObject({ r: expect.stringMatching(/共 2 项/u) });
      expect(r).toContain('老旧小区楼道照明');
      expect(r).toContain('法律咨询服务');
      expect(r).not.toContain('政务热线运维');
      expect(r).toContain('按实施单位是上级机关');
    }
  });

  it('counts them too', async () => {
    expect(await ask('主管部门与实施单位颠倒的项目有几个')).toMatch(/(?<!\d)2(?!\d)/u);
  });
});

/**
 * The words of the thirty-fifth to thirty-seventh parts' askers, read as classes (each rewrite on its own, then a few
 * end to end over hand-made forms): the written register's words of reporting, English inside Chinese, places typed
 * by their initials, a bound said after a total, a phone of any length after its label.
 */
describe('words said as the readers read them', () => {
  it('takes the written register’s words of reporting and filling off', () => {
    expect(plainWrittenRequest('2023年度大红门街道办事处所报项目中，总分未予填报的项目')).not.toMatch(
      /所报|未予/u,
    );
    expect(plainWrittenRequest('请列出柳河街道办事处所报、由城建科实施的项目')).not.toContain('所报');
    expect(plainWrittenRequest('司法所报的项目有哪些')).toContain('司法所报');
    expect(plainWrittenRequest('三级指标数量在10条以上（含10条）的项目')).toContain('10条及以上的项目');
    expect(plainWrittenRequest('号码67069133登记在哪个项目名下？')).toContain('是哪个项目的');
    expect(plainWrittenRequest('负责人和联系电话两项都没填的项目有哪些')).not.toContain('两项');
    expect(plainWrittenRequest('全年预算调到了多少')).toContain('全年预算是多少');
    expect(plainWrittenRequest('钱没花完，可预算执行那一项还是给了满分10分的')).toContain(
      '但预算执行得分为10分',
    );
    expect(plainWrittenRequest('规划谋划，可持续影响指标分值是多少')).toContain('可持续影响');
    expect(plainWrittenRequest('联系电话既不是8位座机号码、也不是11位手机号码的项目数量')).toContain(
      '联系电话位数不等于8且不等于11',
    );
    expect(plainWrittenRequest('年初预算数和全年预算数都填了、但两个数对不上的项目')).toContain(
      '年初预算数和全年预算数不一致',
    );
  });

  it('takes preambles and quotes around the asks off', () => {
    expect(plainRegisterWords('请分别说明：（一）总分未填的项目数量；（二）分值不为100的项目名称')).toBe(
      '总分未填的项目数量；分值不为100的项目名称',
    );
    expect(plainRegisterWords('咱们几个街道比一比，哪个街道平均分最低')).toBe('哪个街道平均分最低');
    expect(plainRegisterWords('联系电话「695468784」对应哪个项目')).toBe('联系电话695468784对应哪个项目');
  });

  it('reads the rows’ words: 考核指标, 所有成本指标, 指标有几个', () => {
    expect(rowCellWords('习风园扣分的考核指标有几个')).toBe('习风园扣分的指标有几条');
    expect(rowCellWords('“考核指标”这一三级指标')).toContain('考核指标');
    expect(rowCellWords('所有成本指标的分值合计是多少')).toBe('成本指标的分值合计是多少');
    expect(rowCellWords('扣分的指标有几个项目')).toBe('扣分的指标有几个项目');
  });

  it('says English words inside a Chinese question in Chinese, and leaves English alone', () => {
    expect(codeSwitchedWords('满意度 survey 没做的 projects 占全部 projects 的 percentage 是多少？')).toBe(
      '满意度调查没做的项目占全部项目的比例是多少？',
    );
    expect(codeSwitchedWords('发改委 2023 年的 total 执行数 跟 total budget 差多少？')).toBe(
      '发改委2023年的执行数合计跟全年预算合计差多少？',
    );
    expect(codeSwitchedWords('How many projects have no survey?')).toBe('How many projects have no survey?');
    // an English sentence with a Chinese name keeps its English words (the lexicon reads them)
    expect(codeSwitchedWords('2023 projects of 发改委')).toBe('2023 projects of 发改委');
    // 节能专项 KPI 产出指标几个 效益指标几个: no English word said in Chinese, so the spaces between the asks stay
    expect(codeSwitchedWords('节能专项 KPI 产出指标几个 效益指标几个')).toBe(
      '节能专项 KPI 产出指标几个 效益指标几个',
    );
  });

  it('writes a place typed by its initials as the place, only when one run of characters spells them', () => {
    const vocab = vocabularyOf([
      { department: '柳河街道办事处', implementingUnit: '民生保障办公室' },
      { department: '刘营街道办事处', implementingUnit: '刘营街道办事处' },
      { department: '潞源街道办事处', implementingUnit: '潞源街道办事处' },
    ]);
    expect(placesTypedByInitials('lh民生办执行数合计多少', vocab)).toBe('柳河民生办执行数合计多少');
    // ly: 刘营 and 潞源 both — neither is meant for sure
    expect(placesTypedByInitials('ly的项目', vocab)).toBe('ly的项目');
    expect(placesTypedByInitials('top3', vocab)).toBe('top3');
  });

  it('reads a number of any length right after the phone’s label', () => {
    expect(readPhoneFilter('联系电话695468784对应哪个项目').filters).toEqual([
      { type: 'phone', digits: '695468784' },
    ]);
    // alone, a digit run of that length is no phone
    expect(readPhoneFilter('695468784对应哪个项目').filters).toEqual([]);
  });

  it('cuts a scope clause from no ask: …项目中，…的项目清单 is one ask', () => {
    expect(splitAsks('请列出2023年度项目中，总分未填的项目清单。')).toHaveLength(1);
    expect(splitAsks('总分未填的项目数量；分值不为100的项目名称')).toHaveLength(2);
  });

  it('reads a bound said alone right after a total as the total’s', () => {
    const previous = {
      text: '柳河街道2024年全年预算一共多少？',
      query: { filters: [], measures: [{ fn: 'sum' as const, field: 'annualBudget' as const }] },
      at: new Date().toISOString(),
    };
    expect(readFollowUp('有没有超过一个亿？', previous).text).toBe(
      '柳河街道2024年全年预算合计有没有超过一个亿?',
    );
    // after a list there is no total to check
    expect(readFollowUp('有没有超过一个亿？', { ...previous, query: { filters: [] } }).text).not.toContain(
      '柳河',
    );
  });
});

describe('follow-ups after a row answer’s list and after a total', () => {
  const office = '柳河街道办事处';
  let store: Store;
  let known: Awaited<ReturnType<typeof adminStoreOf>>;
  beforeAll(async () => {
    const eco = indicatorRow('效益指标', '生态效益指标', '绿化覆盖');
    const lostSatisfaction = indicatorRow('满意度指标', '服务对象满意度指标', '居民满意度', {
      score: 6,
      scoreRaw: '6',
    });
    known = await adminStoreOf('u-lead49-follow', [
      formWithRows('湿地修复', office, [eco, lostSatisfaction]),
      formWithRows('河道保洁', office, [eco, indicatorRow('满意度指标', '服务对象满意度指标', '居民满意度')]),
      formWithRows('社区食堂', office, [lostSatisfaction]),
    ]);
    store = known.store;
  });
  afterAll(() => store.close());
  const chatOf = () => messageAskerOf(store, known.user, memoryChat());

  it('narrows the projects a row answer listed, by what the next question says', async () => {
    const ask = chatOf();
    expect(await ask('柳河哪些项目设了生态效益指标')).toMatch(/共 2 项/u);
    const r = await ask('这些里面满意度指标扣了分的是哪几个');
    expect(r).toContain('上一问列出的 2 个项目');
    expect(r).toContain('湿地修复');
    expect(r).not.toContain('河道保洁');
    expect(r).not.toContain('社区食堂');
  });

  it('checks a bound said alone right after a total against that total', async () => {
    const ask = chatOf();
    expect(await ask('柳河街道2040年全年预算一共多少？')).toMatch(/300/u);
    // each project's budget is 100: read over the projects the answer had been 没有
    expect(await ask('有没有超过两百万？')).toMatch(/是（高出 100 万元）/u);
  });
});

describe('the projects of the groups that hold several different values', () => {
  let store: Store;
  let ask: (q: string) => Promise<string>;
  beforeAll(async () => {
    const p = (name: string, owner: string, phone: string): KnownProject => ({
      name,
      dept: '石桥街道办事处',
      year: 2024,
      owner,
      budget: 5,
      phone,
    });
    const known = await adminStoreOf('u-lead49-groups', [
      recordOfProject(p('公厕改造', '陈立', '6727-0301')),
      recordOfProject(p('路面修补', '王敏', '67270301')),
      recordOfProject(p('社区议事厅', '陈立', '67270302')),
      recordOfProject(p('老年活动站', '陈立', '67270302')),
    ]);
    store = known.store;
    ask = messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('lists the projects of each phone written for two different people, separators aside', async () => {
    const r = await ask('一个联系电话对应了好几个不同负责人的，把涉及的项目都列出来');
    expect(r).toMatch(/共 2 项/u);
    expect(r).toContain('公厕改造');
    expect(r).toContain('路面修补');
    expect(r).not.toContain('社区议事厅');
  });

  it('still lists the phones when the phones are asked', async () => {
    const r = await ask('同一个联系电话底下挂了两个以上不同负责人的，这样的电话号码有几个？');
    expect(r).toMatch(/6727-?0301/u);
    expect(r).not.toContain('67270302');
  });
});
