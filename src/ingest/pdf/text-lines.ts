import type { TextRun } from './page-content.ts';

export interface TextLine {
  top: number;
  left: number;
  text: string;
}

/** A run of spaces wider than this (relative to the font size) is a gap pdfjs filled in, not text. */
const MAX_SPACE_WIDTH = 0.6;
const LATIN = /[A-Za-z]/;

/** Runs grouped into lines (same baseline band), top to bottom, each read left to right. */
export function textLines(runs: TextRun[]): TextLine[] {
  const kept = runs.filter((r) => r.text.trim() !== '' || r.width <= r.size * MAX_SPACE_WIDTH);
  const sorted = [...kept].sort((a, b) => a.top - b.top || a.x - b.x);
  // Sorted by top, the runs of one line are neighbours: compare with the line being built only.
  const lines: { top: number; size: number; runs: TextRun[] }[] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.top - run.top) < Math.min(line.size, run.size) * 0.5) line.runs.push(run);
    else lines.push({ top: run.top, size: run.size, runs: [run] });
  }
  return lines
    .map((l) => {
      const ordered = l.runs.sort((a, b) => a.x - b.x);
      return {
        top: l.top,
        left: ordered[0]?.x ?? 0,
        text: ordered
          .map((r) => r.text)
          .join('')
          .trim(),
      };
    })
    .filter((l) => l.text !== '')
    .sort((a, b) => a.top - b.top);
}

/**
 * The page as plain text, one visual line per line, with a space wherever runs are apart by more than half a
 * character: what pdftotext prints, for a reader (or the LLM) that works without the table.
 */
export function layoutText(runs: TextRun[]): string {
  const visible = runs.filter((r) => r.text.trim() !== '').sort((a, b) => a.top - b.top || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const run of visible) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line && first && Math.abs(first.top - run.top) < Math.min(first.size, run.size) * 0.5) line.push(run);
    else lines.push([run]);
  }
  return lines
    .map((line) => {
      let out = '';
      let end = Number.NEGATIVE_INFINITY;
      for (const run of line.sort((a, b) => a.x - b.x)) {
        out += (out !== '' && run.x - end > run.size * 0.5 ? ' ' : '') + run.text.trim();
        end = run.x + run.width;
      }
      return out;
    })
    .join('\n');
}

/**
 * A cell's text: wrapped lines joined back. A PDF does not tell a wrap from a paragraph break, so lines
 * are joined without a separator (Chinese) or with a space between two Latin words.
 */
export function cellText(runs: TextRun[]): string {
  let out = '';
  for (const line of textLines(runs)) {
    const needsSpace = out !== '' && LATIN.test(out.at(-1)!) && LATIN.test(line.text[0]!);
    out += (needsSpace ? ' ' : '') + line.text;
  }
  return out;
}
