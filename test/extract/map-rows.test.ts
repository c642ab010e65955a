import { describe, expect, it } from 'vitest';
import { gridsToForms } from '../../src/extract/grid-rows.ts';
import { mapRowsToForms } from '../../src/extract/map-rows.ts';
import type { Row } from '../../src/extract/rows.ts';
import { type Cell, makeGrid } from '../../src/ingest/grid.ts';
import { formRecordSchema } from '../../src/record/record.ts';

/** Rows from plain arrays; refs R<row>C<cell> counted from 1. */
function rows(...texts: string[][]): Row[] {
  return texts.map((row, r) => row.map((text, c) => ({ text, ref: `R${r + 1}C${c + 1}` })));
}

const HEAD = [
  ['项目支出绩效自评表'],
  ['（2023年度）'],
  ['项目名称', '统计所经费'],
  ['主管部门', '北京市通州区潞源街道办事处', '实施单位', '潞源街道'],
  ['项目负责人', '周蕾莹', '联系电话', '80856942'],
  ['项目资金（万元）', '', '年初     预算数', '全年     预算数', '全年执行数', '分值', '执行率', '得分'],
  ['', '年度资金总额', '1,196,000.00元', '10', '10', '10', '100%%', '10'],
  ['', '其中：当年财政拨款', '150万元', '10', '10', '—', '100%', '—'],
  ['', '上年结转资金', '', '', '', '—', '', '—'],
  ['', '其他资金', '', '', '', '—', '', '—'],
  ['年度总体目标', '预期目标', '实际完成情况'],
  ['', '聘用一名统计调查员', '预期目标已完成'],
];
const IND_HEADER = [
  '绩效指标',
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];

describe('mapRowsToForms', () => {
  it('reads header, funds, goals, indicators and 总分 with provenance and source text', () => {
    const forms = mapRowsToForms(
      rows(
        ...HEAD,
        IND_HEADER,
        ['', '产出指标', '数量指标', '聘用统计调查员', '1人', '1人', '5', '4.5', '人员晚到岗'],
        ['', '', '', '指标2：', '', '', '', '', ''],
        ['', '', '质量指标', '遵循合同', '优良中差', '优', '20', '20', ''],
        ['', '效益指标', '社会效益\n指标', '提高服务水平', '优良中差', '优', '75', '75', ''],
        ['总分', '100', '99.5', ''],
      ),
    );
    expect(forms).toHaveLength(1);
    const form = forms[0];
    if (!form) throw new Error('no form');
    const r = form.record;
    expect(formRecordSchema.safeParse(r).success).toBe(true);
    expect([r.year, r.projectName, r.department, r.implementingUnit, r.owner, r.phone]).toEqual([
      2023,
      '统计所经费',
      '北京市通州区潞源街道办事处',
      '潞源街道',
      '周蕾莹',
      '80856942',
    ]);
    // an amount written in 元 keeps its value and unit, and gives the 万元 figure (docs/RECORD.md)
    expect(r.funds.total.initialBudget).toEqual({
      raw: '1,196,000.00元',
      value: 1196000,
      unit: '元',
      valueWan: 119.6,
    });
    expect(r.funds.total.rate).toEqual({ raw: '100%%', value: 100 });
    expect(r.funds.fiscal.initialBudget).toEqual({ raw: '150万元', value: 150, unit: '万元' });
    expect(r.funds.fiscal.weight).toEqual({ raw: '—', value: null });
    expect(r.goals).toEqual({ expected: '聘用一名统计调查员', actual: '预期目标已完成' });
    expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.weight, i.score, i.placeholder])).toEqual([
      ['产出指标', '数量指标', '聘用统计调查员', 5, 4.5, undefined],
      ['产出指标', '数量指标', '指标2：', null, null, true],
      ['产出指标', '质量指标', '遵循合同', 20, 20, undefined],
      ['效益指标', '社会效益\n指标', '提高服务水平', 75, 75, undefined],
    ]);
    expect(r.indicators[0]?.deviation).toBe('人员晚到岗');
    expect([r.totalWeight, r.totalScore]).toEqual([100, 99.5]);
    expect(form.notes).toEqual([]);
    expect(form.provenance.projectName).toEqual({ ref: 'R3C2', method: 'rule' });
    expect(form.provenance.year?.ref).toBe('R2C1');
    expect(form.provenance['funds.total.executed']?.ref).toBe('R7C5');
    expect(form.provenance['indicators[1].level2']?.ref).toBe('R14C3'); // filled down from its origin
    expect(form.provenance['indicators[3].score']?.ref).toBe('R17C8');
    expect(form.provenance.totalScore?.ref).toBe('R18C3');
    expect(form.sourceText).toContain('R14C4\t产出指标'.replace('产出指标', '聘用统计调查员'));
    expect(form.sourceText).toContain('R17C3\t社会效益 指标');
  });

  it('maps columns by header text: extra, reordered and missing columns', () => {
    const head = HEAD.map((row) => [...row]);
    head[5] = ['项目资金（万元）', '', '全年预算数', '年初预算数', '全年执行数', '权重', '得分', '执行率'];
    // the cells in the header's order (cells left in the old order would stand under their neighbours' labels,
    // and the funds block would be refused: test/variants/shifted.test.ts)
    head[6] = ['', '年度资金总额', '1,196,000.00元', '10', '10', '10', '10', '100%%'];
    head[7] = ['', '其中：当年财政拨款', '150万元', '10', '10', '—', '—', '100%'];
    const [form] = mapRowsToForms(
      rows(
        ...head,
        [
          '一级指标',
          '二级指标',
          '三级指标',
          '指标性质',
          '度量单位',
          '年度指标值',
          '实际完成值',
          '分值',
          '得分',
        ],
        ['产出指标', '数量指标', '培训人次', '≥', '人次', '100', '120', '30', '30'],
        ['总分', '100', '90'],
      ),
    );
    const r = form?.record;
    expect(r?.funds.total.annualBudget.raw).toBe('1,196,000.00元');
    expect(r?.funds.total.initialBudget.raw).toBe('10');
    expect(r?.funds.total.score.raw).toBe('10');
    expect(r?.funds.total.rate.raw).toBe('100%%');
    expect(r?.indicators).toEqual([
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '培训人次',
        // 指标性质 | 度量单位 | 年度指标值 in any order: kept apart and joined as the target
        target: '≥100人次',
        nature: '≥',
        targetValue: '100',
        unit: '人次',
        actual: '120',
        weight: 30,
        score: 30,
        deviation: '',
        weightRaw: '30',
        scoreRaw: '30',
      },
    ]);
    expect(form?.notes).toContain('绩效指标表缺少列：偏差原因分析及改进措施。');
    expect([r?.totalWeight, r?.totalScore]).toEqual([100, 90]);
  });

  it('fills 一级/二级 down when merged cells are absent (short rows line up on the right)', () => {
    const [form] = mapRowsToForms(
      rows(
        ...HEAD,
        IND_HEADER,
        ['绩效指标', '产出指标', '数量指标', 'A', '1', '1', '10', '10', ''],
        ['B', '2', '2', '10', '9', '延期'],
        ['质量指标', 'C', '优', '优', '10', '10', ''],
        ['效益指标', '社会效益指标', 'D', '好', '好', '60', '60', ''],
        ['总分', '100', '99', ''],
      ),
    );
    expect(
      form?.record.indicators.map((i) => `${i.level1}/${i.level2}/${i.name}/${i.score}/${i.deviation}`),
    ).toEqual([
      '产出指标/数量指标/A/10/',
      '产出指标/数量指标/B/9/延期',
      '产出指标/质量指标/C/10/',
      '效益指标/社会效益指标/D/60/',
    ]);
  });

  it('does not carry 二级 over into a new 一级 group', () => {
    const [form] = mapRowsToForms(
      rows(
        ...HEAD,
        IND_HEADER,
        ['', '效益指标', '可持续影响指标', 'A', '好', '好', '80', '80', ''],
        ['', '满意度指标', '', 'B', '≥90%', '95%', '10', '10', ''],
        ['', '', '', 'C', '≥90%', '95%', '10', '10', ''],
        ['总分', '100', '100', ''],
      ),
    );
    expect(form?.record.indicators.map((i) => `${i.level1}/${i.level2}`)).toEqual([
      '效益指标/可持续影响指标',
      '满意度指标/',
      '满意度指标/',
    ]);
  });

  it('lines a row up on the left when its last cells are merged across (`无`)', () => {
    const [form] = mapRowsToForms(
      rows(
        ...HEAD,
        IND_HEADER,
        ['', '产出指标', '数量指标', 'A', '1', '1', '10', '10', ''],
        ['', '效益指标', '经济效益指标', '无'],
        ['', '', '社会效益指标', 'D', '好', '好', '80', '80', ''],
        ['总分', '100', '100', ''],
      ),
    );
    const noRow = form?.record.indicators[1];
    expect(noRow).toMatchObject({
      level1: '效益指标',
      level2: '经济效益指标',
      name: '无',
      weightRaw: '',
      placeholder: true,
    });
    expect(form?.record.indicators[2]).toMatchObject({
      level1: '效益指标',
      level2: '社会效益指标',
      score: 80,
    });
  });

  it('marks template rows as placeholders', () => {
    const [form] = mapRowsToForms(
      rows(
        ...HEAD,
        IND_HEADER,
        ['', '产出指标', '数量指标', '指标1：', '', '', '', '', ''],
        ['', '', '', '……', '', '', '', '', ''],
        ['', '', '', '— — — — —', '', '', '', '', ''],
        ['', '', '', '', '', '', '', '', ''],
        ['', '', '', '指标2：', '', '', '5', '', ''],
        ['总分', '', '', ''],
      ),
    );
    expect(form?.record.indicators.map((i) => i.placeholder ?? false)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expect([form?.record.totalWeight, form?.record.totalScore]).toEqual([null, null]);
  });

  it('splits two forms stacked in one table and keeps their fields apart', () => {
    const second = HEAD.map((row) =>
      row.map((t) => t.replace('统计所经费', '环境整治').replace('2023', '2020')),
    );
    second[4] = ['项目负责人', '', '联系电话', ''];
    const forms = mapRowsToForms(
      rows(
        ...HEAD,
        IND_HEADER,
        ['', '产出指标', '数量指标', 'A', '1', '1', '90', '90', ''],
        ['总分', '100', '100', ''],
        ...second,
        IND_HEADER,
        ['', '产出指标', '数量指标', 'B', '1', '1', '90', '80', '未完成'],
        ['总分', '100', '90', ''],
      ),
    );
    expect(
      forms.map((f) => [f.record.year, f.record.projectName, f.record.owner, f.record.indicators[0]?.name]),
    ).toEqual([
      [2023, '统计所经费', '周蕾莹', 'A'],
      [2020, '环境整治', '', 'B'],
    ]);
    expect(forms[1]?.record.totalScore).toBe(90);
    expect(forms[1]?.provenance.projectName?.ref).toBe('R18C2');
  });

  it('reads the year above a 备注 paragraph between the title and the table, also wrapped over lines', () => {
    const ind = [
      IND_HEADER,
      ['', '产出指标', '数量指标', '聘用统计调查员', '1人', '1人', '90', '90', ''],
      ['总分', '100', '100', ''],
    ];
    const [before, , ...rest] = HEAD;
    for (const note of [
      [['备注：以财政实际拨付金额为准，2024年项目分两年结算。']],
      [['备注：以财政实际拨付金额为准，2024年项目分'], ['两年进行结算，共向财政局申请269.754万元。']],
    ]) {
      const forms = mapRowsToForms(
        rows(['总分', '100', '100', ''], before!, ['（2023年度）'], ...note, ...rest, ...ind),
      );
      expect(forms).toHaveLength(1);
      expect(forms[0]?.record.year).toBe(2023);
      expect(forms[0]?.record.projectName).toBe('统计所经费');
    }
  });

  it('leaves owner and phone null when the form has no such row', () => {
    const head = HEAD.filter((row) => row[0] !== '项目负责人');
    const [form] = mapRowsToForms(rows(...head, IND_HEADER, ['总分', '100', '100', '']));
    expect([form?.record.owner, form?.record.phone]).toEqual([null, null]);
    expect(form?.record.department).toBe('北京市通州区潞源街道办事处');
  });

  it('returns a partial record with notes for a form cut in half, and nothing for no form', () => {
    const [form] = mapRowsToForms(rows(...HEAD.slice(0, 8)));
    expect(form?.record.projectName).toBe('统计所经费');
    expect(form?.record.funds.total.executed.value).toBe(10);
    expect(form?.record.goals).toEqual({ expected: null, actual: null });
    expect(form?.notes).toEqual(
      expect.arrayContaining([expect.stringContaining('总分'), expect.stringContaining('年度总体目标')]),
    );
    expect(mapRowsToForms(rows(['你好'], ['请帮我看看这张表']))).toEqual([]);
    expect(mapRowsToForms([])).toEqual([]);
  });
});

describe('gridsToForms', () => {
  /** A grid from rows of [text, colSpan?, rowSpan?]; null marks a position covered by a merge. */
  function grid(table: number, layout: Array<Array<[string, number?, number?] | null>>) {
    const cells: Cell[] = [];
    layout.forEach((row, r) => {
      let c = 0;
      for (const spec of row) {
        if (spec === null) {
          c++;
          continue;
        }
        const [text, colSpan = 1, rowSpan = 1] = spec;
        cells.push({ r, c, rowSpan, colSpan, text, src: { kind: 'docx', table } });
        c += colSpan;
      }
    });
    return makeGrid(cells);
  }

  it('reads merged cells repeated down and a form continued in a second table', () => {
    const first = grid(0, [
      [['项目支出绩效自评表（2023年度）', 9]],
      [
        ['项目名称', 2],
        ['统计所经费', 7],
      ],
      [['主管部门', 2], ['潞源街道办事处', 3], ['实施单位'], ['潞源街道', 3]],
      [
        ['项目资金（万元）', 2, 3],
        ['', 2],
        ['年初预算数'],
        ['全年预算数'],
        ['全年执行数'],
        ['分值'],
        ['执行率'],
      ],
      [null, null, ['年度资金总额', 2], ['10'], ['10'], ['9.5'], ['10'], ['95%']],
      [null, null, ['其中：当年财政拨款', 2], ['10'], ['10'], ['9.5'], ['—'], ['95%']],
      [
        ['年度总体目标', 1, 2],
        ['预期目标', 4],
        ['实际完成情况', 4],
      ],
      [null, ['完成调查', 4], ['已完成', 4]],
      [
        ['绩效指标', 1, 3],
        ['一级指标'],
        ['二级指标'],
        ['三级指标'],
        ['年度指标值'],
        ['实际完成值'],
        ['分值'],
        ['得分'],
        ['偏差原因分析及改进措施'],
      ],
      [null, ['产出指标', 1, 3], ['数量指标', 1, 2], ['A'], ['1人'], ['1人'], ['30'], ['30'], ['']],
      [null, null, null, ['B'], ['2人'], ['2人'], ['30'], ['30'], ['']],
    ]);
    const second = grid(1, [
      [
        ['一级指标', 2],
        ['二级指标'],
        ['三级指标'],
        ['年度指标值'],
        ['实际完成值'],
        ['分值'],
        ['得分'],
        ['偏差原因分析及改进措施'],
      ],
      [['产出指标', 2], ['质量指标'], ['C'], ['优'], ['优'], ['30'], ['29'], ['']],
      [['总分', 6], ['100'], ['98.5'], ['']],
    ]);
    const forms = gridsToForms([first, second]);
    expect(forms).toHaveLength(1);
    const r = forms[0]?.record;
    expect(r?.year).toBe(2023);
    expect(r?.implementingUnit).toBe('潞源街道');
    expect(r?.owner).toBeNull();
    expect(r?.funds.total.executed.value).toBe(9.5);
    expect(r?.funds.total.rate.value).toBe(95);
    expect(r?.funds.total.score.raw).toBe('');
    expect(r?.funds.carryOver.initialBudget.raw).toBe('');
    expect(r?.goals).toEqual({ expected: '完成调查', actual: '已完成' });
    expect(r?.indicators.map((i) => `${i.level1}/${i.level2}/${i.name}/${i.score}`)).toEqual([
      '产出指标/数量指标/A/30',
      '产出指标/数量指标/B/30',
      '产出指标/质量指标/C/29',
    ]);
    expect([r?.totalWeight, r?.totalScore]).toEqual([100, 98.5]);
    expect(forms[0]?.provenance['indicators[1].level1']?.ref).toBe('T1 R10C2');
    expect(forms[0]?.provenance.totalScore?.ref).toBe('T2 R3C8');
  });
});
