import { OPS, type PdfPage } from './load.ts';

/** A ruling line in top-down page coordinates (points): horizontal has y0 === y1, vertical x0 === x1. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One run of text, top-down coordinates: (x, top) is its upper-left corner. */
export interface TextRun {
  text: string;
  x: number;
  top: number;
  width: number;
  size: number;
}

export interface PageContent {
  page: number;
  width: number;
  height: number;
  horizontals: Segment[];
  verticals: Segment[];
  texts: TextRun[];
}

type Matrix = [number, number, number, number, number, number];

/** A filled rectangle thinner than this is a drawn rule, not a shaded area. */
const RULE_THICKNESS = 2.5;
/** How far off axis a stroke may be and still count as a horizontal/vertical rule. */
const AXIS_TOLERANCE = 0.5;
/** Path drawing codes inside pdfjs constructPath data (pdfjs `DrawOPS`). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

const STROKES = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function multiply(m: Matrix, n: Matrix): Matrix {
  // n applied first, then m (PDF `cm` pre-multiplies the current matrix).
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

/** Points of each sub-path as polylines (curves only keep their end points: they never make rules). */
function subPaths(data: ArrayLike<number>, ctm: Matrix): { points: [number, number][]; closed: boolean }[] {
  const out: { points: [number, number][]; closed: boolean }[] = [];
  let current: { points: [number, number][]; closed: boolean } | undefined;
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === MOVE) {
      current = { points: [apply(ctm, data[i]!, data[i + 1]!)], closed: false };
      out.push(current);
      i += 2;
    } else if (op === LINE) {
      current?.points.push(apply(ctm, data[i]!, data[i + 1]!));
      i += 2;
    } else if (op === CURVE) {
      current?.points.push([Number.NaN, Number.NaN], apply(ctm, data[i + 4]!, data[i + 5]!));
      i += 6;
    } else if (op === QUAD) {
      current?.points.push([Number.NaN, Number.NaN], apply(ctm, data[i + 2]!, data[i + 3]!));
      i += 4;
    } else if (op === CLOSE) {
      if (current) current.closed = true;
    } else {
      break; // unknown code: stop rather than misread the rest
    }
  }
  return out;
}

function addSegment(out: PageContent, a: [number, number], b: [number, number]): void {
  if ([a[0], a[1], b[0], b[1]].some((v) => !Number.isFinite(v))) return;
  const [ax, ay] = a;
  const [bx, by] = b;
  if (Math.abs(ay - by) <= AXIS_TOLERANCE && Math.abs(ax - bx) > AXIS_TOLERANCE) {
    const y = (ay + by) / 2;
    out.horizontals.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: y, y1: y });
  } else if (Math.abs(ax - bx) <= AXIS_TOLERANCE && Math.abs(ay - by) > AXIS_TOLERANCE) {
    const x = (ax + bx) / 2;
    out.verticals.push({ x0: x, x1: x, y0: Math.min(ay, by), y1: Math.max(ay, by) });
  }
}

/** A thin filled rectangle (how some producers draw borders) becomes its centre line. */
function addFilledRule(out: PageContent, points: [number, number][]): void {
  if (points.length > 5) return; // a rectangle has four corners (five with the closing point)
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  if (xs.some((v) => !Number.isFinite(v)) || ys.some((v) => !Number.isFinite(v))) return;
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = maxX - minX;
  const h = maxY - minY;
  if (h <= RULE_THICKNESS && w > h) addSegment(out, [minX, (minY + maxY) / 2], [maxX, (minY + maxY) / 2]);
  else if (w <= RULE_THICKNESS && h > w)
    addSegment(out, [(minX + maxX) / 2, minY], [(minX + maxX) / 2, maxY]);
}

function isWhite(args: unknown[] | null): boolean {
  const first = args?.[0];
  if (typeof first === 'string') return first.toLowerCase() === '#ffffff';
  return Array.isArray(args) && args.length === 3 && args.every((v) => v === 255 || v === 1);
}

/** Ruling lines of a page, from the operator list (stroked paths and thin filled rectangles). */
async function rulings(page: PdfPage, view: Matrix, out: PageContent): Promise<void> {
  const list = await page.getOperatorList();
  const stack: { ctm: Matrix; whiteStroke: boolean; whiteFill: boolean }[] = [];
  // Start from the page → display transform, so points come out top-down, rotation and MediaBox applied.
  let state = { ctm: view, whiteStroke: false, whiteFill: false };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push({ ...state });
    else if (fn === OPS.restore) state = stack.pop() ?? state;
    else if (fn === OPS.transform) state = { ...state, ctm: multiply(state.ctm, args as unknown as Matrix) };
    else if (fn === OPS.setStrokeRGBColor) state = { ...state, whiteStroke: isWhite(args) };
    else if (fn === OPS.setFillRGBColor) state = { ...state, whiteFill: isWhite(args) };
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      const stroke = STROKES.has(paint) && !state.whiteStroke;
      const fill =
        (FILLS.has(paint) || paint === OPS.fillStroke || paint === OPS.eoFillStroke) && !state.whiteFill;
      for (const sub of subPaths(data, state.ctm)) {
        if (stroke) {
          const pts = sub.closed ? [...sub.points, sub.points[0]!] : sub.points;
          for (let k = 1; k < pts.length; k++) addSegment(out, pts[k - 1]!, pts[k]!);
        } else if (fill) addFilledRule(out, sub.points);
      }
    }
  }
}

interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

async function textRuns(page: PdfPage, view: Matrix, out: PageContent): Promise<void> {
  const content = await page.getTextContent();
  for (const item of content.items as RawTextItem[]) {
    if (typeof item.str !== 'string' || item.str.length === 0 || item.transform.length < 6) continue;
    const [, , c, d, e, f] = multiply(view, item.transform as Matrix);
    const size = Math.hypot(c, d) || item.height || 1;
    // (e, f) is the baseline start in display space; the glyphs rise about 0.85 em above it.
    out.texts.push({ text: item.str, x: e, top: f - size * 0.85, width: item.width, size });
  }
}

interface RawAnnotation {
  subtype?: string;
  fieldType?: string;
  fieldValue?: unknown;
  hidden?: boolean;
  rect?: number[];
}

/**
 * Values typed into fillable PDF form fields: they live in annotations, not in the page's text, so they are
 * added as text runs placed in the field's box.
 */
async function fieldRuns(page: PdfPage, view: Matrix, out: PageContent): Promise<void> {
  const annotations = (await page.getAnnotations({ intent: 'display' })) as RawAnnotation[];
  for (const a of annotations) {
    if (a.subtype !== 'Widget' || a.hidden || (a.fieldType !== 'Tx' && a.fieldType !== 'Ch')) continue;
    const value = Array.isArray(a.fieldValue) ? a.fieldValue.join('、') : a.fieldValue;
    if (typeof value !== 'string' || value.trim() === '' || a.rect?.length !== 4) continue;
    const [x0, y0, x1, y1] = a.rect as [number, number, number, number];
    const p = apply(view, x0, y0);
    const q = apply(view, x1, y1);
    const [left, right, top, bottom] = [
      Math.min(p[0], q[0]),
      Math.max(p[0], q[0]),
      Math.min(p[1], q[1]),
      Math.max(p[1], q[1]),
    ];
    const size = Math.min(bottom - top, 12) || 9;
    const text = value.replace(/\r\n?/g, '\n');
    out.texts.push({
      text,
      x: left + 1,
      top: top + (bottom - top - size) / 2,
      width: Math.max(1, right - left - 2),
      size,
    });
  }
}

/** Lines and positioned text of one page, in top-down display coordinates (as the page is shown). */
export async function readPageContent(page: PdfPage): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const view = viewport.transform as Matrix;
  const out: PageContent = {
    page: page.pageNumber,
    width: viewport.width,
    height: viewport.height,
    horizontals: [],
    verticals: [],
    texts: [],
  };
  await rulings(page, view, out);
  await textRuns(page, view, out);
  await fieldRuns(page, view, out);
  return out;
}
