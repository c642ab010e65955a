/** Deterministic parser for the common portfolio questions, Chinese and English. */
import type { FindingCode } from '../score/types.ts';
import type { Filter, PortfolioQuery } from './query.ts';

type Op = '<' | '<=' | '>' | '>=' | '=';

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
/** Comparison words before a number, longest first so 不低于 wins over 低于. */
const OP_BEFORE: Array<[RegExp, Op]> = [
  [/^(不低于|不少于|至少|大于等于|大于或等于|>=|≥|at least|no less than|not below)/, '>='],
  [/^(不高于|不超过|至多|小于等于|小于或等于|<=|≤|at most|no more than|not above)/, '<='],
  [/^(低于|小于|不足|不到|未达到|没到|没有达到|below|under|less than|lower than|<)/, '<'],
  [/^(高于|大于|超过|above|over|more than|greater than|higher than|>)/, '>'],
  [/^(等于|为|是|=|equal to|equals|is)/, '='],
];
/** Comparison words after a number: 90%以下, 80分以上. */
const OP_AFTER: Array<[RegExp, Op]> = [
  [/^(以下|之下|or less|or below)/, '<'],
  [/^(及以下|以内)/, '<='],
  [/^(以上|及以上|or more|or above)/, '>='],
];

function comparisonAfter(text: string, labels: RegExp, unit: RegExp): { op: Op; value: number } | null {
  const label = labels.exec(text);
  if (!label) return null;
  let rest = text.slice(label.index + label[0].length).replace(/^[\s:：的在]*/, '');
  for (const [pattern, op] of OP_BEFORE) {
    const m = pattern.exec(rest);
    if (!m) continue;
    rest = rest.slice(m[0].length).trim();
    const n = new RegExp(`^${NUMBER}\\s*(?:${unit.source})?`).exec(rest);
    if (n) return { op, value: Number(n[1]) };
  }
  const n = new RegExp(`^${NUMBER}\\s*(?:${unit.source})?\\s*`).exec(rest);
  if (n) {
    const after = rest.slice(n[0].length);
    for (const [pattern, op] of OP_AFTER) if (pattern.test(after)) return { op, value: Number(n[1]) };
  }
  return null;
}

/** "低于90%的执行率" / "below 90% execution": the number comes before the label. */
function comparisonBefore(text: string, labels: RegExp, unit: RegExp): { op: Op; value: number } | null {
  for (const [pattern, op] of [...OP_BEFORE, ...OP_AFTER.map(([p, o]) => [p, o] as [RegExp, Op])]) {
    const source = pattern.source.replace(/^\^/, '');
    const m = new RegExp(
      `(?:${source})\\s*${NUMBER}\\s*(?:${unit.source})\\s*(?:的)?\\s*(?:${labels.source})`,
    ).exec(text);
    if (m) return { op, value: Number(m.at(-1) ?? m[1]) };
    const after = new RegExp(
      `${NUMBER}\\s*(?:${unit.source})\\s*(?:${source})\\s*(?:的)?\\s*(?:${labels.source})`,
    ).exec(text);
    if (after) return { op, value: Number(after[1]) };
  }
  return null;
}

const RATE_LABEL = /(预算执行率|执行率|execution rate|budget execution|execution)/;
const SCORE_LABEL = /(总分|得分|分数|自评得分|total score|scored|score)/;

function rateFilter(text: string): Filter | null {
  const c =
    comparisonAfter(text, RATE_LABEL, /%|％|percent/) ?? comparisonBefore(text, RATE_LABEL, /%|％|percent/);
  return c ? { field: 'executionRate', ...c } : null;
}

function scoreFilter(text: string): Filter | null {
  const c =
    comparisonAfter(text, SCORE_LABEL, /分|points?/) ?? comparisonBefore(text, SCORE_LABEL, /分|points?/);
  if (c) return { field: 'totalScore', ...c };
  const bare = new RegExp(`${NUMBER}\\s*分\\s*(以下|以上|及以下|及以上)`).exec(text);
  if (bare)
    return {
      field: 'totalScore',
      op: bare[2] === '以下' ? '<' : bare[2] === '以上' ? '>' : bare[2] === '及以下' ? '<=' : '>=',
      value: Number(bare[1]),
    };
  return null;
}

const GRADES: Record<string, '优' | '良' | '中' | '差'> = {
  优: '优',
  优秀: '优',
  excellent: '优',
  良: '良',
  良好: '良',
  good: '良',
  中: '中',
  中等: '中',
  fair: '中',
  差: '差',
  poor: '差',
};

function gradeFilter(text: string): Filter | null {
  const m =
    /(?:等级|评级|graded|grade|rated|rating)\s*(?:为|是|=|is|of|as)?\s*(优秀|良好|中等|优|良|中|差|excellent|good|fair|poor)\s*(及以下|以下|or (?:below|worse|lower))?/.exec(
      text,
    );
  if (m?.[1]) {
    const grade = GRADES[m[1]]!;
    return { field: 'grade', op: m[2] ? (m[2] === '以下' ? '<=' : '<=') : '=', value: grade };
  }
  const before = /(优秀|良好|中等|优|良|中|差)(?:等级|级)的?项目/.exec(text);
  if (before?.[1]) return { field: 'grade', op: '=', value: GRADES[before[1]]! };
  if (/不是优|未达到优|not excellent|below excellent/.test(text))
    return { field: 'grade', op: '<=', value: '良' };
  return null;
}

const NEGATION =
  /(缺少|缺失|缺|没有|没|无|未填|未写|未做|没做|未开展|未进行|空白|为空|空着|missing|without|lack|lacking|no |not done|not surveyed|empty|blank)/;

function near(text: string, a: RegExp, b: RegExp): boolean {
  return a.test(text) && b.test(text);
}

interface FindingRule {
  when: (t: string) => boolean;
  codes: FindingCode[];
  paths?: string[];
}

const FINDING_RULES: FindingRule[] = [
  { when: (t) => near(t, /(偏差原因|偏差说明|deviation|reason)/, NEGATION), codes: ['DEVIATION_MISSING'] },
  {
    when: (t) => /(算术|计算|算错|arithmetic|miscalculat|calculation)/.test(t),
    codes: [
      'TOTAL_MISMATCH',
      'RATE_MISMATCH',
      'BUDGET_SCORE_MISMATCH',
      'WEIGHT_SUM',
      'INDICATOR_SCORE_DIFFERS',
    ],
  },
  {
    when: (t) => /总分/.test(t) && /(不对|错|不一致|对不上|不符|mismatch|wrong)/.test(t),
    codes: ['TOTAL_MISMATCH'],
  },
  { when: (t) => near(t, /(项目负责人|负责人|owner)/, NEGATION), codes: ['FIELD_MISSING'], paths: ['owner'] },
  { when: (t) => near(t, /(联系电话|电话|phone)/, NEGATION), codes: ['FIELD_MISSING'], paths: ['phone'] },
  {
    when: (t) => /(电话|phone)/.test(t) && /(格式|错误|不对|invalid|wrong|format)/.test(t),
    codes: ['PHONE_FORMAT'],
  },
  { when: (t) => near(t, /(效益指标|benefit)/, NEGATION), codes: ['BENEFIT_MISSING'] },
  {
    when: (t) => /(单位|万元|unit)/.test(t) && /(错|不对|可疑|混|suspect|wrong)/.test(t),
    codes: ['FUNDS_UNIT_SUSPECT'],
  },
  { when: (t) => /(权重|分值)/.test(t) && /(不等于|不是|不够|加总|合计|sum)/.test(t), codes: ['WEIGHT_SUM'] },
  {
    when: (t) => /(超过分值|高于分值|超分|above (its )?weight|exceeds? (its )?weight)/.test(t),
    codes: ['SCORE_ABOVE_WEIGHT'],
  },
  { when: (t) => near(t, /(实际完成值|完成值|actual)/, NEGATION), codes: ['ACTUAL_EMPTY'] },
  {
    when: (t) =>
      /(执行数|执行金额|executed|spent)[^率]*(超过|大于|高于|多于|exceeds?|more than|above)[^率]*(预算|budget)/.test(
        t,
      ),
    codes: ['EXECUTED_EXCEEDS_BUDGET'],
  },
];

function findingFilters(text: string): Filter[] {
  const out: Filter[] = [];
  for (const rule of FINDING_RULES) {
    if (!rule.when(text)) continue;
    out.push(
      rule.paths
        ? { field: 'finding', codes: rule.codes, paths: rule.paths }
        : { field: 'finding', codes: rule.codes },
    );
  }
  if (out.length === 0 && /(有错误|错误的|存在错误|有问题|with errors|have errors|errors?)/.test(text)) {
    out.push({ field: 'severity', value: 'error' });
  } else if (
    out.length === 0 &&
    /(有警告|警告的|存在警告|with warnings|have warnings|warnings?)/.test(text)
  ) {
    out.push({ field: 'severity', value: 'warning' });
  }
  return out;
}

function satisfactionFilter(text: string): Filter | null {
  return near(text, /(满意度|satisfaction|survey)/, NEGATION) ? { field: 'satisfactionGap' } : null;
}

function yearFilter(text: string): Filter | null {
  const m = /(20\d{2})\s*(?:年|年度)?/.exec(text);
  return m ? { field: 'year', value: Number(m[1]) } : null;
}

const ORG_SUFFIX = '(?:街道办事处|街道|委员会|办事处|局|中心|办公室|委|科)';

/** Words that end an organisation name: the condition or the object of the question follows. */
const AFTER_ORG = '(?=的|所有|全部|执行|总分|得分|项目|缺|没|有|哪|未|里|中|下属)';

function partyFilters(question: string): Filter[] {
  const out: Filter[] = [];
  // 2023年大红门街道…: the year is not part of the name.
  const text = question.replace(/20\d{2}\s*年度?/g, ' ');
  const unit =
    /(?<![各按每个])实施单位\s*(?:为|是|=)?\s*([\p{Script=Han}A-Za-z0-9]{2,30}?)(?:的|$|\s|，|,)/u.exec(text);
  if (unit?.[1]) out.push({ field: 'implementingUnit', contains: unit[1] });
  const dept =
    /主管部门\s*(?:为|是|=)?\s*([\p{Script=Han}A-Za-z0-9]{2,30}?)(?:的|$|\s|，|,)/u.exec(text) ??
    new RegExp(`([\\p{Script=Han}]{2,20}${ORG_SUFFIX})${AFTER_ORG}`, 'u').exec(text) ??
    /(?:department|unit)\s+(?:of\s+)?["“]?([^"”?]+?)["”]?(?:\s|\?|$)/.exec(text);
  if (dept?.[1] && !unit) out.push({ field: 'department', contains: dept[1] });
  const owner =
    /([\p{Script=Han}]{2,4}?)负责的/u.exec(text) ??
    /负责人\s*(?:为|是|=)\s*([\p{Script=Han}]{2,4})/u.exec(text) ??
    /(?:owned by|owner is|owner)\s+([A-Za-z\p{Script=Han}]+(?:\s[A-Za-z]+)?)/u.exec(text);
  if (owner?.[1]) out.push({ field: 'owner', contains: owner[1] });
  return out;
}

function statusFilter(text: string): Filter | null {
  if (
    /(未提交|没有提交|没提交|还没交|未上报|没有上报|未检查|没有检查|没检查|not (been )?(submitted|checked|uploaded)|missing forms?)/.test(
      text,
    )
  ) {
    return { field: 'status', value: 'notSubmitted' };
  }
  if (/(未补全|没补全|待补充|未完成|不完整|incomplete|still open|unfinished)/.test(text)) {
    return { field: 'status', value: 'incomplete' };
  }
  return null;
}

function grouping(text: string): PortfolioQuery['groupBy'] {
  if (/(按|各|每个|分)\s*(主管)?部门|by department|per department|each department/.test(text))
    return 'department';
  if (/(按|各|每个)\s*实施单位|by (implementing )?unit|per unit/.test(text)) return 'implementingUnit';
  if (/(按|各|每个)\s*负责人|by owner|per owner/.test(text)) return 'owner';
  if (/(按|各|每个)\s*(年度|年份)|by year|per year/.test(text)) return 'year';
  return undefined;
}

function measures(text: string): NonNullable<PortfolioQuery['measures']> {
  const out: NonNullable<PortfolioQuery['measures']> = [];
  if (/(多少个|多少项|有多少|几个|几项|数量|个数|项目数|count|how many|number of)/.test(text))
    out.push('count');
  if (/(预算|budget)/.test(text) && /(合计|总额|总计|之和|加总|汇总|总和|total|sum)/.test(text))
    out.push('budget');
  if (
    /(执行数|执行金额|支出|executed|spent|spending)/.test(text) &&
    /(合计|总额|总计|之和|加总|汇总|总和|total|sum)/.test(text)
  ) {
    out.push('executed');
  }
  if (/(平均分|平均得分|平均总分|average score|mean score)/.test(text)) out.push('avgScore');
  return out;
}

const PORTFOLIO_WORDS =
  /(项目|哪些|哪个|那些|列出|列一下|清单|名单|统计|汇总|多少|几个|所有项目|全部项目|我的项目|项目列表|which|list|show|how many|projects?|count|total)/;

function normalise(question: string): string {
  return question.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Parses a question into a query, or null when it is not a portfolio question this parser understands. */
export function parseQuestion(question: string): PortfolioQuery | null {
  const text = normalise(question);
  if (!PORTFOLIO_WORDS.test(text) && !grouping(text)) return null;
  const filters: Filter[] = [];
  const push = (f: Filter | null) => {
    if (f) filters.push(f);
  };
  push(satisfactionFilter(text));
  push(rateFilter(text));
  push(rateFilter(text) ? null : scoreFilter(text));
  push(gradeFilter(text));
  for (const f of findingFilters(text)) push(f);
  push(yearFilter(text));
  for (const f of partyFilters(text)) push(f);
  push(statusFilter(text));
  const groupBy = grouping(text);
  const m = measures(text);
  const listAll = /(所有项目|全部项目|我的项目|项目列表|all projects|my projects|list (the )?projects)/.test(
    text,
  );
  if (filters.length === 0 && !groupBy && m.length === 0 && !listAll) return null;
  const query: PortfolioQuery = { filters };
  if (groupBy) query.groupBy = groupBy;
  if (m.length > 0) query.measures = m;
  else if (groupBy) query.measures = ['count'];
  return query;
}
