import { inflateRawSync } from 'node:zlib';
import { FormUnreadable } from '../errors.ts';
import type { ReaderLimits } from './document.ts';

/** Bounds for one Office container; derived from ReaderLimits, the rest fixed but overridable. */
export interface ZipLimits {
  maxUnzippedBytes: number;
  maxEntries: number;
  /**
   * Largest uncompressed/compressed ratio for entries above RATIO_FLOOR bytes: Office XML is ~5–50×, even
   * very repetitive sheets stay under ~400×, deflate tops out at ~1032×.
   */
  maxRatio: number;
}

const RATIO_FLOOR = 1024 * 1024;

export function zipLimits(limits: ReaderLimits, overrides: Partial<ZipLimits> = {}): ZipLimits {
  return { maxUnzippedBytes: limits.maxUnzippedBytes, maxEntries: 5000, maxRatio: 500, ...overrides };
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  offset: number;
  encrypted: boolean;
}

const NOT_OFFICE =
  '文件不是有效的 .docx/.xlsx 文档（可能已损坏，或只是改了扩展名）。请用 Word/WPS 或 Excel 打开后另存为 .docx/.xlsx 再上传。';
const BROKEN = '文件不完整或已损坏，无法解压读取。请重新导出或重新上传完整的文件。';
const ENCRYPTED =
  '文件设置了打开密码，无法读取。请在 Word/Excel/WPS 中取消密码（文件 → 信息 → 保护文档/工作簿）后另存，再上传。';
const LEGACY = '这是旧版 .doc/.xls 格式的文件。请用 Word/WPS 或 Excel 打开后另存为 .docx/.xlsx，再上传。';
const EXECUTABLE = '这是一个程序文件（.exe），不是表格文档。请上传绩效自评表的 .docx 或 .xlsx 文件。';

function tooLarge(limits: ZipLimits, detail: string): FormUnreadable {
  const mb = Math.round(limits.maxUnzippedBytes / 1048576);
  return new FormUnreadable(
    'FILE_TOO_LARGE',
    `文件解压后的内容超过 ${mb} MB 上限，或压缩比例异常（可能是恶意构造的压缩包），已停止读取。请检查文件内容后重新导出再上传。`,
    { detail },
  );
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** CFB directory entries name their streams in UTF-16LE. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, 'utf16le'));
}

/** Rejects what is not a zip with the reason a user can act on: encrypted Office, legacy .doc/.xls, .exe, other. */
function assertZipMagic(bytes: Uint8Array): void {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return;
  if (startsWith(bytes, CFB_MAGIC)) {
    // Password-protected .docx/.xlsx are CFB containers holding EncryptionInfo + EncryptedPackage streams.
    if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) {
      throw new FormUnreadable('FILE_ENCRYPTED', ENCRYPTED);
    }
    throw new FormUnreadable('FORMAT_UNSUPPORTED', LEGACY);
  }
  if (bytes[0] === 0x4d && bytes[1] === 0x5a) throw new FormUnreadable('FORMAT_UNSUPPORTED', EXECUTABLE);
  throw new FormUnreadable('FORMAT_UNSUPPORTED', NOT_OFFICE);
}

interface Directory {
  count: number;
  offset: number;
}

function findDirectory(bytes: Uint8Array, view: DataView): Directory {
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= min; i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    let count = view.getUint16(i + 10, true);
    let offset = view.getUint32(i + 16, true);
    if (
      (count === 0xffff || offset === 0xffffffff) &&
      i >= 20 &&
      view.getUint32(i - 20, true) === 0x07064b50
    ) {
      const eocd64 = Number(view.getBigUint64(i - 12, true));
      if (eocd64 + 56 > bytes.length || view.getUint32(eocd64, true) !== 0x06064b50) break;
      count = Number(view.getBigUint64(eocd64 + 32, true));
      offset = Number(view.getBigUint64(eocd64 + 48, true));
    }
    return { count, offset };
  }
  throw new FormUnreadable('FILE_UNREADABLE', BROKEN, { detail: 'zip end-of-central-directory not found' });
}

/** Reads the central directory and checks the declared sizes against the limits before inflating anything. */
export function listZip(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  assertZipMagic(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = findDirectory(bytes, view);
  if (dir.count > limits.maxEntries) throw tooLarge(limits, `${dir.count} zip entries`);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let declared = 0;
  let p = dir.offset;
  for (let n = 0; n < dir.count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) {
      throw new FormUnreadable('FILE_UNREADABLE', BROKEN, { detail: 'zip central directory truncated' });
    }
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
      encrypted: (view.getUint16(p + 8, true) & 1) === 1,
    };
    readZip64Extra(view, p + 46 + nameLength, extraLength, entry);
    if (entry.size < 0 || entry.compressedSize < 0 || entry.offset < 0) {
      throw new FormUnreadable('FILE_UNREADABLE', BROKEN, { detail: `${entry.name}: bad ZIP64 extra field` });
    }
    p += 46 + nameLength + extraLength + commentLength;
    declared += entry.size;
    if (declared > limits.maxUnzippedBytes) throw tooLarge(limits, `declared ${declared} bytes`);
    if (entry.size > RATIO_FLOOR && entry.size > entry.compressedSize * limits.maxRatio) {
      throw tooLarge(
        limits,
        `${entry.name}: ratio ${Math.round(entry.size / Math.max(1, entry.compressedSize))}`,
      );
    }
    entries.push(entry);
  }
  return entries;
}

/** ZIP64 extra field (0x0001): 64-bit sizes/offset for the fields saturated at 0xffffffff, in this order. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let q = start; q + 4 <= start + length && q + 4 <= view.byteLength; ) {
    const id = view.getUint16(q, true);
    const size = view.getUint16(q + 2, true);
    if (id === 0x0001) {
      let r = q + 4;
      const next = (): number => {
        const v = r + 8 <= q + 4 + size && r + 8 <= view.byteLength ? Number(view.getBigUint64(r, true)) : -1;
        r += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.offset === 0xffffffff) entry.offset = next();
      return;
    }
    q += 4 + size;
  }
}

/**
 * Inflates one entry, counting real output: headers can lie, so the declared size (already within the
 * budget) is enforced while inflating, and a stream that ends early is a broken file.
 */
function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: ZipLimits,
  budget: { left: number },
): Uint8Array {
  if (entry.encrypted) throw new FormUnreadable('FILE_ENCRYPTED', ENCRYPTED);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = entry.offset;
  if (h + 30 > bytes.length || view.getUint32(h, true) !== 0x04034b50) {
    throw new FormUnreadable('FILE_UNREADABLE', BROKEN, { detail: `${entry.name}: local header missing` });
  }
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length)
    throw new FormUnreadable('FILE_UNREADABLE', BROKEN, { detail: `${entry.name}: data truncated` });
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > budget.left) throw tooLarge(limits, `${entry.name}: stored entry over budget`);
    budget.left -= data.length;
    return data;
  }
  if (entry.size > budget.left)
    throw tooLarge(limits, `${entry.name}: declared ${entry.size} bytes over budget`);
  if (entry.method !== 8) {
    throw new FormUnreadable('FILE_UNREADABLE', BROKEN, {
      detail: `${entry.name}: compression method ${entry.method}`,
    });
  }
  // The declared size is already within the budget, so inflating stops there: a stream that produces more than
  // declared is a lying header (or a bomb) and ends with ERR_BUFFER_TOO_LARGE before using more memory.
  let out: Uint8Array;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw tooLarge(limits, `${entry.name}: inflated past the declared ${entry.size} bytes`);
    }
    throw new FormUnreadable('FILE_UNREADABLE', BROKEN, {
      cause: err,
      detail: `${entry.name}: inflate failed`,
    });
  }
  const total = out.length;
  if (total !== entry.size) {
    throw new FormUnreadable('FILE_UNREADABLE', BROKEN, {
      detail: `${entry.name}: ${total} of ${entry.size} bytes`,
    });
  }
  budget.left -= total;
  return out;
}

/** Safely unzips the entries `want` accepts (all when omitted). Throws FormUnreadable with a Chinese message. */
export function unzipSafe(
  bytes: Uint8Array,
  limits: ZipLimits,
  want: (name: string) => boolean = () => true,
): Map<string, Uint8Array> {
  const entries = listZip(bytes, limits);
  const budget = { left: limits.maxUnzippedBytes };
  const out = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.name.endsWith('/') || !want(entry.name)) continue;
    out.set(entry.name, inflateEntry(bytes, entry, limits, budget));
  }
  return out;
}

/** The zip is readable but lacks the part that makes it this kind of document. */
export function notThisFormat(kind: 'docx' | 'xlsx'): FormUnreadable {
  const what = kind === 'docx' ? 'Word（.docx）' : 'Excel（.xlsx）';
  return new FormUnreadable(
    'FORMAT_UNSUPPORTED',
    `文件不是有效的 ${what} 文档（缺少正文部分）。${NOT_OFFICE}`,
  );
}
