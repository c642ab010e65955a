import { ExportPool } from './export-pool.ts';
import { type ExportConfig, ExportGate, type ExportRequester, loadExportConfig } from './limits.ts';
import type { ExportFormat } from './render.ts';
import type { ExportForm } from './xlsx.ts';

/** Exports for `serve` and `jixiao chat`: admitted by the gate's limits, rendered in worker threads. */
export interface Exporter {
  readonly gate: ExportGate;
  /**
   * Admits the request (or throws ExportLimited), then `load`s its forms and renders them. `load` runs inside the
   * admission because reading hundreds of forms from the store is part of the cost being limited.
   */
  export(
    who: ExportRequester,
    format: ExportFormat,
    load: () => Promise<ExportForm[]>,
  ): Promise<{ bytes: Uint8Array; count: number } | null>;
  close(): Promise<void>;
}

export function createExporter(env: Record<string, string | undefined>, config?: ExportConfig): Exporter {
  const settings = config ?? loadExportConfig(env);
  const gate = new ExportGate(settings);
  const pool = new ExportPool(settings.JIXIAO_EXPORT_WORKERS, settings.JIXIAO_EXPORT_TIMEOUT_SEC * 1000);
  return {
    gate,
    export: (who, format, load) =>
      gate.run(who, async () => {
        const forms = await load();
        if (forms.length === 0) return null;
        gate.checkCount(forms.length);
        return { bytes: await pool.render(format, forms), count: forms.length };
      }),
    close: () => pool.close(),
  };
}
