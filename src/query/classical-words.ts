/**
 * The written Chinese of official letters, as an older accountant still writes it: 之 for 的 (未填写之项目), 者 for the
 * projects described (不相符者，有哪几项), 系 for 是 (系何人), 何人 for 谁, 若干 for 多少, 为何 closing a question for 是哪些
 * (最低之三个项目为何), 居前三位 for 前三, 计有 for 共有, 应为 for 是, 报表口径 for what the form states (表上), 示知
 * closing a message as courtesy. (其 and 填列 the written register reads already: written-register.ts.) Said plainly
 * before any reader sees the question; words of a name keep theirs (人大代表之家: 之 only before a word of the forms,
 * 者 never inside 记者 / 患者 and the like).
 */

/**
 * Words of the forms a 之 before them joins to what it qualifies (项目, 预算, 合计, 平均数…). Not 之和, 之间, 之比, 之中,
 * 之内, 之前, 之后, 百分之: words of their own, which the readers know.
 */
const OF_FORM_WORDS =
  '项目|预算|执行|合计|平均|比重|资金|指标|总分|年初|全年|实施|负责人|金额|类|各|所有|全部|三级|二级|一级|满意度|得分|分值|经济效益|社会效益|生态效益|效益|成本|产出|[一二三四五六七八九十两\\d]+个';
/** 者 closing a description of projects: before a pause, an ask or a verb of counting; never inside a word of people. */
const DESCRIBED = /(?<![记患学作读长弱使或再前后两笔])者(?=[，,。？?；;！!\s]|$|为|系|共|有|计|几|多少|是)/gu;

const PLAIN: Array<[RegExp, string]> = [
  [new RegExp(`之(?=${OF_FORM_WORDS})`, 'gu'), '的'],
  [DESCRIBED, '的项目'],
  [/系(?=何人|哪|谁|如何|什么|多少|何)/gu, '是'],
  [/(?:为|是)?何人/gu, '是谁'],
  [/若干/gu, '多少'],
  // …之项目为何？: which projects they are (实施单位为何？ asks what a cell holds: written-register.ts; 为何 inside a
  // sentence asks why, and stays)
  [/(?<=项目|的项目)为何(?=[？?]|[。]*$)/gu, '是哪些'],
  [/居前(\d+|[一二三四五六七八九十]+)(?:位|名)/gu, '前$1'],
  [/(?<!合)(?:共)?计有/gu, '共有'],
  [/哪一项目/gu, '哪个项目'],
  [/应为/gu, '是'],
  // …，请分别示知。 closing the message (示知其… inside one the written register reads)
  [/[，,]?\s*(?:请)?(?:分别)?示知[。.]?$/gu, ''],
  [/合计栏/gu, '合计'],
  [/(?:按)?报表口径(?:之|的)?(?:其)?/gu, '表上'],
  // 上年结转资金一栏金额 / 年初预算数一栏未填列: the cell named by its column
  [/一栏(?:的)?金额/gu, ''],
  [/未填列/gu, '未填'],
  [/按(年度|街道|部门|负责人|主管部门|实施单位)分列/gu, '按$1统计'],
];

export function plainClassicalWords(text: string): string {
  if (!/[之者系何若居计应示列口]/u.test(text)) return text;
  let out = text;
  for (const [re, plain] of PLAIN) out = out.replace(re, plain);
  return out;
}
