import { looksLikeOrgName } from './org-name.ts';
import { looksLikePersonName } from './person-name.ts';
import { findPhone, normaliseDates, parseAmount, parsePercent, parsePlainNumber } from './values.ts';

/**
 * What a reply that could not be read for the asked field looks like instead, so the bot can say why it wrote
 * nothing ("「王芳」像是人名，不是联系电话") rather than "没看懂". By the shape of the value only; null when it has
 * none the bot knows.
 */
export function looksLike(typed: string): string | null {
  const t = typed.normalize('NFKC').trim();
  if (t === '') return null;
  const digits = t.replace(/\D/g, '');
  if (findPhone(t) && digits.length >= 7) return '电话号码';
  if (/^(?:19|20)\d{2}\s*年?度?$/.test(t)) return '年份';
  if (normaliseDates(t, true) !== t || /\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?/.test(t)) return '日期';
  if (/[%％]|百分之/.test(t) && parsePercent(t) !== null) return '百分比';
  if (/[万元亿]/.test(t) && parseAmount(t) !== null) return '金额';
  if (/分$/.test(t) && parsePlainNumber(t) !== null) return '分数';
  if (parsePlainNumber(t) !== null) return '数字';
  if (looksLikePersonName(t)) return '人名';
  if (looksLikeOrgName(t)) return '单位名称';
  return null;
}
