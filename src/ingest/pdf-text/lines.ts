/** One line of pdftotext output, with its 1-based number for provenance (`L120`). */
export interface TextLine {
  /** 1-based line number in the input text. */
  no: number;
  /** The line without leading/trailing whitespace. */
  text: string;
  /** pdftotext starts the first line of a page with a space (or a form feed). */
  pageStart: boolean;
  /** A blank line came before: pdftotext separates text blocks (often cells) that way. */
  blockStart: boolean;
}

/** Splits pdftotext output into numbered lines; blank lines are dropped (they carry no cell). */
export function splitLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  const raw = text.split(/\r?\n/);
  let blank = true;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? '';
    const trimmed = line.trim();
    if (trimmed === '') {
      blank = true;
      continue;
    }
    out.push({ no: i + 1, text: trimmed, pageStart: /^[ \f]/.test(line), blockStart: blank });
    blank = false;
  }
  return out;
}

/** A line span for provenance: `L12` or `L12-L15`. */
export function lineRef(lines: readonly TextLine[]): string {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return '';
  return first.no === last.no ? `L${first.no}` : `L${first.no}-L${last.no}`;
}

/** Lines joined without separators: pdftotext wraps cells mid-word, so a break is not a space. */
export function joinWrapped(lines: readonly TextLine[]): string {
  return lines.map((l) => l.text).join('');
}

/** A regex matching `label` with optional whitespace between its characters (`实施单\n位`). */
export function spacedLabel(label: string): string {
  return [...label].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
}
