/**
 * The words a clerk says before the value of an indicator's cell, taken off before the value is read: fillers of
 * voice input (嗯就是那个…) and a lead that names the cell asked (实际完成值是…, 协管员人数实际是…, 偏差原因是…), also
 * with one character mistyped at its end (实际完成直是…). Without this the whole sentence was stored as the value.
 */

const FILLER = /^(?:嗯+|呃+|额+|啊+|那个|这个|就是|然后|好的?|是的?)[，,\s]*/;

/** The words that name each column of an indicator row, as staff say them. */
const COLUMN_WORDS: Readonly<Record<string, string>> = {
  actual: '实际完成(?:值|情况|数|\\p{Script=Han})?|实际(?:值|数)?|完成(?:值|情况|数)',
  deviation: '偏差原因(?:分析)?|偏差|原因',
  target: '(?:年度)?指标值|目标值|目标',
};

/** The text without fillers and without a lead naming the asked cell; unchanged when nothing is left after it. */
export function withoutFieldLead(text: string, field: { path: string; label: string }): string {
  let t = text.trim();
  for (let previous = ''; previous !== t; ) {
    previous = t;
    t = t.replace(FILLER, '');
  }
  const column = /\.(actual|deviation|target)$/.exec(field.path)?.[1];
  if (!column) return t || text.trim();
  const lead = new RegExp(
    `^(\\p{Script=Han}{0,12}?)的?(?:${COLUMN_WORDS[column]})(?:是|为|写|填|[:：])\\s*`,
    'u',
  );
  const m = lead.exec(t);
  // The words before the column word must name the row (a part of its name) or be nothing: 「因为疫情实际是…」 is a
  // sentence whose every word is the value.
  if (!m || (m[1] && !namesRow(m[1], field.label))) return t || text.trim();
  const value = t.slice(m[0].length).trim();
  return value || t;
}

/** 「协管员人数」 is named by 协管员人数, 协管员, 人数: two characters of the row's name in a row. */
function namesRow(words: string, label: string): boolean {
  const row = /「([^」]+)」/.exec(label)?.[1] ?? '';
  for (let i = 0; i + 2 <= words.length; i++) if (row.includes(words.slice(i, i + 2))) return true;
  return false;
}
