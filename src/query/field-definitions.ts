/**
 * "What goes in this field" (偏差原因须写什么, 实际完成值怎么填, 年度指标值是什么意思, 执行率怎么算): answered with the
 * field's definition — from the form's own labels and the scoring rules of docs/SCORING.md (§1–§6, §9) — not with a
 * portfolio query and not with "没有看懂". Keyed on the labels of the 项目支出绩效自评表 template, the form's fixed
 * vocabulary; a question that names a project, unit or person, or asks about projects (哪些, 几个, 统计…), is a
 * portfolio question and is left to the parser.
 */

interface Definition {
  /** The label as the form prints it. */
  label: string;
  /** The words staff use for it (the label first), longest matched first. */
  terms: string[];
  text: string;
  /** A portfolio question about the same field, offered after the definition. */
  ask?: string;
}

const DEFINITIONS: Definition[] = [
  {
    label: '项目名称',
    terms: ['项目名称', '项目名'],
    text: '表头第一项，填该项目支出的名称（与预算批复一致）。',
  },
  {
    label: '主管部门',
    terms: ['主管部门'],
    text: '表头项，填项目所属的一级预算单位（主管部门）全称。',
  },
  {
    label: '实施单位',
    terms: ['实施单位'],
    text: '表头项，填具体实施该项目的单位或科室全称。',
  },
  {
    label: '项目负责人',
    terms: ['项目负责人', '负责人'],
    text: '表头项，填项目负责人的姓名。',
    ask: '项目负责人没填的项目',
  },
  {
    label: '联系电话',
    terms: ['联系电话', '电话号码', '电话'],
    text: '表头项，填一个 11 位手机号或带区号的固定电话（如 0812-1234567）；一格只写一个号码。',
    ask: '联系电话没填的项目',
  },
  {
    label: '年初预算数',
    terms: ['年初预算数', '年初预算'],
    text: '项目资金（万元）栏：年初批复的预算数，单位万元。',
  },
  {
    label: '全年预算数',
    terms: ['全年预算数', '全年预算', '调整后预算数', '调整后预算'],
    text: '项目资金（万元）栏：调整后的全年预算数，单位万元；执行率以它为分母（不是年初预算数）。',
    ask: '年初预算和全年预算不一致的项目',
  },
  {
    label: '全年执行数',
    terms: ['全年执行数', '执行数', '预算执行数'],
    text: '项目资金（万元）栏：全年实际支出的金额，单位万元。',
  },
  {
    label: '执行率',
    terms: ['预算执行率', '执行率'],
    text: '执行率 ＝ 全年执行数 ÷ 全年预算数 × 100%（用全年预算数，不用年初预算数）；表上写的执行率应与这个算式一致。',
    ask: '执行率低于90%的项目',
  },
  {
    label: '预算执行得分',
    terms: ['预算执行得分', '预算执行分值', '预算执行'],
    text: '预算执行这一行分值一般为 10 分；得分 ＝ min(执行率, 100%) × 分值，例如执行率 95%、分值 10 分得 9.5 分。',
    ask: '预算执行没拿满分的项目',
  },
  {
    label: '年度总体目标',
    terms: ['年度总体目标', '总体目标', '预期目标', '实际完成情况'],
    text: '「预期目标」写年初设定的总体目标，「实际完成情况」写全年实际完成了什么，两栏对应着写。',
  },
  {
    label: '年度指标值',
    terms: ['年度指标值', '指标值', '目标值'],
    text: '绩效指标栏：年初为这项三级指标设定的目标，带比较方向和单位，如「≥1200人次」「≤20万元」「100%」「优良中差」；「≥」「不低于」是越多越好的正向指标，「≤」「不超过」「控制在」是越少越好的反向指标。',
  },
  {
    label: '实际完成值',
    terms: ['实际完成值', '完成值', '实际值'],
    text: '绩效指标栏：全年实际达到的数量或情况，与年度指标值同口径、同单位填写（如目标「≥1200人次」就写「1350人次」）；满意度没有做调查的写「未做」。',
    ask: '实际完成值没填的项目',
  },
  {
    label: '分值',
    terms: ['分值', '权重'],
    text: '每项指标的满分。原则上预算执行 10 分、产出指标 50 分、效益指标 30 分、满意度指标 10 分，合计 100 分。',
  },
  {
    label: '得分',
    terms: ['指标得分', '得分'],
    text: '每项指标按完成情况计分，不超过分值：正向指标 实际≥目标 得满分，否则 实际÷目标×分值；反向指标 实际≤目标 得满分，否则 目标÷实际×分值；定性指标按达成（80%–100%）、部分达成（60%–80%）、未达成（60%以下）三档。',
  },
  {
    label: '偏差原因分析及改进措施',
    terms: ['偏差原因分析及改进措施', '偏差原因分析', '偏差原因', '改进措施', '偏差分析', '偏差'],
    text: '绩效指标栏最后一列：得分低于分值（没有完成年度指标值）的指标必须填写，说明没完成的原因和下一步的改进措施；得满分的指标不用写。',
    ask: '缺少偏差原因的项目',
  },
  {
    label: '满意度指标',
    terms: ['服务对象满意度指标', '满意度指标', '满意度调查', '满意度'],
    text: '一级指标「满意度指标」，原则上 10 分，一般按问卷调查：满意度 ＝ 回答满意的人数 ÷ 有效调查人数；没有开展调查的在实际完成值写「未做」，该项得 0 分。',
    ask: '哪些项目缺少满意度调查',
  },
  {
    label: '一级、二级、三级指标',
    terms: ['一级指标', '二级指标', '三级指标', '产出指标', '效益指标'],
    text: '一级指标是产出指标（二级：数量、质量、时效、成本）、效益指标（二级：经济效益、社会效益、生态效益、可持续影响）和满意度指标（服务对象满意度）；三级指标是单位自己设定的具体指标。',
  },
  {
    label: '总分',
    terms: ['总分'],
    text: '总分 ＝ 预算执行得分 ＋ 各项指标得分，满分 100 分；参考等级：90 分及以上为优，80–90 良，60–80 中，60 分以下差。',
    ask: '总分没填的项目',
  },
];

/** Asking what to write, how to fill or what a label means (偏差原因是怎么写的 asks what was written: no meaning). */
const ASKS_MEANING =
  /(?:须|需|需要|必须|应|应该|应当|该|要|得)(?:写|填|填写)(?:些|点)?(?:什么|啥|哪些)|怎么(?:填|写)(?!的)|怎么(?:算|计算|理解)|怎样(?:填|写|算)|如何(?:填|写|填写|计算|理解)|(?:什么|啥)意思|是个(?:啥|什么)(?:东西)?|是(?:啥|什么)东西|指(?:的)?(?:是)?(?:什么|啥)|是指|含义|定义|填(?:什么|啥)|写(?:什么|啥)|\bwhat does\b.*\bmean\b|\bhow (?:do i|to|should i) (?:fill|write)\b|\bwhat (?:goes|should i (?:write|put)) in\b/iu;

/** What the rows of a kind usually hold (效益指标的目标值通常写什么): a tally of the forms' values (row-question.ts
 * `typical`), not what the column means. */
const USUALLY_OF_A_KIND =
  /(?:产出|效益|满意度|数量|质量|时效|成本)指标.*(?:一般|通常|大多|大都|多半|普遍)(?:都|会)?(?:写|填|设|定|是)/u;

/** Words of a question about the projects, not about a field. */
const ABOUT_PROJECTS =
  /项目(?!负责人|名称|名|资金|支出)|哪些|哪个|哪几|几个|几项|多少个|多少项|统计|列出|名单|平均|合计|一共|有没有|是否有|\bprojects?\b/iu;

const TERMS = DEFINITIONS.flatMap((d) => d.terms.map((t) => [t, d] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

/**
 * The definition of the field a question asks about, as the reply's text; null when it asks no meaning, names no
 * field, or is about projects. `namesSomething`: whether the question names a stored project, unit or person (asked
 * last: it parses the question).
 */
export function fieldDefinition(question: string, namesSomething: () => boolean): string | null {
  // 我这个项目的 / 本项目的: the asker's own form, not a question about projects.
  const text = question
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(?:这个|该|本|此|我的|我们的?|咱们的?|咱的?)项目的?/gu, '');
  if (!ASKS_MEANING.test(text) || ABOUT_PROJECTS.test(text) || USUALLY_OF_A_KIND.test(text)) return null;
  const found: Definition[] = [];
  let rest = text;
  for (const [term, d] of TERMS) {
    if (!rest.includes(term)) continue;
    rest = rest.split(term).join(' ');
    if (!found.includes(d)) found.push(d);
  }
  if (!found.length || namesSomething()) return null;
  const lines = found.map((d) => `「${d.label}」：${d.text}`);
  const asks = found.flatMap((d) => (d.ask ? [`「${d.ask}」`] : []));
  return [
    ...lines,
    '（依据：项目支出绩效自评表的栏目和评分规则。）',
    ...(asks.length ? [`要查项目的情况，可以问${asks.join('或')}。`] : []),
  ].join('\n');
}
