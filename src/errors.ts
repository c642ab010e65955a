/** One error family: a stable code for programs, a Chinese message for users, the cause for logs. */
export type AppErrorCode =
  | 'CONFIG_INVALID'
  | 'FORMAT_UNSUPPORTED'
  | 'FILE_UNREADABLE'
  | 'FILE_TOO_LARGE'
  | 'FILE_ENCRYPTED'
  | 'PDF_NO_TEXT'
  | 'NO_FORM_FOUND'
  | 'CONVERTER_MISSING'
  | 'EXTRACTION_FAILED'
  | 'CHANNEL_UNAVAILABLE'
  | 'CHANNEL_REJECTED'
  | 'STORE_FAILED'
  | 'STORE_UNAVAILABLE'
  | 'STORE_LOCKED'
  | 'EXPORT_FAILED'
  /** Too many exports (per user, at once, or forms in one): answered 429 on the web. */
  | 'EXPORT_LIMITED'
  /** The user's daily upload quota is used up: answered 429 on the web, nothing stored. */
  | 'UPLOAD_QUOTA';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** Shown to the user as is: Chinese, says what to do. */
    readonly userMessage: string,
    options?: { cause?: unknown; detail?: string },
  ) {
    super(options?.detail ? `${userMessage} (${options.detail})` : userMessage, { cause: options?.cause });
    this.name = new.target.name;
  }
}

/** An uploaded file that cannot be read: wrong format, broken, encrypted, too large, no text. */
export class FormUnreadable extends AppError {}

export class ConfigInvalid extends AppError {}

export function userMessageOf(err: unknown): string {
  if (err instanceof AppError) return err.userMessage;
  // Said of every unexpected failure, so it claims nothing (the file may not have been saved).
  return '处理时出现内部错误，请稍后重试；如果再次出现，请联系管理员。';
}
