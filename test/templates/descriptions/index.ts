import type { TemplateDescription, TemplateId } from '../layout.ts';
import { beijing2016 } from './beijing-2016.ts';
import { hebei } from './hebei.ts';
import { mof2020 } from './mof-2020.ts';
import { shanghai } from './shanghai.ts';
import { sichuan2023 } from './sichuan-2023.ts';
import { sichuanLinkage } from './sichuan-linkage.ts';
import { yunnanBaoshan } from './yunnan-baoshan.ts';
import { yunnanPublic14 } from './yunnan-public-14.ts';

/** Every template of ../shared/docs/TEMPLATES.md, in a fixed order (the order fixes the example seeds). */
export const TEMPLATES: readonly TemplateDescription[] = [
  mof2020,
  shanghai,
  yunnanPublic14,
  sichuan2023,
  sichuanLinkage,
  yunnanBaoshan,
  hebei,
  beijing2016,
];

export function templateById(id: TemplateId): TemplateDescription {
  const found = TEMPLATES.find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}
