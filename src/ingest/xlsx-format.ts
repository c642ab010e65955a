/**
 * Displayed text of a spreadsheet number under its number format, as Excel shows it: `0%` 0.95 → `95%`,
 * `#,##0.00"元"` 1196000 → `1,196,000.00元`. exceljs' `cell.text` ignores the format, so the reader uses this.
 * Covers the formats forms use (General, fixed decimals, thousands, percent, literals, sections); dates are
 * formatted separately.
 */
export function formatNumber(value: number, format: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  if (!format || /^general$/i.test(format) || format === '@') return general(value);
  const sections = splitSections(format);
  let section = sections[0] ?? '';
  let signed = value;
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    signed = -value; // the negative section writes its own sign or parentheses
  } else if (value === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  const parsed = parseSection(section);
  if (!parsed) return general(value);
  if (parsed.placeholders === '') return parsed.prefix + parsed.suffix;
  const number = formatDigits(Math.abs(signed) * (parsed.percent ? 100 : 1), parsed.placeholders);
  const sign = signed < 0 && number.replace(/[0.,]/g, '') !== '' ? '-' : '';
  return `${sign}${parsed.prefix}${number}${parsed.suffix}`;
}

/** Excel's General: no float noise (`0.30000000000000004` → `0.3`). */
function general(value: number): string {
  return String(Number(value.toPrecision(15)));
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

interface Section {
  prefix: string;
  suffix: string;
  /** The digit placeholders `0#?,.` of the number part. */
  placeholders: string;
  percent: boolean;
}

function parseSection(section: string): Section | undefined {
  let prefix = '';
  let suffix = '';
  let placeholders = '';
  let percent = false;
  const literal = (text: string): void => {
    if (placeholders === '') prefix += text;
    else suffix += text;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal(section.slice(i + 1, end === -1 ? undefined : end));
      i = end === -1 ? section.length : end;
    } else if (ch === '\\') {
      literal(section[i + 1] ?? '');
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      i = end === -1 ? section.length : end; // colours, conditions, locales
    } else if (ch === '_' || ch === '*') {
      i++; // padding to the width of the next character / fill
    } else if ('0#?'.includes(ch) || (placeholders !== '' && ',.'.includes(ch) && suffix === '')) {
      placeholders += ch;
    } else if (ch === '.' && placeholders === '' && /[0#?]/.test(section[i + 1] ?? '')) {
      placeholders += ch;
    } else if (ch === '%') {
      percent = true;
      literal(ch);
    } else if (/[eE]/.test(ch) && placeholders !== '') {
      return undefined; // scientific: fall back to General
    } else if (ch === '@') {
      return undefined;
    } else {
      literal(ch);
    }
  }
  return { prefix, suffix, placeholders, percent };
}

function formatDigits(value: number, placeholders: string): string {
  const dot = placeholders.indexOf('.');
  let intPart = dot === -1 ? placeholders : placeholders.slice(0, dot);
  const fracPart = dot === -1 ? '' : placeholders.slice(dot + 1).replace(/,/g, '');
  // Commas after the last integer placeholder scale by 1000 each.
  let scaled = value;
  while (intPart.endsWith(',')) {
    scaled /= 1000;
    intPart = intPart.slice(0, -1);
  }
  const grouping = intPart.includes(',');
  const minInt = (intPart.match(/0/g) ?? []).length;
  const maxFrac = fracPart.length;
  const minFrac = (fracPart.match(/0/g) ?? []).length;
  let [whole = '0', frac = ''] = scaled.toFixed(maxFrac).split('.');
  while (frac.length > minFrac && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (whole === '0' && minInt === 0) whole = '';
  whole = whole.padStart(minInt, '0');
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${whole}.${frac}` : whole;
}
