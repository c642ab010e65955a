import { Deflate, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type ReaderLimits } from '../../src/ingest/document.ts';
import { readDocxGrids } from '../../src/ingest/docx.ts';
import { readXlsxGrids } from '../../src/ingest/xlsx.ts';
import { listZip, unzipSafe, zipLimits } from '../../src/ingest/zip.ts';
import { docxWithBody, p, r, tbl, tc, tr } from './office-build.ts';

const MB = 1024 * 1024;

const built = new Map<string, Uint8Array>();

/** A zip with one deflated entry of `size` zero bytes, built in 1 MB pushes (never holds the whole payload). */
function zerosZip(name: string, size: number): Uint8Array {
  const key = `${name}:${size}`;
  const cached = built.get(key);
  if (cached) return cached;
  const zip = buildZerosZip(name, size);
  built.set(key, zip);
  return zip;
}

function buildZerosZip(name: string, size: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => parts.push(chunk));
  const block = new Uint8Array(MB);
  for (let left = size; left > 0; left -= MB) deflate.push(block.subarray(0, Math.min(MB, left)), left <= MB);
  const data = concat(parts);
  const nameBytes = strToU8(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, size, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, size, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint32(42, 0, true);
  central.set(nameBytes, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + data.length, true);
  return concat([local, data, central, end]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Rewrites every declared uncompressed size (local and central headers): headers that lie. */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

/** The first sector and a directory sector of a CFB (OLE) file naming the given streams. */
function cfb(streams: string[]): Uint8Array {
  const out = new Uint8Array(1024);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const view = new DataView(out.buffer);
  view.setUint16(0x1a, 3, true); // major version 3
  view.setUint16(0x1c, 0xfffe, true); // little-endian
  view.setUint16(0x1e, 9, true); // 512-byte sectors
  ['Root Entry', ...streams].forEach((name, i) => {
    const at = 512 + i * 128;
    for (let k = 0; k < name.length; k++) view.setUint16(at + k * 2, name.charCodeAt(k), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
  });
  return out;
}

const small: ReaderLimits = { ...DEFAULT_LIMITS, maxUnzippedBytes: 4 * MB };
const readers = [
  ['docx', readDocxGrids],
  ['xlsx', readXlsxGrids],
] as const;

describe('safe unzip', () => {
  it('rejects a zip bomb from the central-directory sizes before inflating', () => {
    const bomb = zerosZip('word/document.xml', 300 * MB);
    expect(bomb.length).toBeLessThan(400 * 1024);
    expect(() => listZip(bomb, zipLimits(DEFAULT_LIMITS))).toThrow(/解压后的内容超过 200 MB/);
  });

  it('stops inflating when the headers lie about the size', () => {
    const liar = lieAboutSizes(zerosZip('word/document.xml', 64 * MB), 1000);
    expect(listZip(liar, zipLimits(DEFAULT_LIMITS))[0]?.size).toBe(1000);
    expect(() => unzipSafe(liar, zipLimits(DEFAULT_LIMITS))).toThrow(/解压后的内容超过/);
  });

  it('enforces the total budget while inflating when several entries each look harmless', () => {
    const one = zipSync({ 'a.xml': new Uint8Array(3 * MB), 'b.xml': new Uint8Array(3 * MB) });
    expect(() => unzipSafe(one, zipLimits(small))).toThrow(/超过 4 MB/);
    const both = lieAboutSizes(one, 1 * MB);
    expect(() => unzipSafe(both, zipLimits(small))).toThrow(/解压后的内容超过/);
  });

  it('rejects an abnormal compression ratio and too many entries', () => {
    const bomb = zerosZip('word/document.xml', 64 * MB);
    expect(() => listZip(bomb, zipLimits(DEFAULT_LIMITS, { maxRatio: 100 }))).toThrow(/压缩比例异常/);
    const many = zipSync(
      Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.xml`, strToU8('x')])),
    );
    expect(() => listZip(many, zipLimits(DEFAULT_LIMITS, { maxEntries: 20 }))).toThrow(/超过/);
  });

  it('unzips a normal archive and only the wanted entries', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>'), 'other.bin': new Uint8Array(10) });
    const files = unzipSafe(zip, zipLimits(DEFAULT_LIMITS), (name) => name.startsWith('word/'));
    expect([...files.keys()]).toEqual(['word/document.xml']);
    expect(new TextDecoder().decode(files.get('word/document.xml'))).toBe('<w:document/>');
  });
});

describe('hostile and wrong files through both readers', () => {
  it.each(readers)('%s: a zip bomb fails with a Chinese size message', async (_, read) => {
    await expect(read(zerosZip('word/document.xml', 300 * MB), DEFAULT_LIMITS)).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      userMessage: expect.stringContaining('200 MB'),
    });
    const liar = lieAboutSizes(zerosZip('word/document.xml', 64 * MB), 1000);
    await expect(read(liar, small)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it.each(readers)('%s: a truncated file fails as broken', async (_, read) => {
    const whole = await docxWithBody(tbl(tr(tc('项目名称') + tc('甲'))) + p(r('尾')));
    // Cut off the end (no central directory) and cut out the middle (directory points past the data).
    await expect(read(whole.subarray(0, Math.floor(whole.length / 2)), DEFAULT_LIMITS)).rejects.toMatchObject(
      {
        code: 'FILE_UNREADABLE',
        userMessage: expect.stringContaining('不完整或已损坏'),
      },
    );
    const holed = concat([whole.subarray(0, 200), whole.subarray(whole.length - 600)]);
    await expect(read(holed, DEFAULT_LIMITS)).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
  });

  it.each(readers)(
    '%s: a password-protected Office file (CFB with EncryptionInfo) says so',
    async (_, read) => {
      await expect(read(cfb(['EncryptionInfo', 'EncryptedPackage']), DEFAULT_LIMITS)).rejects.toMatchObject({
        code: 'FILE_ENCRYPTED',
        userMessage: expect.stringContaining('密码'),
      });
    },
  );

  it.each(readers)('%s: a legacy .doc/.xls (CFB without encryption) asks to re-save', async (_, read) => {
    await expect(read(cfb(['WordDocument']), DEFAULT_LIMITS)).rejects.toMatchObject({
      code: 'FORMAT_UNSUPPORTED',
      userMessage: expect.stringContaining('另存为 .docx/.xlsx'),
    });
  });

  it.each(readers)('%s: an .exe renamed to an Office name is refused', async (_, read) => {
    const exe = new Uint8Array(4096);
    exe.set([0x4d, 0x5a, 0x90, 0x00], 0);
    await expect(read(exe, DEFAULT_LIMITS)).rejects.toMatchObject({
      code: 'FORMAT_UNSUPPORTED',
      userMessage: expect.stringContaining('程序文件'),
    });
  });

  it.each(readers)('%s: text and random bytes are refused, never crash', async (_, read) => {
    await expect(read(strToU8('项目名称\t甲'), DEFAULT_LIMITS)).rejects.toMatchObject({
      code: 'FORMAT_UNSUPPORTED',
    });
    const noise = new Uint8Array(2048).map((_, i) => (i * 7919 + 13) % 256);
    noise.set([0x50, 0x4b, 0x03, 0x04]);
    await expect(read(noise, DEFAULT_LIMITS)).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
  });

  it('a docx given to the xlsx reader (and the reverse) names the expected format', async () => {
    const docx = await docxWithBody(p(r('x')));
    await expect(readXlsxGrids(docx, DEFAULT_LIMITS)).rejects.toMatchObject({
      userMessage: expect.stringContaining('Excel（.xlsx）'),
    });
    const xlsxLike = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    await expect(readDocxGrids(xlsxLike, DEFAULT_LIMITS)).rejects.toMatchObject({
      userMessage: expect.stringContaining('Word（.docx）'),
    });
  });
});
