/**
 * Exclusions (issue 10): 除了X以外 / 除了X之外 / X除外 / 不是X的 / 非X的 / 不包括·不含·不算·排除·去掉·剔除 X. The
 * excluded name is resolved like any other (a place, an office, a person, a project) and becomes a negated name
 * filter, combined with the question's other conditions; the words are taken out of the text the parser reads.
 * A phrase whose name the store does not know is left in place, so its words are reported unplaced as before —
 * never read as the name itself (除了X以外 is not "X only").
 */
import type { NameField } from './fields.ts';
import { type NameMatch, resolveTerm } from './names.ts';
import type { LeafFilter } from './query.ts';
import type { Vocabulary } from './vocabulary.ts';

/** A run of a name's characters: no punctuation, no space. */
const RUN = '[^，,。；;、：:？?！!\\s（）()]';
/** A label before the excluded value (负责人不是X): taken out with it. */
const LABEL = /(?:项目负责人|负责人|主管部门|实施单位|执行单位|部门|单位|项目名称|名称)$/u;

/** Shapes, with the excluded run in group 1; `tail` when the name is at the run's end (X除外), else at its start. */
const SHAPES: Array<{ re: RegExp; tail?: boolean }> = [
  // 除了大红门以外 / 除大红门之外 / 除去潞源外
  { re: new RegExp(`(?:除了|除去|除开|除)(${RUN}{2,}?)(?:以外|之外|外)`, 'gu') },
  // 除了大红门，… (no 以外): up to the clause end
  { re: new RegExp(`(?:除了|除去|除开)(${RUN}{2,}?)(?=[，,。；;]|的|$)`, 'gu') },
  // 大红门除外 / 大红门的不算
  { re: new RegExp(`(${RUN}{2,}?)(?:的)?(?:除外|不算在内|不计在内)`, 'gu'), tail: true },
  // 不包括大红门 / 不含潞源的 / 排除民生保障办公室 / 去掉大红门的
  {
    re: new RegExp(
      `(?:不包括|不包含|不含|不算|排除掉?|去掉|去除|剔除|扣除|刨去|刨除|除掉)(${RUN}{2,}?)(?:在内|以外|之外|以后|之后|(?=的|[，,。；;]|$))`,
      'gu',
    ),
  },
  // 负责人不是牛艳维的 / 不是大红门的项目 (not 是不是X的: a yes/no question)
  { re: new RegExp(`(?<!是)不是(${RUN}{2,}?)(?=的|[，,。；;]|$)`, 'gu') },
  // 非大红门的项目 / 非潞源街道
  { re: new RegExp(`(?<![是并而])非(${RUN}{2,}?)(?=的|[，,。；;]|$)`, 'gu') },
];

export interface Exclusions {
  /** The text without the exclusion phrases. */
  text: string;
  /** Negated name filters, one per field a name was found in (NOT (dept OR unit) = NOT dept AND NOT unit). */
  filters: LeafFilter[];
  names: Array<{ term: string; match: NameMatch }>;
}

/** A name the store knows exactly (no typo reading: an exclusion read wrongly would widen the answer). */
function known(term: string, vocab: Vocabulary): NameMatch | null {
  const match = resolveTerm(term, vocab);
  return match && match.how !== 'similar' ? match : null;
}

/** The excluded name: the whole run, or (X除外, where the run starts wherever the clause does) its longest tail. */
function nameIn(run: string, vocab: Vocabulary, tail: boolean): { term: string; match: NameMatch } | null {
  const chars = [...run];
  for (let n = chars.length; n >= 2; n--) {
    const term = chars.slice(chars.length - n).join('');
    const match = known(term, vocab);
    if (match) return { term, match };
    if (!tail) break;
  }
  return null;
}

function negated(term: string, match: NameMatch): LeafFilter[] {
  const leaf = (field: NameField, values: string[]): LeafFilter => ({
    type: 'name',
    field,
    term,
    values,
    negate: true,
  });
  return [
    leaf(match.field, match.values),
    ...(match.alsoUnits?.length ? [leaf('implementingUnit', match.alsoUnits)] : []),
  ];
}

/** The exclusions of a question (normalised text), resolved against the store's names. */
export function exclusions(text: string, vocab: Vocabulary): Exclusions {
  const out: Exclusions = { text, filters: [], names: [] };
  for (const { re, tail } of SHAPES) {
    out.text = out.text.replace(re, (whole: string, run: string, at: number, all: string) => {
      // 除了大红门以外，还有… / 也…: "besides", not "except".
      if (/^[，,\s]*(?:还|也|另外)/u.test(all.slice(at + whole.length))) return whole;
      const found = nameIn(run, vocab, !!tail);
      if (!found) return whole;
      out.filters.push(...negated(found.term, found.match));
      out.names.push(found);
      // The label before it (负责人不是X) goes with it; what followed the name inside the run stays.
      const rest = tail ? run.slice(0, run.length - found.term.length) : run.slice(found.term.length);
      return tail ? `${rest} ` : ` ${rest}`;
    });
  }
  if (out.filters.length)
    out.text = out.text.replace(new RegExp(`${LABEL.source.slice(0, -1)}\\s+(?=\\s|的|$)`, 'gu'), ' ');
  return out;
}
