import { readdirSync, readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FormUnreadable } from '../../src/errors.ts';
import { detectFormat } from '../../src/ingest/detect.ts';
import { DEFAULT_LIMITS, READABLE_FORMATS_ZH } from '../../src/ingest/document.ts';
import { fixturePath } from '../helpers/corpus.ts';
import { cfb, garbage } from './detect-build.ts';

function refused(bytes: Uint8Array): FormUnreadable {
  try {
    detectFormat(bytes, DEFAULT_LIMITS);
  } catch (err) {
    expect(err).toBeInstanceOf(FormUnreadable);
    return err as FormUnreadable;
  }
  throw new Error('expected detectFormat to refuse the bytes');
}

const zip = (names: string[]) => zipSync(Object.fromEntries(names.map((n) => [n, strToU8('<x/>')])));

describe('detectFormat', () => {
  it('tells .docx from .xlsx by the parts inside the zip, not by the name', () => {
    expect(detectFormat(zip(['[Content_Types].xml', 'word/document.xml']), DEFAULT_LIMITS)).toEqual({
      format: 'docx',
    });
    expect(detectFormat(zip(['[Content_Types].xml', 'xl/workbook.xml']), DEFAULT_LIMITS)).toEqual({
      format: 'xlsx',
    });
  });

  it('refuses other zips with what to do', () => {
    expect(refused(zip(['ppt/presentation.xml'])).userMessage).toContain('PowerPoint');
    expect(refused(zip(['mimetype', 'content.xml'])).userMessage).toContain('另存为 .docx/.xlsx');
    expect(refused(zip(['photos/a.jpg'])).userMessage).toContain('解压');
  });

  it('finds %PDF even after leading junk', () => {
    expect(detectFormat(strToU8('%PDF-1.7\n'), DEFAULT_LIMITS)).toEqual({ format: 'pdf' });
    expect(detectFormat(strToU8('\r\n  junk %PDF-1.4\n'), DEFAULT_LIMITS)).toEqual({ format: 'pdf' });
  });

  it('reads Compound File directories: .doc, .xls, encrypted OOXML', () => {
    expect(detectFormat(cfb(['WordDocument', '1Table', '\u0005SummaryInformation']), DEFAULT_LIMITS)).toEqual(
      {
        format: 'doc',
      },
    );
    expect(detectFormat(cfb(['Workbook']), DEFAULT_LIMITS)).toEqual({ format: 'xls' });
    const encrypted = refused(cfb(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']));
    expect(encrypted.code).toBe('FILE_ENCRYPTED');
    expect(encrypted.userMessage).toContain('文件已加密');
    expect(refused(cfb(['PowerPoint Document'])).userMessage).toContain('PowerPoint');
    expect(refused(cfb(['Something'])).code).toBe('FORMAT_UNSUPPORTED');
  });

  it('refuses programs, images and archives by their signature, naming the readable formats', () => {
    const exe = refused(new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, ...garbage(500, 1)]));
    expect(exe.code).toBe('FORMAT_UNSUPPORTED');
    expect(exe.userMessage).toContain('程序文件');
    expect(exe.userMessage).toContain(READABLE_FORMATS_ZH);
    expect(refused(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1])).userMessage).toContain('程序文件');
    expect(refused(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])).userMessage).toContain('图片');
    expect(refused(new Uint8Array([0x1f, 0x8b, 8, 0])).userMessage).toContain('压缩包');
  });

  it('accepts text in UTF-8, GB18030 and UTF-16 with BOM', () => {
    expect(detectFormat(strToU8('\t项目名称\n\t统计所经费\n'), DEFAULT_LIMITS)).toMatchObject({
      format: 'text',
      encoding: 'utf-8',
      text: '\t项目名称\n\t统计所经费\n',
    });
    const gb = new Uint8Array([0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6, 0x0a]); // 项目名称\n in GB18030
    expect(detectFormat(gb, DEFAULT_LIMITS)).toMatchObject({
      format: 'text',
      encoding: 'gb18030',
      text: '项目名称\n',
    });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('项目名称', 'utf16le')]);
    expect(detectFormat(utf16, DEFAULT_LIMITS)).toMatchObject({
      format: 'text',
      encoding: 'utf-16le',
      text: '项目名称',
    });
  });

  it('accepts UTF-8 text cut off inside its last character (a truncated upload)', () => {
    const whole = strToU8('\t项目名称\n\t统计所经费');
    for (const cut of [1, 2]) {
      expect(detectFormat(whole.subarray(0, whole.byteLength - cut), DEFAULT_LIMITS)).toMatchObject({
        format: 'text',
        encoding: 'utf-8',
        text: '\t项目名称\n\t统计所经',
      });
    }
  });

  it('refuses random bytes and empty files', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const err = refused(garbage(2048, seed));
      expect(err.code).toBe('FORMAT_UNSUPPORTED');
      expect(err.userMessage).toContain('无法识别的文件格式');
    }
    expect(refused(new Uint8Array()).code).toBe('FILE_UNREADABLE');
  });

  it('detects every fixture corpus document by content', () => {
    for (const file of readdirSync(fixturePath('files')).filter((f) => !f.endsWith('.json'))) {
      const ext = file.slice(file.lastIndexOf('.') + 1);
      expect(
        detectFormat(new Uint8Array(readFileSync(fixturePath('files', file))), DEFAULT_LIMITS).format,
        file,
      ).toBe(ext);
    }
  });
});
