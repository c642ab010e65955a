/**
 * A small XML reader for the parts of an Office document we read: it scans the UTF-8 bytes once and builds only the
 * elements asked for. Formatting is most of a document.xml; skipping it without building it (and without decoding
 * the whole part into one string) is what makes reading a large .docx cheap. Not a general XML parser: no DTDs
 * (refused by the caller), no namespace resolution (names are kept as written, `w:tc`).
 */

export interface XElement {
  /** The qualified name as written, e.g. `w:tc`; the root returned by parseXmlTree has the name ''. */
  name: string;
  /** The raw attribute text of the start tag (` w:val="restart"`), when kept; read one with attrOf. */
  attrs: string;
  children: XElement[];
  /** Character data, decoded; kept only for the elements named in `textOf`. */
  text: string;
}

export interface XmlTreeOptions {
  /** Elements whose character data is kept. */
  textOf: ReadonlySet<string>;
  /** Elements dropped with everything inside them. */
  skip: ReadonlySet<string>;
  /** Elements whose attributes are kept; the others get ''. */
  attrsOf: ReadonlySet<string>;
  /** Deepest element nesting accepted. */
  maxDepth: number;
  /** Bound on what the tree holds: characters of names, attributes and kept text. */
  maxChars: number;
}

/** `declaration`: a DOCTYPE (or other `<!…>`), which Office never writes; refused to rule out entity expansion. */
export type XmlErrorKind = 'malformed' | 'declaration' | 'too-deep' | 'too-large';

export class XmlError extends Error {
  constructor(
    readonly kind: XmlErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'XmlError';
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

function isNameEnd(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === SLASH || byte === GT;
}

/**
 * Element names seen so far, found again from their bytes without allocating: a document has a few dozen distinct
 * names and hundreds of thousands of tags.
 */
class Names {
  private readonly byHash = new Map<number, string>();

  constructor(private readonly buf: Buffer) {}

  /** The name written in bytes [from, to). */
  at(from: number, to: number): string {
    const { buf } = this;
    let hash = to - from;
    for (let i = from; i < to; i++) hash = (Math.imul(hash, 31) + buf[i]!) | 0;
    const known = this.byHash.get(hash);
    if (known !== undefined && this.is(known, from, to)) return known;
    const name = buf.toString('latin1', from, to);
    this.byHash.set(hash, name);
    return name;
  }

  /** Whether bytes [from, to) spell `name`. */
  is(name: string, from: number, to: number): boolean {
    if (to - from !== name.length) return false;
    for (let i = 0; i < name.length; i++) if (this.buf[from + i] !== name.charCodeAt(i)) return false;
    return true;
  }
}

/** Index of the `>` closing the tag opened at `from`, outside quoted attribute values; -1 when there is none. */
function tagEnd(buf: Buffer, from: number): number {
  let quote = 0;
  for (let i = from; i < buf.length; i++) {
    const byte = buf[i]!;
    if (quote !== 0) {
      if (byte === quote) quote = 0;
    } else if (byte === GT) return i;
    else if (byte === QUOTE || byte === APOSTROPHE) quote = byte;
    else if (byte === LT) return -1; // `<` cannot appear inside a tag: the tag was cut off
  }
  return -1;
}

const ENTITY = /&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Resolves the predefined entities and character references; anything else is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref]!;
    const code =
      ref[1] === 'x' || ref[1] === 'X'
        ? Number.parseInt(ref.slice(2), 16)
        : Number.parseInt(ref.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The value of one attribute of an element, entities resolved; undefined when it is absent. */
export function attrOf(element: XElement, name: string): string | undefined {
  for (const [, key, double, single] of element.attrs.matchAll(ATTRIBUTE)) {
    if (key === name) return decodeEntities(double ?? single ?? '');
  }
  return undefined;
}

/** The first child element with this name. */
export function childOf(element: XElement, name: string): XElement | undefined {
  return element.children.find((c) => c.name === name);
}

/**
 * UTF-8 XML bytes → a tree of the elements kept. Skipped elements are passed over by their tags alone; a mismatched
 * or missing end tag outside them, a cut-off tag or comment, nesting deeper than `maxDepth` or a tree above
 * `maxChars` throws XmlError.
 */
export function parseXmlTree(xml: Uint8Array, options: XmlTreeOptions): XElement {
  return new TreeBuilder(Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength), options).build();
}

/**
 * One pass over the bytes. Kept as small methods: the hot loop stays small for the JIT, and the rare markup
 * (comments, CDATA, processing instructions) does not undo its optimisation when a document first uses it.
 */
class TreeBuilder {
  private readonly root: XElement = { name: '', attrs: '', children: [], text: '' };
  private readonly stack: XElement[] = [this.root];
  private readonly names: Names;
  private top: XElement = this.root;
  /** Depth inside a skipped element (0: not skipping). */
  private skipping = 0;
  private chars = 0;

  constructor(
    private readonly buf: Buffer,
    private readonly options: XmlTreeOptions,
  ) {
    this.names = new Names(buf);
  }

  build(): XElement {
    const { buf } = this;
    let pos = 0;
    for (let lt = buf.indexOf(LT, pos); lt !== -1; lt = buf.indexOf(LT, pos)) {
      if (lt > pos && this.skipping === 0) this.text(pos, lt, true);
      const next = buf[lt + 1];
      if (next === QUESTION || next === BANG) {
        pos = this.special(lt);
        continue;
      }
      const gt = tagEnd(buf, lt + 1);
      if (gt === -1) throw new XmlError('malformed', 'unterminated tag');
      if (next === SLASH) this.close(lt, gt);
      else this.open(lt, gt);
      pos = gt + 1;
    }
    if (this.stack.length > 1 || this.skipping > 0) {
      throw new XmlError('malformed', 'document ends inside an element');
    }
    return this.root;
  }

  private open(lt: number, gt: number): void {
    const { buf } = this;
    const selfClosing = buf[gt - 1] === SLASH;
    if (this.skipping > 0) {
      if (!selfClosing) this.skipping++;
      return;
    }
    let nameEnd = lt + 1;
    while (nameEnd < gt && !isNameEnd(buf[nameEnd]!)) nameEnd++;
    const name = this.names.at(lt + 1, nameEnd);
    if (name === '') throw new XmlError('malformed', 'tag without a name');
    if (this.options.skip.has(name)) {
      if (!selfClosing) this.skipping = 1;
      return;
    }
    const attrsEnd = selfClosing ? gt - 1 : gt;
    const attrs =
      nameEnd < attrsEnd && this.options.attrsOf.has(name) ? buf.toString('utf8', nameEnd, attrsEnd) : '';
    this.charge(name.length + attrs.length);
    const element: XElement = { name, attrs, children: [], text: '' };
    this.top.children.push(element);
    if (selfClosing) return;
    this.stack.push(element);
    this.top = element;
    if (this.stack.length > this.options.maxDepth) {
      throw new XmlError('too-deep', `nested deeper than ${this.options.maxDepth}`);
    }
  }

  private close(lt: number, gt: number): void {
    if (this.skipping > 0) {
      this.skipping--;
      return;
    }
    const { buf, stack } = this;
    let nameEnd = gt;
    while (nameEnd > lt + 2 && isNameEnd(buf[nameEnd - 1]!)) nameEnd--;
    if (stack.length === 1 || !this.names.is(this.top.name, lt + 2, nameEnd)) {
      throw new XmlError('malformed', `unexpected </${buf.toString('latin1', lt + 2, nameEnd)}>`);
    }
    stack.pop();
    this.top = stack[stack.length - 1]!;
  }

  /** `<?…?>`, `<!--…-->`, `<![CDATA[…]]>` (text), or a declaration (refused); returns where scanning goes on. */
  private special(lt: number): number {
    const { buf } = this;
    if (buf[lt + 1] === QUESTION) return this.find('?>', lt + 2, 'processing instruction') + 2;
    if (buf.toString('latin1', lt, lt + 4) === '<!--') return this.find('-->', lt + 4, 'comment') + 3;
    if (buf.toString('latin1', lt, lt + 9) !== '<![CDATA[') {
      throw new XmlError('declaration', 'DOCTYPE or other declaration');
    }
    const end = this.find(']]>', lt + 9, 'CDATA section');
    if (this.skipping === 0) this.text(lt + 9, end, false);
    return end + 3;
  }

  /** Character data in [from, to), kept when the open element is a text element. */
  private text(from: number, to: number, entities: boolean): void {
    if (to <= from || !this.options.textOf.has(this.top.name)) return;
    const raw = this.buf.toString('utf8', from, to);
    const text = entities ? decodeEntities(raw) : raw;
    this.charge(text.length);
    this.top.text += text;
  }

  private charge(n: number): void {
    this.chars += n;
    if (this.chars > this.options.maxChars) {
      throw new XmlError('too-large', `more than ${this.options.maxChars} characters kept`);
    }
  }

  private find(needle: string, from: number, what: string): number {
    const at = this.buf.indexOf(needle, from, 'latin1');
    if (at === -1) throw new XmlError('malformed', `unterminated ${what}`);
    return at;
  }
}
