import { AppError } from '../../errors.ts';

/** The one message every channel gives for a file above its size cap (`limit` names a platform's own cap). */
export function fileTooLarge(maxBytes: number, limit = ''): AppError {
  return new AppError(
    'FILE_TOO_LARGE',
    `文件超过 ${Math.round(maxBytes / 1_048_576)} MB${limit ? `（${limit}）` : ''}，请压缩或拆分后再发送。`,
  );
}

/** Downloads signal the cap with a RangeError; turn it into the user's message, anything else passes through. */
export function asFileTooLarge(err: unknown, maxBytes: number): unknown {
  return err instanceof RangeError ? fileTooLarge(maxBytes) : err;
}
