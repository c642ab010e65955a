import { describe, expect, it } from 'vitest';
import { mapRowsToForms } from '../../src/extract/map-rows.ts';
import type { Row } from '../../src/extract/rows.ts';
import { TEMPLATE_DESCRIPTIONS } from '../../src/extract/templates/descriptions.ts';
import { recogniseTemplate } from '../../src/extract/templates/recognise.ts';
import { formRecordSchema } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';

/**
 * Templates of other provinces (../shared/docs/TEMPLATES.md), written by hand as the rows a table reader gives
 * (merged cells repeated): the template is recognised from the labels and the fields the record grew are read.
 */

function rows(...texts: string[][]): Row[] {
  return texts.map((row, r) => row.map((text, c) => ({ text, ref: `R${r + 1}C${c + 1}` })));
}

const B = '预算执行情况(10分)';
const I = '绩效指标(90分)';

const SICHUAN = rows(
  ['报表编号:510000_0013zp'],
  ['部门预算项目支出绩效自评表(2023年度)'],
  ['项目名称', '51000021R000000019951-工资性支出'],
  ['主管部门', '青神县发展和改革局'],
  ['实施单位 (盖章)', '青神县发展和改革局'],
  [B, '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
  [B, '总额', '120.50', '130.00', '117.00', '90%', '10', '9', '对照年度目标,说明原因(100字以内)'],
  [B, '其中:财政资金', '100.00', '110.00', '99.00', '90%', '/', '/', '对照年度目标,说明原因(100字以内)'],
  [B, '财政专户管理资金', '20.50', '20.00', '18.00', '90%', '/', '/', '对照年度目标,说明原因(100字以内)'],
  [B, '单位资金', '0', '0', '0', '', '/', '/', '对照年度目标,说明原因(100字以内)'],
  [B, '其他资金', '', '', '', '', '/', '/', '对照年度目标,说明原因(100字以内)'],
  ['项目基本情况', '1.项目年度目标完成情况', '项目年度目标', '年度目标完成情况'],
  ['项目基本情况', '1.项目年度目标完成情况', '保障在职人员工资按时发放', '已按时足额发放'],
  ['项目基本情况', '2.项目实施内容及过程概述', '按月发放工资'],
  [
    I,
    '一级指标',
    '二级指标',
    '三级指标',
    '指标性质',
    '指标值',
    '度量单位',
    '完成值',
    '权重',
    '得分',
    '未完成原因分析',
  ],
  [I, '产出指标', '数量指标', '保障人数', '≥', '35', '人', '35人', '45', '45', ''],
  [I, '效益指标', '满意度指标', '职工满意度', '定性', '优良中差', '', '优', '45', '40', '调查样本少'],
  ['合计', '100', '94', ''],
  ['评价结论', '项目完成良好'],
  ['存在问题', '结合自评情况,分析存在的问题及原因。(200字以内)'],
  ['改进措施', '加强预算管理'],
  ['项目负责人：张明', '财务负责人：'],
);

describe('templates', () => {
  it('recognises 四川 2023 and reads what its record holds', () => {
    const [form] = mapRowsToForms(SICHUAN);
    const r = form!.record;
    expect(r.template).toBe('sichuan-2023');
    expect(form!.notes).toContain('按四川省2023年模板读取。');
    expect(r.year).toBe(2023);
    expect([r.projectName, r.implementingUnit]).toEqual([
      '51000021R000000019951-工资性支出',
      '青神县发展和改革局',
    ]);
    expect(r.funds.unit).toBe('万元');
    expect(r.funds.total.initialBudget.value).toBe(120.5);
    expect(r.funds.total.annualBudget.value).toBe(130);
    expect(r.funds.total.executed.value).toBe(117);
    expect([r.funds.total.rate.value, r.funds.total.weight.value, r.funds.total.score.value]).toEqual([
      90, 10, 9,
    ]);
    expect(r.funds.fiscal.annualBudget.value).toBe(110);
    expect(r.funds.specialAccount?.executed.value).toBe(18);
    expect(r.funds.unitFunds?.weight.raw).toBe('/');
    expect(r.funds.other.annualBudget.raw).toBe('');
    expect(r.funds.total.annualBudget.valueWan).toBeUndefined();
    expect(r.budgetReason).toBe(''); // the template's hint is not a reason
    expect(r.blockWeights).toEqual({ budget: 10, indicators: 90 });
    expect(r.goals).toEqual({ expected: '保障在职人员工资按时发放', actual: '已按时足额发放' });
    expect(r.implementationSummary).toBe('按月发放工资');
    expect(r.indicators.map((i) => [i.name, i.nature, i.targetValue, i.unit, i.target, i.actual])).toEqual([
      ['保障人数', '≥', '35', '人', '≥35人', '35人'],
      ['职工满意度', '定性', '优良中差', '', '定性优良中差', '优'],
    ]);
    expect(r.indicators.map((i) => [i.weight, i.score, i.deviation])).toEqual([
      [45, 45, ''],
      [45, 40, '调查样本少'],
    ]);
    expect([r.totalWeight, r.totalScore]).toEqual([100, 94]);
    expect([r.conclusion, r.problems, r.improvements]).toEqual(['项目完成良好', '', '加强预算管理']);
    expect([r.owner, r.phone, r.financeOwner]).toEqual(['张明', null, '']);
    expect(formRecordSchema.parse(r)).toEqual(r);
  });

  it('recognises 云南保山: budget worth 20, weights in the 一级 labels, grade beside the total', () => {
    const [form] = mapRowsToForms(
      rows(
        ['保山市项目支出绩效自评表'],
        ['（2022年度）'],
        ['单位名称：保山市农业农村局', '填报日期：2023年1月20日'],
        ['项目名称', '耕地保护经费'],
        ['主管部门', '保山市农业农村局', '项目实施单位', '保山市耕地质量站'],
        ['项目类别', '☑部门预算项目 □市直专项 □市对下转移支付项目'],
        ['项目属性', '□持续性 √新增性'],
        ['预算执行情况(万元)(20分)', '', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
        ['预算执行情况(万元)(20分)', '年度财政资金总额', '50', '45', '90%', '18'],
        ['年度绩效目标(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
        ['年度绩效目标(80分)', '产出指标(60分)', '数量指标', '检测点位', '≥100个', '100个', '60'],
        ['年度绩效目标(80分)', '效益指标(20分)', '社会效益指标', '耕地质量', '提升', '提升', '18'],
        ['总分(100分)', '96', '自评等级', '优'],
        ['偏差大或目标未完成原因分析', '无'],
        ['改进措施及结果应用方案', '继续加强监测'],
      ),
    );
    const r = form!.record;
    expect(r.template).toBe('yunnan-baoshan');
    expect([r.year, r.reportingUnit, r.fillDate]).toEqual([2022, '保山市农业农村局', '2023年1月20日']);
    expect([r.projectCategory, r.projectAttribute]).toEqual(['部门预算项目', '新增性']);
    expect(r.funds.total.annualBudget.value).toBe(50);
    expect(r.funds.total.executed.value).toBe(45);
    expect(r.funds.total.rate.value).toBe(90);
    expect(r.funds.total.score.value).toBe(18);
    expect(r.funds.total.weight.raw).toBe(''); // the points are in the block header
    expect(r.blockWeights).toEqual({ budget: 20, indicators: 80 });
    expect(r.level1Weights).toEqual([
      { level1: '产出指标(60分)', weight: 60 },
      { level1: '效益指标(20分)', weight: 20 },
    ]);
    expect(
      r.indicators.map((i) => [i.target, i.actual, i.weight, i.weightRaw, i.score, i.deviation]),
    ).toEqual([
      ['≥100个', '100个', null, '', 60, ''],
      ['提升', '提升', null, '', 18, ''],
    ]);
    expect([r.totalWeight, r.totalScore, r.selfGrade]).toEqual([100, 96, '优']);
    expect([r.deviationSummary, r.improvements]).toEqual(['无', '继续加强监测']);
    expect(r.goals).toEqual({ expected: null, actual: null });
    expect(r.funds.rateBase).toBe('annualBudget'); // 执行率(B/A) with 预算数(A)
  });

  it('takes the budget points from 得分(20分*执行率) when the block header states none, and scores on them', () => {
    const [form] = mapRowsToForms(
      rows(
        ['项目支出绩效自评表'],
        ['（2023年度）'],
        ['项目名称', '耕地保护经费'],
        ['主管部门', '保山市农业农村局', '项目实施单位', '保山市耕地质量站'],
        ['预算执行情况(万元)', '', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
        ['预算执行情况(万元)', '年度财政资金总额', '50', '40', '80%', '16'],
        ['年度绩效目标', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
        ['年度绩效目标', '产出指标(60分)', '数量指标', '检测点位', '≥100个', '100个', '60'],
        ['年度绩效目标', '效益指标(20分)', '社会效益指标', '耕地质量', '提升', '提升', '20'],
        ['总分(100分)', '96', '自评等级', '优'],
      ),
    );
    const r = form!.record;
    expect(r.blockWeights).toEqual({ budget: 20 });
    const { score, findings } = checkRecord(r);
    expect(score.scheme).toBe('statedBudget');
    expect(score.budget).toMatchObject({ weight: 20, stated: 16 });
    expect(score.budget.computed).toBeCloseTo(16, 9);
    expect(score.total.computed).toBe(96);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads which column the printed rate formula divides by (北京 2016: 年初预算数(A), no 全年预算数)', () => {
    const [form] = mapRowsToForms(
      rows(
        ['项目支出绩效自评表'],
        ['（2016年度）'],
        ['项目名称', '社区服务经费'],
        ['主管部门', '北京市海淀区民政局', '实施单位', '北京市海淀区某街道'],
        ['项目负责人', '张三', '联系电话', '010-62345678'],
        [
          '项目资金(万元)',
          '',
          '年初预算数(A)',
          '全年执行数(B)',
          '执行率(B/A)',
          '分值(10分)',
          '得分',
          '得分计算方法',
        ],
        ['项目资金(万元)', '年度资金总额', '50', '40', '80%', '10', '8', '执行率×分值'],
      ),
    );
    const r = form!.record;
    expect(r.funds.rateBase).toBe('initialBudget');
    expect(r.funds.total.initialBudget.value).toBe(50);
    expect(r.funds.total.annualBudget).toEqual({ raw: '', value: null });
    const { score, findings } = checkRecord(r);
    expect(score.budget.rate).toBeCloseTo(80, 9);
    expect(findings.map((f) => f.code)).not.toContain('FUNDS_MISSING');
  });

  it('reads 单位名称 and 填报日期 run together in one line, and the total past blank merged positions', () => {
    // a page or a browser's copy drops the gap between the two texts; a pasted sheet keeps the positions of the
    // total label's merged cells as blanks before the score
    const [form] = mapRowsToForms(
      rows(
        ['项目支出绩效自评表'],
        ['（2022年度）'],
        ['单位名称：保山市农业农村局填报日期：2023年1月20日'],
        ['项目名称', '耕地保护经费'],
        ['主管部门', '保山市农业农村局', '项目实施单位', '保山市耕地质量站'],
        ['预算执行情况(万元)(20分)', '', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
        ['预算执行情况(万元)(20分)', '年度财政资金总额', '50', '45', '90%', '18'],
        ['年度绩效目标(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
        ['年度绩效目标(80分)', '产出指标(60分)', '数量指标', '检测点位', '≥100个', '100个', '60'],
        ['年度绩效目标(80分)', '效益指标(20分)', '社会效益指标', '耕地质量', '提升', '提升', '18'],
        ['总分(100分)', '', '', '', '96', '自评等级', '优'],
        ['改进措施及结果应用方案：继续加强监测'],
      ),
    );
    const r = form!.record;
    expect([r.reportingUnit, r.fillDate]).toEqual(['保山市农业农村局', '2023年1月20日']);
    expect([r.totalWeight, r.totalScore, r.selfGrade]).toEqual([100, 96, '优']);
    // a longer label is not cut at a shorter one inside it
    expect(r.improvements).toBe('继续加强监测');
  });

  it('keeps a funds row of no known name by its label, and nothing else', () => {
    const [form] = mapRowsToForms(
      rows(
        ['项目名称', '社区服务经费'],
        ['项目资金(万元)', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['项目资金(万元)', '年度资金总额', '80', '80', '72', '10', '90%', '9'],
        ['项目资金(万元)', '其中:当年财政拨款', '50', '50', '45', '—', '90%', '—'],
        ['项目资金(万元)', '政府性基金', '20', '20', '18', '—', '90%', '—'],
        ['项目资金(万元)', '上年结转资金', '', '', '', '—', '', '—'],
        ['项目资金(万元)', '债券资金', '10', '10', '9', '—', '90%', '—'],
        ['项目资金(万元)', '其他资金', '', '', '', '—', '', '—'],
        ['项目资金(万元)', '注：金额单位为万元', '', '', '', '', '', ''],
        ['年度总体目标', '预期目标', '实际完成情况'],
      ),
    );
    const funds = form!.record.funds;
    expect(funds.extraRows?.map((x) => [x.label, x.row.annualBudget.value, x.row.executed.value])).toEqual([
      ['政府性基金', 20, 18],
      ['债券资金', 10, 9],
    ]);
    expect(funds.extraRows?.[1]?.row.rate).toEqual({ raw: '90%', value: 90 });
    expect(funds.fiscal.annualBudget.value).toBe(50);
    expect(form!.provenance['funds.extraRows[0].row.executed']?.ref).toBe('R5C5');
  });

  it('keeps a title of 绩效目标自评表 with its form, and the year in it', () => {
    const [form] = mapRowsToForms(
      rows(
        ['通江县2021年财政衔接资金项目绩效目标自评表'],
        ['项目名称', '公共厕所运营管理', '项目负责人及电话', '刘蕾莹 13997002811'],
        ['主管部门', '通江县住房和城乡建设局', '实施单位', '通江县环境卫生管理所'],
        ['资金情况(万元)', '', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
        ['资金情况(万元)', '年度资金总额', '25.45', '25.45', '10', '100%', '10'],
      ),
    );
    expect(form!.record.year).toBe(2021);
  });

  it('gives no rate base where no formula is printed', () => {
    const [form] = mapRowsToForms(
      rows(
        ['项目名称', '社区服务经费'],
        ['项目资金(万元)', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['项目资金(万元)', '年度资金总额', '50', '50', '40', '10', '80%', '8'],
      ),
    );
    expect(form!.record.funds.rateBase).toBeUndefined();
  });

  it('reads 项目负责人及电话 in one cell, amounts in 元 with their 万元 figure, and a grade after the score', () => {
    const [form] = mapRowsToForms(
      rows(
        ['公开14表'],
        ['项目支出绩效自评表'],
        ['（2023年度）'],
        ['项目名称', '乡村道路养护', '项目负责人及电话', '李红 0875-2212345(办公)'],
        ['主管部门', '某县交通运输局', '实施单位', '某县公路段'],
        ['项目资金（元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['', '年度资金总额', '250000.00', '215,457.6', '200,000', '10', '92.8%', '9.28'],
        ['', '其中：当年财政拨款', '250000.00', '215,457.6', '200,000', '—', '92.8%', '—'],
        ['年度总体目标', '预期目标', '实际完成情况'],
        ['', '养护道路100公里', '完成'],
        [
          '绩效指标',
          '一级指标',
          '二级指标',
          '三级指标',
          '指标性质',
          '指标值',
          '度量单位',
          '实际完成值',
          '分值',
          '得分',
          '偏差原因分析及改进措施',
        ],
        ['', '产出指标', '数量指标', '养护里程', '≥', '100', '公里', '100公里', '90', '86.72', ''],
        ['总分', '100', '96', '优'],
        ['其他需要说明事项', '无'],
      ),
    );
    const r = form!.record;
    expect(r.template).toBe('yunnan-public-14');
    expect([r.owner, r.phone]).toEqual(['李红', '0875-2212345(办公)']);
    expect(r.funds.unit).toBe('元');
    expect(r.funds.total.initialBudget).toEqual({ raw: '250000.00', value: 250000, valueWan: 25 });
    expect(r.funds.total.annualBudget.valueWan).toBeCloseTo(21.54576, 9);
    expect(r.funds.total.rate.valueWan).toBeUndefined(); // only money cells
    expect([r.totalWeight, r.totalScore, r.selfGrade, r.otherNotes]).toEqual([100, 96, '优', '无']);
  });

  it('says so when the labels match no template, and reads what the synonyms allow', () => {
    const [form] = mapRowsToForms(
      rows(
        ['项目名称', '社区服务'],
        ['主管部门', '某区民政局'],
        ['项目资金', '', '预算数', '执行数', '得分'],
        ['', '资金总额', '10', '9', '9'],
      ),
    );
    expect(form!.record.template).toBe('unknown');
    expect(form!.notes[0]).toMatch(/未能识别这张表所用的模板/);
    expect(form!.record.projectName).toBe('社区服务');
    expect(form!.record.funds.total.executed.value).toBe(9);
  });

  it('keeps the 财政部 2020 form quiet: recognised, no note about the template', () => {
    const keys = [
      '项目名称',
      '项目负责人',
      '联系电话',
      '实施单位',
      '项目资金(万元)',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '年度资金总额',
      '其中:当年财政拨款',
      '上年结转资金',
      '预期目标',
      '实际完成情况',
      '年度指标值',
      '实际完成值',
      '偏差原因分析及改进措施',
    ];
    expect(recogniseTemplate(keys).id).toBe('mof-2020');
    expect(recogniseTemplate(['项目名称', '年初预算数']).id).toBe('unknown');
    expect(new Set(TEMPLATE_DESCRIPTIONS.map((d) => d.id)).size).toBe(TEMPLATE_DESCRIPTIONS.length);
  });
});
