import type { IncomingMessage as HttpRequest } from 'node:http';
import { extname } from 'node:path';
import { READABLE_FORMATS_ZH } from '../../ingest/document.ts';

/** A request the server refuses, with the HTTP status and the Chinese message the page shows. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly userMessage: string,
    /** The body is left unread: close the connection after answering so the client stops sending. */
    readonly closeConnection = false,
  ) {
    super(userMessage);
    this.name = 'HttpRefusal';
  }
}

export const UPLOAD_EXTENSIONS = ['.docx', '.xlsx', '.pdf', '.doc', '.xls', '.txt'];

export function tooLarge(maxBytes: number, closeConnection: boolean): HttpRefusal {
  return new HttpRefusal(
    413,
    `文件太大：上限是 ${Math.round(maxBytes / 1048576)} MB。请只上传自评表本身（可拆分成几个文件），或把表格另存为 .docx/.xlsx 后再试。`,
    closeConnection,
  );
}

/** Refuses by name before any byte is read: the format is checked again by content when parsed. */
export function checkUploadName(name: string): void {
  if (!name.trim()) throw new HttpRefusal(400, '上传缺少文件名，请重新选择文件上传。');
  const ext = extname(name).toLowerCase();
  if (!UPLOAD_EXTENSIONS.includes(ext)) {
    throw new HttpRefusal(415, `不支持《${name}》这种文件类型。目前可读取：${READABLE_FORMATS_ZH}。`);
  }
}

/** Declared length over the limit: refuse from the headers alone. */
export function checkDeclaredLength(req: HttpRequest, maxBytes: number): void {
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes, true);
}

/**
 * Reads the body up to `maxBytes`. A body without a declared length (chunked) that passes it is refused at once and the
 * rest is discarded unread, so the client can still read the answer.
 */
export function readBody(req: HttpRequest, maxBytes: number): Promise<Uint8Array> {
  checkDeclaredLength(req, maxBytes);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off('data', onData);
        req.resume();
        chunks.length = 0;
        reject(tooLarge(maxBytes, false));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(new Uint8Array(Buffer.concat(chunks, size))));
    req.once('error', reject);
    req.once('aborted', () => reject(new HttpRefusal(400, '上传中断了，请重新上传。')));
  });
}

export async function readJson(req: HttpRequest, maxBytes: number): Promise<unknown> {
  const bytes = await readBody(req, maxBytes);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new HttpRefusal(400, '请求格式不对，请刷新页面后重试。');
  }
}
