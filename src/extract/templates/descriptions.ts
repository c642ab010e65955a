/**
 * The templates of the 项目支出绩效自评表 seen across China (../shared/docs/TEMPLATES.md, docs/RECORD.md
 * "Template ids"), each described by the labels and blocks that speak for it. Recognition (recognise.ts) scores
 * a form's label keys against every description; adding a province's template is adding a description here
 * (and its synonyms in columns.ts when it brings new words for a field).
 *
 * A mark is a label key (NFKC, no whitespace, no trailing colon: `项目资金(万元)`) matched exactly, at the start
 * of a key (`start`, for `项目负责人:张三`) or anywhere in it (`part`, for titles). Weights say how much a label
 * tells this template apart: the 财政部 2020 labels are shared by most templates and weigh 1; a label only one
 * template prints weighs more.
 */

export interface Mark {
  label: string;
  weight: number;
  match?: 'exact' | 'start' | 'part';
}

export interface TemplateDescription {
  id: string;
  /** How the reply names it: 按{name}读取. */
  name: string;
  marks: readonly Mark[];
  /** The least score at which a form is taken to be of this template. */
  minScore: number;
  /**
   * The budget score's formula in the template's own words and order, for the reply (`{rate}`, `{weight}` are
   * filled in): 四川 2023 prints 预算执行率 before 权重, 保山 prints 得分(20分*执行率).
   */
  budgetFormula: string;
  /**
   * Required fields (SCORING.md §9) the template has no place for: the bot does not ask for them and they are
   * not reported missing (保山 prints no 项目负责人, 联系电话, goals nor 年初预算数; 四川 2023 no 联系电话).
   */
  lacks?: readonly LackedField[];
}

/** Record paths of required fields a template may lack (a path covers the fields under it: `goals`). */
export type LackedField = 'owner' | 'phone' | 'goals' | 'funds.total.initialBudget';

/** The formula of the 财政部 2020 template (and of any form whose template is not known). */
export const DEFAULT_BUDGET_FORMULA = '执行率 {rate} × 分值 {weight}';

const m = (label: string, weight = 1, match: Mark['match'] = 'exact'): Mark => ({ label, weight, match });

/** 财政部 2020: header, funds block, goals and indicator columns as the dev corpus prints them. */
const MOF_HEADER = [m('项目负责人'), m('联系电话'), m('实施单位')];
const MOF_FUNDS = [
  m('年初预算数'),
  m('全年预算数'),
  m('全年执行数'),
  m('年度资金总额'),
  m('当年财政拨款', 1, 'part'),
  m('上年结转资金'),
];
const MOF_GOALS = [m('预期目标'), m('实际完成情况')];
const MOF_INDICATORS = [m('年度指标值'), m('实际完成值'), m('偏差原因分析及改进措施')];

export const TEMPLATE_DESCRIPTIONS: readonly TemplateDescription[] = [
  {
    id: 'mof-2020',
    name: '财政部2020年模板',
    marks: [...MOF_HEADER, ...MOF_FUNDS, ...MOF_GOALS, ...MOF_INDICATORS, m('项目资金(万元)')],
    minScore: 7,
    budgetFormula: DEFAULT_BUDGET_FORMULA,
  },
  {
    id: 'shanghai',
    name: '上海市财政项目支出绩效自评表模板',
    marks: [
      m('实施单位'),
      ...MOF_FUNDS,
      ...MOF_GOALS,
      ...MOF_INDICATORS,
      m('财政项目支出绩效自评表', 4, 'part'),
      m('项目资金(元)', 2),
    ],
    minScore: 9,
    budgetFormula: DEFAULT_BUDGET_FORMULA,
    lacks: ['owner', 'phone'],
  },
  {
    id: 'yunnan-public-14',
    name: '云南省决算公开14表模板',
    marks: [
      ...MOF_HEADER,
      ...MOF_FUNDS,
      ...MOF_GOALS,
      m('实际完成值'),
      m('偏差原因分析及改进措施'),
      m('公开14表', 5, 'part'),
      m('项目资金(元)', 1),
      m('指标性质', 2),
      m('度量单位', 1),
      m('其他需要说明事项', 2, 'start'),
    ],
    minScore: 9,
    budgetFormula: DEFAULT_BUDGET_FORMULA,
  },
  {
    id: 'sichuan-2023',
    name: '四川省2023年模板',
    marks: [
      m('510000_0013zp', 5, 'part'),
      m('部门预算项目支出绩效自评表', 3, 'part'),
      m('实施单位(盖章)', 2),
      m('年度预算数(万元)', 2, 'start'),
      m('年初预算', 1),
      m('调整后预算数', 3),
      m('预算执行数', 2),
      m('预算执行率', 1),
      m('权重', 1),
      m('原因', 1),
      m('总额', 1),
      m('其中:财政资金', 2),
      m('财政专户管理资金', 2),
      m('单位资金', 2),
      m('项目年度目标', 3),
      m('年度目标完成情况', 2),
      m('项目实施内容及过程概述', 2, 'part'),
      m('指标性质', 1),
      m('指标值', 1),
      m('度量单位', 1),
      m('完成值', 2),
      m('未完成原因分析', 3),
      m('评价结论', 2),
      m('存在问题', 1),
      m('改进措施', 1),
      m('财务负责人', 1, 'start'),
    ],
    minScore: 10,
    budgetFormula: '预算执行率 {rate} × 权重 {weight}',
    lacks: ['phone'],
  },
  {
    id: 'sichuan-linkage',
    name: '四川省财政衔接资金项目模板',
    marks: [
      m('衔接资金', 3, 'part'),
      m('项目负责人及电话', 4),
      m('资金情况(万元)', 2),
      m('全年预算数(A)', 2),
      m('全年执行数(B)', 1),
      m('执行率(B/A)', 1),
      m('年度资金总额'),
      m('本年财政拨款', 2, 'part'),
      m('年初设定目标', 3),
      m('年度总体目标完成情况综述', 3),
      m('年度指标值'),
      m('全年实际值', 3),
      m('未完成原因及拟采取的改进措施', 3),
    ],
    minScore: 8,
    budgetFormula: '执行率(B/A) {rate} × 分值 {weight}',
    lacks: ['funds.total.initialBudget'],
  },
  {
    id: 'yunnan-baoshan',
    name: '云南省保山市模板',
    marks: [
      m('单位名称', 1, 'start'),
      m('填报日期', 1, 'start'),
      m('项目实施单位', 1),
      m('项目类别', 3),
      m('项目属性', 2),
      m('预算执行情况(万元)', 2, 'start'),
      m('预算数(A)', 2),
      m('执行数(B)', 2),
      m('执行率(B/A)', 1),
      m('得分(20分*执行率)', 3),
      m('年度财政资金总额', 2),
      m('年度绩效目标', 2, 'start'),
      m('年初目标值(A)', 3),
      m('实际完成值(B)', 2),
      m('自评等级', 1),
      m('偏差大或目标未完成原因分析', 3),
      m('改进措施及结果应用方案', 3),
    ],
    minScore: 8,
    budgetFormula: '{weight}分 × 执行率(B/A) {rate}',
    lacks: ['owner', 'phone', 'goals', 'funds.total.initialBudget'],
  },
  {
    id: 'hebei',
    name: '河北省年度预算项目模板',
    marks: [
      ...MOF_HEADER,
      ...MOF_FUNDS,
      ...MOF_GOALS,
      m('指标分值', 2),
      m('预期指标值', 2),
      m('单项指标实际完成值', 3),
      m('完成情况', 1),
      m('自评得分', 1),
      m('权重占比', 3),
      m('折算得分', 2),
    ],
    minScore: 10,
    budgetFormula: DEFAULT_BUDGET_FORMULA,
  },
  {
    id: 'beijing-2016',
    name: '北京市2016年模板',
    marks: [
      ...MOF_HEADER,
      m('年初预算数(A)', 3),
      m('全年执行数(B)', 2),
      m('分值(10分)', 1),
      m('得分计算方法', 4),
      m('年度资金总额'),
      m('当年财政拨款', 1, 'part'),
      m('上年结转资金'),
      ...MOF_GOALS,
      ...MOF_INDICATORS,
    ],
    minScore: 9,
    budgetFormula: '执行率(B/A) {rate} × 分值 {weight}',
  },
];

/** The description of a template id, or undefined (`unknown`, or an id no longer described). */
export function templateDescription(id: string | undefined): TemplateDescription | undefined {
  return TEMPLATE_DESCRIPTIONS.find((d) => d.id === id);
}
