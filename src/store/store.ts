import type { ChannelName } from '../bot/messages.ts';
import type { FormRecord, Provenance } from '../record/record.ts';
import type { CheckResult, Finding } from '../score/types.ts';
import type { SqlDriver } from './sql.ts';

/** `channel:platformUserId`, e.g. `lark:ou_123`, so one person on two platforms is two users until linked. */
export interface User {
  id: string;
  channel: ChannelName;
  name: string | null;
  department: string | null;
  isAdmin: boolean;
  createdAt: Date;
}

export type UploadStatus = 'received' | 'parsed' | 'failed';

export interface Upload {
  id: string;
  userId: string;
  name: string;
  mime: string | null;
  size: number;
  sha256: string;
  status: UploadStatus;
  /** The Chinese message the user saw when parsing failed. */
  error: string | null;
  createdAt: Date;
}

/** Who made a record version or a field change. */
/** `survey`: a satisfaction survey's result written at its close (src/survey/). */
export type ChangeSource = 'reader' | 'llm' | 'user' | 'survey';

export interface FieldChange {
  /** Record field path: `owner`, `funds.total.executed`, `indicators[3].score`. */
  path: string;
  oldValue: unknown;
  newValue: unknown;
}

export interface StoredFieldChange extends FieldChange {
  formId: string;
  version: number;
  source: ChangeSource;
  byUser: string | null;
  createdAt: Date;
}

export interface FormVersion {
  formId: string;
  version: number;
  record: FormRecord;
  provenance: Provenance;
  check: CheckResult;
  source: ChangeSource;
  byUser: string | null;
  createdAt: Date;
}

/** A form with its latest version. */
export interface StoredForm extends FormVersion {
  ownerId: string;
  uploadId: string | null;
  /** Index of the form inside its upload (multi-form documents). */
  formIndex: number;
  projectName: string | null;
  department: string | null;
  year: number | null;
}

export interface FormSummary {
  id: string;
  ownerId: string;
  projectName: string | null;
  department: string | null;
  year: number | null;
  version: number;
  totalComputed: number | null;
  grade: string | null;
  errorCount: number;
  missingCount: number;
  updatedAt: Date;
}

export interface NewForm {
  ownerId: string;
  uploadId?: string | null;
  formIndex?: number;
  record: FormRecord;
  provenance: Provenance;
  check: CheckResult;
  source: ChangeSource;
  byUser?: string | null;
}

export interface NewVersion {
  formId: string;
  /** The version this change was based on; a concurrent writer makes the save fail with VersionConflict. */
  baseVersion: number;
  record: FormRecord;
  provenance: Provenance;
  check: CheckResult;
  changes: FieldChange[];
  source: ChangeSource;
  byUser?: string | null;
}

export interface Conversation<S = unknown> {
  key: string;
  state: S;
  /** Bumped on every save; a save with a stale revision fails with VersionConflict. */
  revision: number;
  updatedAt: Date;
}

export type ReminderStatus = 'pending' | 'claimed' | 'sent' | 'failed' | 'cancelled';

/** Everything jixiao keeps. One implementation over SQL (`sql-store.ts`) serves PGlite and PostgreSQL. */
export interface Store {
  readonly driver: SqlDriver['kind'];

  upsertUser(user: { id: string; channel: ChannelName; name?: string | null }): Promise<User>;
  getUser(id: string): Promise<User | null>;
  setUserDepartment(id: string, department: string | null, isAdmin?: boolean): Promise<void>;

  /**
   * Stores the bytes before any processing; the same bytes from the same user return the earlier upload. A new file
   * over the user's daily quota is refused (AppError UPLOAD_QUOTA) and nothing is stored.
   */
  saveUpload(upload: { userId: string; name: string; mime?: string | null; bytes: Uint8Array }): Promise<{
    upload: Upload;
    duplicate: boolean;
  }>;
  getUpload(id: string): Promise<Upload | null>;
  /** The file's bytes; null once the retention period dropped them (the upload row and its forms stay). */
  getUploadBytes(id: string): Promise<Uint8Array | null>;
  /** Throws AppError UPLOAD_QUOTA when a new file of `size` bytes would exceed the user's daily quota. */
  checkUploadQuota(userId: string, size: number): Promise<void>;
  /** Drops the bytes of uploads made before `before`, keeping their rows and forms; returns how many. */
  purgeUploadBytes(before: Date): Promise<number>;
  setUploadStatus(id: string, status: UploadStatus, error?: string | null): Promise<void>;

  createForm(form: NewForm): Promise<StoredForm>;
  /** All forms of one upload in one transaction, in order. */
  createForms(forms: NewForm[]): Promise<StoredForm[]>;
  /** Appends a version with its field changes and replaces the form's findings. */
  saveVersion(version: NewVersion): Promise<StoredForm>;
  getForm(id: string): Promise<StoredForm | null>;
  /** These forms (those that exist, in no particular order), of `ownerId` only when given: one query for many. */
  getForms(ids: string[], ownerId?: string): Promise<StoredForm[]>;
  listForms(filter: {
    ownerId?: string;
    uploadId?: string;
    department?: string;
    year?: number;
    limit?: number;
  }): Promise<FormSummary[]>;
  getVersions(formId: string): Promise<FormVersion[]>;
  getChanges(formId: string): Promise<StoredFieldChange[]>;
  /** Findings of the latest version. */
  getFindings(formId: string): Promise<Finding[]>;

  getConversation<S>(key: string): Promise<Conversation<S> | null>;
  /** `expectedRevision` 0 creates; otherwise it must match the stored revision. */
  saveConversation<S>(key: string, state: S, expectedRevision: number): Promise<Conversation<S>>;
  deleteConversation(key: string): Promise<void>;

  /** True for the one caller that records this event id first; everyone else must drop the event. */
  claimEvent(eventId: string, at?: Date): Promise<boolean>;
  /** Forgets event ids seen before `before`; returns how many. */
  purgeEvents(before: Date): Promise<number>;

  /** The SQL driver, for areas with their own tables (reminders). */
  readonly sql: SqlDriver;
  close(): Promise<void>;
}
