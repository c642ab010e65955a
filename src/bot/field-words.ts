import { LABEL_ALIASES } from './fields.ts';

/**
 * The words a clerk names a header or funds field by: the form's labels (LABEL_ALIASES) and the words staff use for
 * them ("刚才电话写错了", "手机号是…", "联系人：…"). Shared by the reading of corrections (src/bot/correction.ts) and of
 * values taken back within one message (src/bot/self-correction.ts).
 */
export const FIELD_WORDS: Readonly<Record<string, string>> = {
  ...LABEL_ALIASES,
  手机号: 'phone',
  手机号码: 'phone',
  电话号码: 'phone',
  座机: 'phone',
  号码: 'phone',
  联系人: 'owner',
  姓名: 'owner',
  名字: 'owner',
  预算执行率: 'funds.total.rate',
  实际支出: 'funds.total.executed',
  支出数: 'funds.total.executed',
  执行金额: 'funds.total.executed',
  调整后预算: 'funds.total.annualBudget',
  // English mixed in (ok, owner 是王立新 / phone: 80856942): the label, not a name taken back.
  owner: 'owner',
  phone: 'phone',
  tel: 'phone',
  telephone: 'phone',
  mobile: 'phone',
};

/** The field words, longest first (so 年初预算数 is found before 预算, 项目负责人 before 负责人). */
export const FIELD_WORDS_LONGEST_FIRST: readonly string[] = Object.keys(FIELD_WORDS).sort(
  (a, b) => b.length - a.length,
);
