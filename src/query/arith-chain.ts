/**
 * Arithmetic on more than two figures, said as a computation that goes on from its result (issue 10: 全年预算合计减去
 * 全年执行数合计，再除以项目个数 / 河门口的预算合计减去双井的，结果再乘以10000换成元 / A加上B再减去C): the first
 * computation, then each further step — an operator and one operand — applied to the result so far, left to right,
 * as the asker says it. Only a step the asker marks as going on from the result (再 / 然后 / 结果再 / 之后) is cut
 * here; 甲减乙除以丙 without such a word leaves the order unsaid and is not read.
 *
 * This module only cuts the text; arithmetic.ts reads the head and each operand with the ordinary parser, and an
 * operand it cannot place is a refusal, never dropped.
 */
import type { ArithOp } from './arith-shapes.ts';

export type StepOp = Extract<ArithOp, 'minus' | 'plus' | 'divide' | 'times'>;

export interface ChainStep {
  op: StepOp;
  /** The operand's words (项目个数 / 10000 / 丙街道的全年预算合计). */
  operand: string;
}

export interface Chain {
  /** The first computation (a question of two figures, or one figure: 预算合计，再除以项目数). */
  head: string;
  steps: ChainStep[];
  /** A clause after the last step that only restates what is asked (平均每个项目没花掉多少); for the caller to judge. */
  restated: string | null;
}

/** The words that say a step goes on from the result so far. */
const ON =
  '(?:[，,；;]\\s*)?(?:那么|然后|之后|接着|最后|结果|得数|得出的数|算出来的数|这个数|这个差|这个和)?(?:再|然后再|之后再|接着再)';
const OP_WORDS: Array<[string, StepOp]> = [
  ['除以|除', 'divide'],
  ['乘以|乘上|乘', 'times'],
  ['减去|减掉|扣除|扣掉|减', 'minus'],
  ['加上|加', 'plus'],
];
const STEP = new RegExp(`${ON}(${OP_WORDS.map(([w]) => w).join('|')})`, 'gu');
/** The same, when a clause of its own starts with the operator and no 再 (…，结果乘以10000). */
const CLAUSE_STEP = new RegExp(
  `[，,；;]\\s*(?:然后|之后|接着|最后|结果|得数|这个数)(${OP_WORDS.map(([w]) => w).join('|')})`,
  'gu',
);

const opOf = (word: string): StepOp => OP_WORDS.find(([w]) => new RegExp(`^(?:${w})$`, 'u').test(word))![1];

/**
 * The computation cut into its head and the steps that go on from it; null when no step is marked as going on from a
 * result (the question is one computation of two figures, or says nothing of an order).
 */
export function chainOf(text: string): Chain | null {
  const hits = [...text.matchAll(STEP), ...text.matchAll(CLAUSE_STEP)].sort((a, b) => a.index! - b.index!);
  if (!hits.length) return null;
  const head = text.slice(0, hits[0]!.index).trim();
  if (!head) return null;
  const steps: ChainStep[] = [];
  let restated: string | null = null;
  for (const [i, hit] of hits.entries()) {
    const start = hit.index! + hit[0].length;
    const end = hits[i + 1]?.index ?? text.length;
    let operand = text.slice(start, end).trim();
    // The last operand may be followed by a clause that only asks (，平均每个项目没花掉多少 / ，等于多少).
    if (i === hits.length - 1) {
      const comma = operand.search(/[，,；;](?!\d)/u);
      if (comma >= 0) {
        restated = operand.slice(comma + 1).trim() || null;
        operand = operand.slice(0, comma).trim();
      }
    }
    if (!operand) return null;
    steps.push({ op: opOf(hit[1]!), operand });
  }
  return { head, steps, restated };
}
