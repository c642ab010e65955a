/**
 * The 一级/二级 indicator labels as pdftotext prints them: vertical or wrapped (`产出指\n标`,
 * `服务对\n象满意\n度标`). Matching is on text with whitespace allowed between characters; a
 * wrapped level-2 label is canonicalised (`经济效益` → `经济效益指标`), as the corpus README says.
 */
const LEVEL1 = ['产出指标', '效益指标', '满意度指标'] as const;
const LEVEL2 = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
] as const;

function spaced(text: string): string {
  return [...text].join('\\s*');
}

/** `经济效益指标` → stem `经济效益`, then an optional `指`/`标`/`指标` (wrapping loses pieces). */
function labelPattern(label: string, stem: string): RegExp {
  const rest = label.slice(stem.length);
  const tail = rest === '' ? '' : `(?:\\s*${spaced(rest)}|\\s*指|\\s*标|\\s*指\\s*标)?`;
  return new RegExp(`^${spaced(stem)}${tail}(?=\\s|$)`);
}

const LEVEL1_PATTERNS: Array<[string, RegExp]> = [
  ['产出指标', /^产\s*出(?:\s*指\s*标|\s*标\s*指|\s*指|\s*标)?(?=\s|$)/],
  ['效益指标', /^效\s*益(?:\s*指\s*标|\s*指|\s*标)?(?=\s|$)/],
  ['满意度指标', /^满\s*意\s*度(?:\s*指\s*标|\s*指|\s*标)?(?=\s|$)/],
];

const LEVEL2_PATTERNS: Array<[string, RegExp]> = LEVEL2.map((label) => {
  const stem =
    label === '服务对象满意度指标'
      ? '服务对象满意度'
      : label === '可持续影响指标'
        ? '可持续影响'
        : label.slice(0, -2);
  return [label, labelPattern(label, stem)];
});

export interface LabelMatch {
  label: string;
  /** Characters of the text the label took. */
  length: number;
  raw: string;
}

function matchAt(patterns: Array<[string, RegExp]>, text: string): LabelMatch | undefined {
  for (const [label, re] of patterns) {
    const match = re.exec(text);
    if (match) return { label, length: match[0].length, raw: match[0] };
  }
  return undefined;
}

/** A level-1 label at the start of `text`, canonical (`产出指\n标` → `产出指标`). */
export function level1At(text: string): LabelMatch | undefined {
  return matchAt(LEVEL1_PATTERNS, text);
}

/** A level-2 label at the start of `text`, canonical. */
export function level2At(text: string): LabelMatch | undefined {
  return matchAt(LEVEL2_PATTERNS, text);
}

export const LEVEL1_LABELS: readonly string[] = LEVEL1;
export const LEVEL2_LABELS: readonly string[] = LEVEL2;
