import { loadCoreConfig } from '../config.ts';
import { openStore, storeOptionsFrom } from '../store/open.ts';
import { KIND_LABEL, shanghaiDate } from './calendar.ts';
import { loadRemindConfig } from './config.ts';
import {
  computePlan,
  effectiveDeadlines,
  type PlannedReminder,
  rescheduleMoved,
  savePlan,
} from './planner.ts';

const USAGE = `用法：jixiao remind [--dry-run] [--now 2026-03-01T09:00:00+08:00] [--all]
  --dry-run  只打印将在何时给谁发送什么提醒，不写入
  （不带 --dry-run：把提醒写入计划表；发送由 jixiao serve 完成）
  --now      以此时间计算（检查日历用）
  --all      列出每位收件人（默认每个发送时间最多 10 位）`;

const time = (d: Date) =>
  `${shanghaiDate(d)} ${new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(11, 16)}`;

function render(plan: PlannedReminder[], all: boolean): string {
  const groups = new Map<string, PlannedReminder[]>();
  for (const p of plan) {
    const key = `${time(p.sendAt)}  T-${p.leadDays}  ${p.deadline.year}年度${KIND_LABEL[p.deadline.kind]}（截止 ${p.deadline.dueDate}${p.deadline.department ? `，${p.deadline.department}` : ''}）`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const lines: string[] = [];
  for (const [key, items] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${key}：${items.length} 条`);
    for (const p of all ? items : items.slice(0, 10)) lines.push(`    → ${p.recipientKey}`);
    if (!all && items.length > 10) lines.push(`    … 另有 ${items.length - 10} 位`);
  }
  return lines.join('\n');
}

/** `jixiao remind`: prints (or writes) the reminder schedule the calendar and the stored forms call for. */
export async function runRemind(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const nowArg = args[args.indexOf('--now') + 1];
  const now = args.includes('--now') && nowArg ? new Date(nowArg) : new Date();
  if (Number.isNaN(now.getTime())) {
    process.stderr.write(`--now 不是有效的时间：${nowArg}\n${USAGE}\n`);
    return 2;
  }
  const config = loadRemindConfig();
  const store = await openStore(storeOptionsFrom(loadCoreConfig()));
  try {
    const deadlines = (await effectiveDeadlines(store.sql, now, config)).filter((d) => d.dueAt > now);
    process.stdout.write(
      `计算时间：${time(now)}（北京时间）；提前 ${config.leadDays.join('、')} 天，${config.sendTime} 发送\n`,
    );
    process.stdout.write('截止日期：\n');
    for (const d of deadlines) {
      process.stdout.write(
        `  ${d.dueDate}  ${d.year}年度${KIND_LABEL[d.kind]}  ${d.department ?? '全部部门'}  ${d.source === 'override' ? '管理员设置' : '默认'}\n`,
      );
    }
    const plan = await computePlan(store.sql, now, config);
    process.stdout.write(
      `将发送的提醒（${plan.length} 条）：\n${render(plan, args.includes('--all')) || '  （无）'}\n`,
    );
    if (!args.includes('--dry-run')) {
      await rescheduleMoved(store.sql, now, config);
      const added = await savePlan(store.sql, plan);
      process.stdout.write(`已写入计划表：新增 ${added} 条。\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
