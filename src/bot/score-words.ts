import type { FormRecord, FundsCell } from '../record/record.ts';
import type { AnswerUpdate, AskedField } from './answers.ts';
import { getPath } from './fields.ts';
import { formatNumber, parseChineseNumber } from './values.ts';

/**
 * A score said in words relative to the row's 分值 (SCORING: a score is at most its 分值): 满分 / 不扣分 → the 分值,
 * 扣2分 / 扣了两分 / 减0.5分 → the 分值 less that, 全扣 / 零分 → 0. Only for an asked score whose row states a 分值;
 * the arithmetic is said in the echo.
 */

const FULL = /^(?:给|拿|得|打|是|就|就是)?(?:满分|不扣分|没扣分|没有扣分|一分没扣|分数不扣)$/;
const NONE = /^(?:全扣|全部扣|扣光|扣完|全扣光|零分|0分|不得分|没得分|一分没得)$/;
const DEDUCT = /^(?:扣|减|扣除|扣掉|少|减去)了?([\d.]+|[零〇一二两三四五六七八九十点半]+)分?$/;

function weightOf(path: string, record: FormRecord): number | null {
  const row = /^indicators\[(\d+)\]\.score$/.exec(path);
  if (row) return record.indicators[Number(row[1])]?.weight ?? null;
  const funds = /^funds\.(\w+)\.score$/.exec(path);
  if (funds) return (getPath(record, `funds.${funds[1]}.weight`) as FundsCell | undefined)?.value ?? null;
  return null;
}

function deduction(words: string): number | null {
  if (words === '半') return 0.5;
  if (/^[\d.]+$/.test(words)) return Number(words);
  return parseChineseNumber(words.replace(/半$/, '点五'));
}

export function scoreFromWords(text: string, asked: AskedField[], record: FormRecord): AnswerUpdate[] | null {
  // Not `fold`: it drops the point of 0.5.
  const f = text
    .normalize('NFKC')
    .replace(/[\s，,。！!～~]+/g, '')
    .replace(/[了啊吧呀哈的]+$/, '');
  const quote = text.trim();
  for (const a of asked) {
    const weight = weightOf(a.path, record);
    if (weight === null) continue;
    if (FULL.test(f))
      return [{ path: a.path, text: String(weight), quote, note: `满分，按分值记为 ${weight}` }];
    if (NONE.test(f)) return [{ path: a.path, text: '0', quote, note: '记为 0 分' }];
    const m = DEDUCT.exec(f);
    const minus = m?.[1] ? deduction(m[1]) : null;
    if (minus !== null && minus <= weight) {
      const score = formatNumber(weight - minus);
      return [
        {
          path: a.path,
          text: score,
          quote,
          note: `分值 ${weight} 扣 ${formatNumber(minus)} 分，记为 ${score}`,
        },
      ];
    }
  }
  return null;
}
