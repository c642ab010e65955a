import { describe, it } from 'vitest';

/**
 * A suite that needs a service the machine may lack (PostgreSQL, Chromium, LibreOffice): registered in full when the
 * service is there; otherwise one skipped test whose name says why. A fresh clone on a bare machine thus reports one
 * skip per suite rather than one per test, and no test passes without having checked something.
 */
export function describeWhen(available: boolean, name: string, body: () => void): void {
  if (available) describe(name, body);
  else it.skip(name, () => {});
}
