import { FormUnreadable } from '../errors.ts';
import { READABLE_FORMATS_ZH, type ReaderLimits } from './document.ts';
import { listZip, zipLimits } from './zip.ts';

/** What the bytes are, decided by content (magic bytes, container parts), never by the file name. */
export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
export type Detection =
  | { format: 'docx' | 'xlsx' | 'pdf' | 'doc' | 'xls' }
  | { format: 'text'; text: string; encoding: TextEncoding };

const READABLE = `目前可读取：${READABLE_FORMATS_ZH}。`;

function unsupported(
  what: string,
  todo = '请上传绩效自评表的 Word/Excel/PDF 文件，或直接粘贴表格文字。',
): FormUnreadable {
  return new FormUnreadable('FORMAT_UNSUPPORTED', `${what}${todo}${READABLE}`);
}

export const ENCRYPTED_ZH =
  '文件已加密（设有打开密码），无法读取。请在 Word/Excel/WPS 中取消密码（文件 → 信息 → 保护文档/工作簿）后另存，再上传。';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Signatures of common files that are certainly not forms, with what to tell the user. */
const FOREIGN: { magic: number[]; error: () => FormUnreadable }[] = [
  { magic: [0x4d, 0x5a], error: () => unsupported('这是一个程序文件（.exe/.dll），不是表格文档。') },
  { magic: [0x7f, 0x45, 0x4c, 0x46], error: () => unsupported('这是一个程序文件，不是表格文档。') },
  ...[
    [0x89, 0x50, 0x4e, 0x47],
    [0xff, 0xd8, 0xff],
    [0x47, 0x49, 0x46, 0x38],
    [0x42, 0x4d],
    [0x49, 0x49, 0x2a, 0x00],
    [0x4d, 0x4d, 0x00, 0x2a],
  ].map((magic) => ({
    magic,
    error: () =>
      unsupported(
        '这是一张图片，系统无法识别图片中的文字。',
        '请上传自评表的 Word/Excel 原件或含文字层的 PDF。',
      ),
  })),
  ...[
    [0x52, 0x61, 0x72, 0x21],
    [0x37, 0x7a, 0xbc, 0xaf],
    [0x1f, 0x8b],
    [0x42, 0x5a, 0x68],
  ].map((magic) => ({
    magic,
    error: () => unsupported('这是一个压缩包。', '请解压后单独上传其中的自评表文件。'),
  })),
  {
    magic: [0x7b, 0x5c, 0x72, 0x74, 0x66],
    error: () => unsupported('这是 RTF 文档。', '请用 Word/WPS 打开后另存为 .docx 再上传。'),
  },
];

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** `%PDF-` within the first KiB (the PDF spec tolerates leading junk). */
function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = head.indexOf(0x25); i !== -1 && i + 5 <= head.length; i = head.indexOf(0x25, i + 1)) {
    if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return true;
  }
  return false;
}

/**
 * Stream and storage names of a Compound File (CFB). Directory entries are 128-byte records aligned to
 * 128 bytes in the file (sectors are 512 or 4096 bytes), so scanning aligned slots finds them without
 * following the FAT chains, which a truncated or crafted file could make loop.
 */
export function cfbNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    const length = view.getUint16(at + 64, true);
    const type = bytes[at + 66];
    if (length < 4 || length > 64 || length % 2 !== 0 || (type !== 1 && type !== 2 && type !== 5)) continue;
    if (view.getUint16(at + length - 2, true) !== 0) continue; // names end with a NUL
    const codes: number[] = [];
    for (let i = 0; i < length - 2; i += 2) codes.push(view.getUint16(at + i, true));
    // Printable ASCII, after an optional 0x01–0x06 prefix (`\x05SummaryInformation`).
    const body = codes[0]! <= 6 ? codes.slice(1) : codes;
    if (body.length > 0 && body.every((c) => c >= 0x20 && c <= 0x7e)) names.add(String.fromCharCode(...body));
  }
  return names;
}

function detectCfb(bytes: Uint8Array): Detection {
  const names = cfbNames(bytes);
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) {
    throw new FormUnreadable('FILE_ENCRYPTED', ENCRYPTED_ZH);
  }
  if (names.has('WordDocument')) return { format: 'doc' };
  if (names.has('Workbook') || names.has('Book')) return { format: 'xls' };
  if (names.has('PowerPoint Document')) {
    throw unsupported('这是 PowerPoint 演示文稿。', '请上传自评表的 Word/Excel 文件。');
  }
  throw unsupported(
    '这是一个无法识别的 Office 旧版文件。',
    '请用 Word/WPS 或 Excel 打开后另存为 .docx/.xlsx 再上传。',
  );
}

function detectZip(bytes: Uint8Array, limits: ReaderLimits): Detection {
  const names = listZip(bytes, zipLimits(limits)).map((e) => e.name);
  if (names.some((n) => n.startsWith('word/'))) return { format: 'docx' };
  if (names.some((n) => n.startsWith('xl/'))) return { format: 'xlsx' };
  if (names.some((n) => n.startsWith('ppt/'))) {
    throw unsupported('这是 PowerPoint 演示文稿。', '请上传自评表的 Word/Excel 文件。');
  }
  if (names.includes('mimetype') && names.includes('content.xml')) {
    throw unsupported('这是 OpenDocument（.odt/.ods）或 WPS 文档。', '请另存为 .docx/.xlsx 再上传。');
  }
  throw unsupported('这是一个压缩包。', '请解压后单独上传其中的自评表文件。');
}

/** Control characters other than tab, line breaks and form feed: a sign of binary data. */
function hasBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}

/** Bytes of an unfinished UTF-8 sequence at the very end (0–3). */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.byteLength); back++) {
    const b = bytes[bytes.byteLength - back]!;
    if ((b & 0xc0) !== 0x80) {
      const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      return needed > back ? back : 0;
    }
  }
  return 0;
}

function decodeText(bytes: Uint8Array): Detection | undefined {
  const attempts: [Detection & { format: 'text' } extends { encoding: infer E } ? E : never, Uint8Array][] =
    [];
  if (startsWith(bytes, [0xff, 0xfe])) attempts.push(['utf-16le', bytes.subarray(2)]);
  else if (startsWith(bytes, [0xfe, 0xff])) attempts.push(['utf-16be', bytes.subarray(2)]);
  else {
    const utf8 = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    attempts.push(['utf-8', utf8]);
    // A text cut off inside its last character (a truncated upload) is still text.
    attempts.push(['utf-8', utf8.subarray(0, utf8.byteLength - incompleteUtf8Tail(utf8))]);
    attempts.push(['gb18030', bytes]);
  }
  for (const [encoding, body] of attempts) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(body);
    } catch {
      continue;
    }
    if (hasBinary(text)) return undefined;
    return { format: 'text', text, encoding };
  }
  return undefined;
}

/** Decides the reader for an upload. Throws FormUnreadable (Chinese message) for what cannot be read. */
export function detectFormat(bytes: Uint8Array, limits: ReaderLimits): Detection {
  if (bytes.byteLength === 0) throw new FormUnreadable('FILE_UNREADABLE', '文件是空的，请检查后重新上传。');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return detectZip(bytes, limits);
  }
  if (isPdf(bytes)) return { format: 'pdf' };
  if (startsWith(bytes, CFB)) return detectCfb(bytes);
  for (const foreign of FOREIGN) if (startsWith(bytes, foreign.magic)) throw foreign.error();
  const text = decodeText(bytes);
  if (text) return text;
  throw unsupported('无法识别的文件格式（不是文本，也不是 Word/Excel/PDF 文档）。');
}
