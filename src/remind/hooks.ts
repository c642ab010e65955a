import type { Logger } from 'pino';
import type { ChatRef, Reply } from '../bot/messages.ts';
import type { StructuredLlm } from '../llm/client.ts';
import { createAnswerMessage, viewerOf } from '../query/answer.ts';
import type { QuestionChat } from '../query/context.ts';
import type { Store, User } from '../store/store.ts';
import { ENGLISH_REMINDER, reminderCommand } from './commands.ts';
import type { RemindConfig } from './config.ts';

export interface HookDeps {
  store: Store;
  logger: Logger;
  config: RemindConfig;
  llm?: StructuredLlm | null;
  admins?: Set<string>;
  clock?: () => Date;
  rowLimit?: number;
  /** Build the name indexes in the background now (QuestionDeps.warmNames). */
  warmNames?: boolean;
}

/** The bot's `answerQuestion` and `reminders` hooks; English reminder commands reach the question hook first. */
export function createPortfolioHooks(deps: HookDeps): {
  answerQuestion: (text: string, user: User, chat?: QuestionChat) => Promise<Reply | Reply[]>;
  reminders: (text: string, user: User, chat: ChatRef) => Promise<Reply>;
} {
  const admins = deps.admins ?? new Set<string>();
  const clock = deps.clock ?? (() => new Date());
  const answer = createAnswerMessage({ ...deps, admins, clock });
  const reminders = (text: string, user: User, chat: ChatRef | null) =>
    reminderCommand(deps.store.sql, viewerOf(user, admins), chat, text, clock(), deps.config);
  return {
    answerQuestion: (text, user, chat) =>
      ENGLISH_REMINDER.test(text) ? reminders(text, user, null) : answer(text, user, chat),
    reminders,
  };
}
