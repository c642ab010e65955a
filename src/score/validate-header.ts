import type { FindingList, ScoreContext } from './context.ts';
import { messages } from './messages.ts';

/** 联系电话 (SCORING.md §8): one 11-digit mobile, or one landline (area code optional, 7–8 digits, extension allowed). */

const MOBILE_RE = /^(?:\+?86)?1[3-9]\d{9}$/;
const LANDLINE_RE = /^(?:\(?0\d{2,3}\)?)?[2-9]\d{6,7}(?:(?:转|ext\.?|x)\d{1,6})?$/i;
const SEPARATOR_RE = /[、，,;；/／或]|\s+/;

export function phoneShapeOk(phone: string): boolean {
  const p = phone.replace(/[\s-－—]/g, '');
  return MOBILE_RE.test(p) || LANDLINE_RE.test(p);
}

export function validatePhone(ctx: ScoreContext, out: FindingList): void {
  const raw = ctx.record.phone?.trim() ?? '';
  if (raw === '') return; // blank or absent: a missing field, not a format problem
  // `010 67270330` is one number; two runs of 7+ digits are two numbers.
  const numbers = raw.split(SEPARATOR_RE).filter((p) => p.replace(/\D/g, '').length >= 7);
  if (numbers.length > 1) {
    out.add('PHONE_FORMAT', 'phone', messages.phoneFormat(raw, true), { stated: raw, detail: 'twoNumbers' });
  } else if (!phoneShapeOk(raw)) {
    out.add('PHONE_FORMAT', 'phone', messages.phoneFormat(raw, false), { stated: raw, detail: 'shape' });
  }
}
