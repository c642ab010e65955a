/**
 * 扣分最多的是哪个项目 / 哪张表扣分最少: the points a project lost are what its 总分 falls short of the 100 it could
 * get, so the project that lost most is the one with the lowest 总分 (the answer says so: 「扣分最多」按「总分最低」
 * 理解). Only said of projects or forms: 扣分最多的指标 / 那一条 (a row's loss) is the row reader's (row-question.ts).
 */

/** 扣分最多 / 丢分最少 / 扣的分最多 and the end it asks. */
const LOSS = '(?:扣分|扣的分|丢分|扣掉的分|被扣的分)(?:数)?(?:最多|最大|最狠|最重|最少|最小)';
const LOSS_END = new RegExp(LOSS, 'gu');
const HAS_LOSS = new RegExp(LOSS, 'u');
/** Said of a project or a form, in a clause with no row in it. */
const OF_PROJECT = /项目|表|哪个|哪家|哪一个/u;
const OF_ROW = /指标|[条行]/u;

const clauses = (text: string) => text.split(/[，,。；;？?！!]/u);

function lossClauses(text: string): string[] {
  return clauses(text).filter((c) => HAS_LOSS.test(c) && OF_PROJECT.test(c) && !OF_ROW.test(c));
}

export function rewriteProjectLoss(text: string): string {
  let out = text;
  for (const clause of lossClauses(text))
    out = out.replace(
      clause,
      clause.replace(LOSS_END, (m) => (/最(?:少|小)$/u.test(m) ? '总分最高' : '总分最低')),
    );
  return out;
}

/** What the echo says the loss was read as. */
export function projectLossSaid(question: string): Array<[string, string]> {
  return lossClauses(question).flatMap((c) =>
    [...c.matchAll(LOSS_END)].map((m): [string, string] => [
      m[0],
      /最(?:少|小)$/u.test(m[0]) ? '总分最高（扣分＝满分100−总分）' : '总分最低（扣分＝满分100−总分）',
    ]),
  );
}
