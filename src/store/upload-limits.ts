import { z } from 'zod';
import { parseConfig } from '../config.ts';
import { AppError } from '../errors.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const uploadLimitsSchema = z.object({
  /** MB one user may upload in 24 hours, all channels together (0: no limit). */
  JIXIAO_UPLOAD_QUOTA_MB_PER_DAY: optional(z.coerce.number().min(0)).default(500),
  /** Files one user may upload in 24 hours (0: no limit). A file sent again is not counted again. */
  JIXIAO_UPLOAD_QUOTA_FILES_PER_DAY: optional(z.coerce.number().int().min(0)).default(300),
  /** Days an uploaded file's bytes are kept; the forms read from it stay (0: keep the files forever). */
  JIXIAO_UPLOAD_RETENTION_DAYS: optional(z.coerce.number().min(0)).default(90),
});

/** Per user, over the last 24 hours; 0 means no limit. */
export interface UploadQuota {
  bytesPerDay: number;
  filesPerDay: number;
}

export interface UploadLimits {
  quota: UploadQuota;
  /** 0: raw files are kept forever. */
  retentionDays: number;
}

export function loadUploadLimits(env: Record<string, string | undefined>): UploadLimits {
  const c = parseConfig(uploadLimitsSchema, env);
  return {
    quota: {
      bytesPerDay: Math.round(c.JIXIAO_UPLOAD_QUOTA_MB_PER_DAY * 1048576),
      filesPerDay: c.JIXIAO_UPLOAD_QUOTA_FILES_PER_DAY,
    },
    retentionDays: c.JIXIAO_UPLOAD_RETENTION_DAYS,
  };
}

const mb = (bytes: number) => `${Math.round((bytes / 1048576) * 10) / 10} MB`;

/** The refusal for a new file of `size` bytes after `used` in the last 24 hours, or null when it fits. */
export function quotaRefusal(
  quota: UploadQuota,
  used: { files: number; bytes: number },
  size: number,
): AppError | null {
  const overFiles = quota.filesPerDay > 0 && used.files + 1 > quota.filesPerDay;
  const overBytes = quota.bytesPerDay > 0 && used.bytes + size > quota.bytesPerDay;
  if (!overFiles && !overBytes) return null;
  const limits = [
    quota.filesPerDay > 0 ? `${quota.filesPerDay} 个文件` : '',
    quota.bytesPerDay > 0 ? mb(quota.bytesPerDay) : '',
  ]
    .filter(Boolean)
    .join('、');
  return new AppError(
    'UPLOAD_QUOTA',
    `今天的上传额度已用完（每人每 24 小时最多 ${limits}；已上传 ${used.files} 个文件、${mb(used.bytes)}），这个文件没有保存。请明天再上传，或请管理员调高额度。`,
  );
}
