import { type Logger, pino } from 'pino';

/** Paths whose values never reach a log line: secrets, tokens, phone numbers, form text. */
export const REDACT_PATHS = [
  'apiKey',
  '*.apiKey',
  'token',
  '*.token',
  'secret',
  '*.secret',
  '*.appSecret',
  '*.clientSecret',
  '*.encryptKey',
  '*.verificationToken',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'phone',
  '*.phone',
  'record.phone',
  'text',
  '*.text',
  'DATABASE_URL',
];

const PHONE = /(?<!\d)(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{4}\s?\d{4})(?!\d)/g;

/** Masks phone-like digit runs in free text that a log line must carry (e.g. an error message). */
export function maskPhones(text: string): string {
  return text.replace(PHONE, (m) => `${m.slice(0, 3)}****`);
}

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  const base = {
    level: options.level ?? process.env.LOG_LEVEL ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  // The CLI keeps stdout for its output (`check --json`), so its logs go to stderr.
  const destination =
    options.destination ?? (process.env.JIXIAO_LOG_STDERR === '1' ? pino.destination(2) : undefined);
  return destination ? pino(base, destination) : pino(base);
}

/** The process-wide root logger; modules take `log.child({ module: '…' })`. */
export const log: Logger = createLogger();
