// Helpers of the unseen part's expectations (over ../lib), computed from ../shared/corpus/records only.
import { inUnit, norm } from '../lib/corpus.mjs';
import { F, O } from '../lib/shorthands.mjs';

/** A place term and a condition: the forms whose labels name the place must be listed, the place office's other
 * forms that pass the condition may be (as `place` of lib/shorthands, with a condition). */
export const where = (d, words, codes, cond = () => true) =>
  d.setTol(
    F(d, (r) => inUnit(r, ...words) && cond(r)),
    F(d, (r) => (inUnit(r, ...words) || O(...codes)(r)) && cond(r)),
  );

/** The count of `where`: either pool's count. */
export const whereCount = (d, words, codes, cond = () => true) => {
  const a = F(d, (r) => inUnit(r, ...words) && cond(r)).length;
  const b = F(d, (r) => (inUnit(r, ...words) || O(...codes)(r)) && cond(r)).length;
  return a === b ? d.count(a) : d.anyOf(d.count(a), d.count(b));
};

/** The forms at ranks from..to (1-based) of a pool by key; a form tied with one at a boundary may be the answer. */
export const rankSlice = (d, rs, key, from, to, dir = 'desc') => {
  const vs = rs
    .filter((r) => key(r) != null)
    .sort((a, b) => (dir === 'asc' ? key(a) - key(b) : key(b) - key(a)));
  const inside = vs.slice(from - 1, to);
  const lo = key(inside[0]);
  const hi = key(inside[inside.length - 1]);
  const tiedAtEdge = (r) => key(r) === lo || key(r) === hi;
  const must = inside.filter(
    (r) => !tiedAtEdge(r) || vs.filter((x) => key(x) === key(r)).every((x) => inside.includes(x)),
  );
  const may = vs.filter((r) => tiedAtEdge(r));
  return d.setTol(must, may);
};

export const median = (vs) => {
  const s = [...vs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** An answer that is a person or a label, not one project's field: the reply must give it and list no project
 * other than those named (project '' lists none). */
export const says = (...values) => ({ kind: 'value', project: '', values: values.map((v) => norm(v)) });

/** A form's name starts with / contains, compared normalised. */
export const nameStarts = (w) => (r) => norm(r.projectName).startsWith(norm(w));
export const nameHasW = (w) => (r) => norm(r.projectName).includes(norm(w));
