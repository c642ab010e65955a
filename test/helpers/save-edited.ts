import type { FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import type { Store } from '../../src/store/store.ts';

/** A new version of a stored form, its record changed by `edit` and checked again, saved as the user's. */
export async function saveEdited(store: Store, formId: string, edit: (r: FormRecord) => void): Promise<void> {
  const form = await store.getForm(formId);
  const record = structuredClone(form!.record);
  edit(record);
  await store.saveVersion({
    formId,
    baseVersion: form!.version,
    record,
    provenance: {},
    check: checkRecord(record),
    changes: [],
    source: 'user',
  });
}
