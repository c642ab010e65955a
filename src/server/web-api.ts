import type { ChatRef } from '../bot/messages.ts';
import type { ExportFile, FormDetail, ProjectSummary, WebApi } from '../channels/web/channel.ts';
import { DOCX_MIME, exportDocx } from '../export/docx.ts';
import { describePath, SEVERITY_ZH } from '../export/summary.ts';
import { exportXlsx, XLSX_MIME } from '../export/xlsx.ts';
import type { Store, StoredForm } from '../store/store.ts';

const MAX_FORMS = 500;

/** The store user behind a web chat: the bot names users `channel:platformUserId`. */
const ownerOf = (chat: ChatRef) => `${chat.channel}:${chat.chatId}`;

function fileName(forms: StoredForm[], ext: string): string {
  const only = forms.length === 1 ? forms[0]?.record.projectName?.trim() : '';
  return `${only || `自评表${forms.length}张`}-检查结果.${ext}`;
}

/** The page's portfolio, form details and exports, read from the store for the chat's own user only. */
export function createWebApi(store: Store): WebApi {
  async function ownForm(chat: ChatRef, id: string): Promise<StoredForm | null> {
    const form = await store.getForm(id);
    return form && form.ownerId === ownerOf(chat) ? form : null;
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

    async exportForms(chat, formIds, format): Promise<ExportFile | null> {
      const ids =
        formIds.length > 0
          ? formIds
          : (await store.listForms({ ownerId: ownerOf(chat), limit: MAX_FORMS })).map((f) => f.id).reverse();
      const forms = (await Promise.all(ids.map((id) => ownForm(chat, id)))).filter(
        (f): f is StoredForm => !!f,
      );
      if (forms.length === 0) return null;
      // Upload order, then form order inside the upload: the export reads like the files that came in.
      const uploaded = new Map<string, number>();
      for (const id of new Set(forms.flatMap((f) => (f.uploadId ? [f.uploadId] : [])))) {
        uploaded.set(id, (await store.getUpload(id))?.createdAt.getTime() ?? 0);
      }
      const at = (f: StoredForm) => (f.uploadId ? (uploaded.get(f.uploadId) ?? 0) : f.createdAt.getTime());
      forms.sort((a, b) => at(a) - at(b) || a.formIndex - b.formIndex);
      const input = forms.map((f) => ({ record: f.record, check: f.check }));
      return format === 'docx'
        ? { name: fileName(forms, 'docx'), mime: DOCX_MIME, bytes: await exportDocx(input) }
        : { name: fileName(forms, 'xlsx'), mime: XLSX_MIME, bytes: await exportXlsx(input) };
    },
  };
}
