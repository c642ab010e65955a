import type { ChatRef } from '../bot/messages.ts';
import type { ExportFile, FormDetail, ProjectSummary, WebApi } from '../channels/web/channel.ts';
import { DOCX_MIME } from '../export/docx.ts';
import type { Exporter } from '../export/exporter.ts';
import { describePath, SEVERITY_ZH } from '../export/summary.ts';
import { type Evidence, XLSX_MIME } from '../export/xlsx.ts';
import type { Store, StoredForm } from '../store/store.ts';

/** Rows of the portfolio list the page shows. */
const MAX_FORMS = 500;

/** The store user behind a web chat: the bot names users `channel:platformUserId`. */
const ownerOf = (chat: ChatRef) => `${chat.channel}:${chat.chatId}`;

function fileName(forms: StoredForm[], ext: string): string {
  const only = forms.length === 1 ? forms[0]?.record.projectName?.trim() : '';
  return `${only || `自评表${forms.length}张`}-检查结果.${ext}`;
}

/** The page's portfolio, form details and exports, read from the store for the chat's own user only. */
export function createWebApi(
  store: Store,
  exporter: Exporter,
  /** Evidence behind values of these forms (satisfaction surveys), attached to the export on its own sheets. */
  evidenceOf?: (formIds: string[]) => Promise<Map<string, Evidence[]>>,
): WebApi {
  async function ownForm(chat: ChatRef, id: string): Promise<StoredForm | null> {
    const form = await store.getForm(id);
    return form && form.ownerId === ownerOf(chat) ? form : null;
  }

  /**
   * The chat's own forms among `ids` (all of them when empty; one past the cap, so the cap refuses instead of
   * cutting), in upload order, then form order inside the upload: the export reads like the files that came in.
   */
  async function ownForms(chat: ChatRef, ids: string[]): Promise<StoredForm[]> {
    const wanted =
      ids.length > 0
        ? ids
        : (
            await store.listForms({
              ownerId: ownerOf(chat),
              limit: exporter.gate.config.JIXIAO_EXPORT_MAX_FORMS + 1,
            })
          )
            .map((f) => f.id)
            .reverse();
    // A few queries of 50, not one per form: a query per form (or one of hundreds of records) held the embedded
    // database long enough for /healthz, queued behind them, to time out.
    const forms: StoredForm[] = [];
    for (let i = 0; i < wanted.length; i += 50) {
      forms.push(...(await store.getForms(wanted.slice(i, i + 50), ownerOf(chat))));
    }
    const place = new Map(wanted.map((id, i) => [id, i]));
    forms.sort((a, b) => (place.get(a.formId) ?? 0) - (place.get(b.formId) ?? 0));
    const uploaded = new Map<string, number>();
    for (const id of new Set(forms.flatMap((f) => (f.uploadId ? [f.uploadId] : [])))) {
      uploaded.set(id, (await store.getUpload(id))?.createdAt.getTime() ?? 0);
    }
    const at = (f: StoredForm) => (f.uploadId ? (uploaded.get(f.uploadId) ?? 0) : f.createdAt.getTime());
    return forms.sort((a, b) => at(a) - at(b) || a.formIndex - b.formIndex);
  }

  return {
    async projects(chat): Promise<ProjectSummary[]> {
      const forms = await store.listForms({ ownerId: ownerOf(chat), limit: MAX_FORMS });
      return forms.map((f) => ({
        id: f.id,
        projectName: f.projectName,
        year: f.year,
        totalComputed: f.totalComputed,
        grade: f.grade,
        errorCount: f.errorCount,
        missingCount: f.missingCount,
        updatedAt: f.updatedAt.toISOString(),
      }));
    },

    async form(chat, id): Promise<FormDetail | null> {
      const form = await ownForm(chat, id);
      if (!form) return null;
      const { record, check } = form;
      return {
        formId: form.formId,
        version: form.version,
        projectName: record.projectName,
        year: record.year,
        score: check.score,
        findings: check.findings.map((f) => ({
          severity: SEVERITY_ZH[f.severity],
          where: describePath(record, f.path),
          message: f.message,
        })),
        missing: check.missing.map((m) => m.label),
      };
    },

    async exportForms(chat, formIds, format, client): Promise<ExportFile | null> {
      const asked = [...new Set(formIds)];
      // Refused from the request alone: thousands of ids are not looked up first.
      exporter.gate.checkCount(asked.length);
      let sorted: StoredForm[] = [];
      const made = await exporter.export(
        { userId: ownerOf(chat), address: client.address },
        format,
        async () => {
          sorted = await ownForms(chat, asked);
          // Changed cells are marked in the file, with the value first read in a note.
          const evidence = (await evidenceOf?.(sorted.map((f) => f.formId))) ?? new Map<string, Evidence[]>();
          return Promise.all(
            sorted.map(async (f) => ({
              record: f.record,
              check: f.check,
              changes: await store.getChanges(f.formId),
              ...(evidence.has(f.formId) ? { evidence: evidence.get(f.formId) } : {}),
            })),
          );
        },
      );
      if (!made) return null;
      return format === 'docx'
        ? { name: fileName(sorted, 'docx'), mime: DOCX_MIME, bytes: made.bytes }
        : { name: fileName(sorted, 'xlsx'), mime: XLSX_MIME, bytes: made.bytes };
    },
  };
}
