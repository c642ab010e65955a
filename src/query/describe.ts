/** Echoes a parsed query back in Chinese, so the asker sees what was understood. */
import type { Filter, PortfolioQuery } from './query.ts';

const FIELD_LABEL = {
  department: '主管部门',
  implementingUnit: '实施单位',
  owner: '项目负责人',
  projectName: '项目名称',
  year: '年度',
};
const MEASURE_LABEL = {
  count: '项目数',
  budget: '全年预算合计',
  executed: '全年执行合计',
  avgScore: '平均总分',
};
const CODE_LABEL: Record<string, string> = {
  DEVIATION_MISSING: '缺偏差原因',
  TOTAL_MISMATCH: '总分不符',
  RATE_MISMATCH: '执行率算错',
  BUDGET_SCORE_MISMATCH: '预算得分算错',
  WEIGHT_SUM: '分值合计不为100',
  INDICATOR_SCORE_DIFFERS: '指标得分与规则不符',
  FIELD_MISSING: '缺必填项',
  PHONE_FORMAT: '电话格式有误',
  BENEFIT_MISSING: '缺效益指标',
  FUNDS_UNIT_SUSPECT: '金额单位可疑',
  SCORE_ABOVE_WEIGHT: '得分超过分值',
  ACTUAL_EMPTY: '实际完成值为空',
};

function describeFilter(f: Filter): string {
  switch (f.field) {
    case 'satisfactionGap':
      return '缺少满意度指标或未开展满意度调查';
    case 'executionRate':
      return `执行率 ${f.op} ${f.value}%`;
    case 'totalScore':
      return `总分 ${f.op} ${f.value}`;
    case 'grade':
      return f.op === '=' ? `参考等级为${f.value}` : `参考等级不高于${f.value}`;
    case 'finding': {
      const labels = f.codes.map((c) => CODE_LABEL[c] ?? c).join('或');
      return f.paths
        ? `${labels}（${f.paths.map((p) => FIELD_LABEL[p as keyof typeof FIELD_LABEL] ?? p).join('、')}）`
        : labels;
    }
    case 'severity':
      return f.value === 'error' ? '有错误' : '有警告';
    case 'year':
      return `年度 = ${f.value}`;
    case 'status':
      return f.value === 'notSubmitted' ? '尚未提交自评表' : '已提交但有未解决的问题或缺项';
    default:
      return `${FIELD_LABEL[f.field]}包含「${f.contains}」`;
  }
}

export function describeQuery(q: PortfolioQuery): string {
  const parts = [q.filters.length ? q.filters.map(describeFilter).join('，且') : '全部项目'];
  if (q.groupBy) parts.push(`按${FIELD_LABEL[q.groupBy]}统计`);
  if (q.measures?.length) parts.push(`计算${q.measures.map((m) => MEASURE_LABEL[m]).join('、')}`);
  return `查询：${parts.join('；')}`;
}
