import { joinWrapped, type TextLine } from './lines.ts';

export interface GoalsRead {
  expected: string;
  actual: string;
  /** The lines of each goal, for provenance. */
  expectedLines: TextLine[];
  actualLines: TextLine[];
}

/** A short closing line (`完成目标`, `达到目标`) is the 实际完成情况 cell. */
const SHORT_ACTUAL = 16;
/** A line this close to the widest one was wrapped at the cell edge: the next line continues it. */
const FULL_WIDTH = 0.9;
const SENTENCE_END = /[。！!？?]$/;

/**
 * Reads the two goal cells below `预期目标 实际完成情况`. pdftotext prints the 预期目标 cell first and
 * the 实际完成情况 cell after it as a new text block; but a 预期目标 line wrapped at the full cell width
 * continues even across a blank line. When no block starts the second cell, it starts after the
 * first sentence end, or shares the last line after a space (`… 完成目标`), or is the last line.
 */
export function readGoals(lines: readonly TextLine[]): GoalsRead {
  if (lines.length === 0) return { expected: '', actual: '', expectedLines: [], actualLines: [] };
  const widest = Math.max(...lines.map((l) => l.text.length));
  const full = (line: TextLine) => line.text.length >= widest * FULL_WIDTH;
  // a new text block after a line that ends a sentence or stops short of the cell width
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!;
    if (lines[i]!.blockStart && (!full(previous) || SENTENCE_END.test(previous.text)))
      return splitAt(lines, i);
  }
  // no block: the second cell starts after the first sentence end
  for (let i = 1; i < lines.length; i++) {
    if (SENTENCE_END.test(lines[i - 1]!.text)) return splitAt(lines, i);
  }
  const last = lines[lines.length - 1]!;
  const space = last.text.lastIndexOf(' ');
  if (space > 0 && last.text.length - space - 1 <= SHORT_ACTUAL) {
    const head = [...lines.slice(0, -1), { ...last, text: last.text.slice(0, space) }];
    return {
      expected: joinWrapped(head),
      actual: last.text.slice(space + 1),
      expectedLines: [...lines],
      actualLines: [last],
    };
  }
  if (lines.length === 1) return { expected: last.text, actual: '', expectedLines: [last], actualLines: [] };
  return splitAt(lines, lines.length - 1);
}

function splitAt(lines: readonly TextLine[], split: number): GoalsRead {
  const expectedLines = lines.slice(0, split);
  const actualLines = lines.slice(split);
  return {
    expected: joinWrapped(expectedLines),
    actual: joinWrapped(actualLines),
    expectedLines,
    actualLines,
  };
}
