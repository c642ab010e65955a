import type { ChannelName } from '../bot/messages.ts';

export interface DirectoryDepartment {
  id: string;
  parentId: string | null;
  name: string;
}

export interface DirectoryMember {
  /** Survives a new app: Lark union_id; WeCom/DingTalk userid. */
  stableId: string;
  /** What messages carry and pushes take: Lark open_id (of this app); WeCom/DingTalk userid. */
  platformId: string;
  name: string | null;
  /** Main department; null when the platform lists none. */
  deptId: string | null;
}

export interface DirectorySnapshot {
  departments: DirectoryDepartment[];
  members: DirectoryMember[];
}

/** One platform's contact API, read whole: every department the app can see and every member in them. */
export interface DirectorySource {
  readonly channel: ChannelName;
  fetch(): Promise<DirectorySnapshot>;
}
