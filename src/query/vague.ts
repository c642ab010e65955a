/**
 * Vague thresholds (执行率特别低, 总分比较高, 预算偏低): a degree word and a direction said of a figure, with no number.
 * Where the line lies is the asker's to say, so the bot asks for it — neither refusing nor guessing a cut-off — and
 * offers the two questions it can answer (below a number, the lowest N). Built from the class of degree adverbs of
 * general Chinese and the directions of a figure, said after a numeric field; a word such as 很多 that follows no
 * figure (很多项目没填) is not a threshold.
 */
import { FIELDS, isNumeric, type NumericField, unitOf } from './fields.ts';
import { parseQuestion } from './parse.ts';
import { normalise, tokenize } from './tokens.ts';
import type { Vocabulary } from './vocabulary.ts';

const DEGREE =
  '(?:特别|非常|很|较|比较|相对|相对来说|偏|过|过于|太|极|极其|明显|严重|有点|有点儿|有些|稍|稍微|略|略微|挺|十分|相当|格外|异常|不太|不怎么|不够)';
const DIRECTION = '(高|低|多|少|大|小|差|好|理想)';
const VAGUE = new RegExp(`${DEGREE}+${DIRECTION}(?:一些|一点|点|了)?(?:的)?`, 'u');
/** Words between a field and its degree word that say nothing (执行率都偏低, 总分还比较高). */
const BETWEEN = /(?:的|是|都|还|也|得|就|普遍|整体|总体)+$/u;

/** An example threshold in a field's unit, for the question back. */
function example(field: NumericField, up: boolean): string {
  const unit = unitOf(field);
  const total = field === 'totalScore' || field === 'computedTotal';
  const n =
    unit === '%'
      ? up
        ? '95%'
        : '80%'
      : unit === '分'
        ? total
          ? up
            ? '90分'
            : '80分'
          : '8分'
        : unit === '万元'
          ? '100万元'
          : '10';
  return `${FIELDS[field].label}${up ? '高于' : '低于'}${n}`;
}

/**
 * The question to ask back when a question says a figure is high or low without a number; null when it does not.
 * `text` is the question as typed.
 */
export function vagueThreshold(text: string, vocab: Vocabulary, clockYear?: number): string | null {
  const plain = normalise(text);
  const m = plain.match(VAGUE);
  if (!m) return null;
  const before = plain.slice(0, m.index).replace(BETWEEN, '');
  const last = tokenize(before, []).at(-1);
  const field = last?.tokens.find((t) => t.k === 'field' && isNumeric(t.id));
  if (field?.k !== 'field') return null;
  const id = field.id as NumericField;
  // The rest must be a question the parser reads whole: otherwise the ordinary reply names what it did not place.
  const rest = parseQuestion(
    `${plain.slice(0, m.index)}${plain.slice(m.index! + m[0].length)}`,
    vocab,
    clockYear,
  );
  if (rest.unplaced.length) return null;
  const up = /高|多|大|好|理想/.test(m[1]!) !== /不太|不怎么|不够/.test(m[0]);
  const said = `${last!.text.trim()}${m[0].replace(/的$/u, '')}`;
  const unit = unitOf(id);
  return [
    `「${said}」要按多少${unit === '%' ? '（百分之多少）' : unit ? `（${unit}）` : ''}算？这个界限没有统一标准，请您定一个数。`,
    `请说一个数再问，例如「${example(id, up)}的项目」；或者按排名看，例如「${FIELDS[id].label}${up ? '最高' : '最低'}的10个项目」。`,
  ].join('\n');
}
