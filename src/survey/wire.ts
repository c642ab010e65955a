import type { BotDeps } from '../bot/bot.ts';
import type { Channel } from '../channels/channel.ts';
import { log } from '../log.ts';
import { viewerOf } from '../query/answer.ts';
import { currentUserRecipient } from '../remind/planner.ts';
import { deliverVia } from '../remind/serve-hooks.ts';
import { checkRecord } from '../score/check.ts';
import type { SqlExecutor } from '../store/sql.ts';
import type { Store } from '../store/store.ts';
import { createSurveyCommands } from './commands.ts';
import { loadSurveyConfig, type SurveyConfig } from './config.ts';
import { createSurveyHttp, SURVEY_PREFIX } from './http.ts';
import { surveyQuestion } from './query.ts';
import { createSurveyService, type SurveyService } from './service.ts';

type Env = Record<string, string | undefined>;
const LIST_LIMIT = 5000;

/** The survey service and its chat commands, from the environment (`serve` and `jixiao chat`). */
export function createSurveys(store: Store, env: Env) {
  const config = loadSurveyConfig(env);
  const service = createSurveyService({
    store,
    check: checkRecord,
    config,
    logger: log.child({ module: 'survey' }),
  });
  const hook = createSurveyCommands(service, {
    getForm: (id) => store.getForm(id),
    listForms: async (user) =>
      (
        await store.listForms(user.isAdmin ? { limit: LIST_LIMIT } : { ownerId: user.id, limit: LIST_LIMIT })
      ).map((f) => ({ id: f.id, projectName: f.projectName })),
  });
  return { config, service, hook };
}

/** The portfolio questions about surveys answered first (src/survey/query.ts), the rest by the query parser. */
export function withSurveyQuestions(
  store: Store,
  deps: Partial<BotDeps>,
  admins: Set<string>,
): Partial<BotDeps> {
  const base = deps.answerQuestion;
  if (!base) return deps;
  return {
    ...deps,
    answerQuestion: async (text, user, chat) =>
      (await surveyQuestion(store.sql, text, viewerOf(user, admins))) ?? base(text, user, chat),
  };
}

/** The public pages for the web channel. */
export function surveyPages(service: SurveyService, config: SurveyConfig) {
  const http = createSurveyHttp({
    surveys: service.surveys,
    config,
    logger: log.child({ module: 'survey-web' }),
  });
  return { prefix: SURVEY_PREFIX, handle: http.handle };
}

/**
 * Closes surveys at their end (every minute; each closed once across replicas) and tells their owners, at the address
 * they have now (a new Lark app changes it; see currentUserRecipient).
 */
export function startSurveyCloser(
  service: SurveyService,
  channels: Channel[],
  sql: SqlExecutor,
  everyMs = 60_000,
) {
  const logger = log.child({ module: 'survey' });
  const deliver = deliverVia(channels);
  let running: Promise<unknown> | undefined;
  const run = () => {
    running = service
      .closeDue(async (ownerId, reply) => {
        const to = await currentUserRecipient(sql, ownerId);
        if (to) await deliver(to, reply);
      })
      .catch((err: unknown) => logger.error({ err }, 'closing surveys failed'));
  };
  const timer = setInterval(run, everyMs);
  timer.unref();
  run();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
