/**
 * WeCom callbacks are flat XML documents whose strings are CDATA sections. A full XML parser is not needed: each
 * top-level element is read in order; a CDATA section is consumed whole, so markup typed by a user inside <Content>
 * cannot pose as another field.
 */
const ELEMENT = /<([A-Za-z_][\w.-]*)>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))<\/\1>/g;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decodeEntities = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return Number.isFinite(code) ? String.fromCodePoint(code) : m;
  });

/** The first occurrence of each element directly inside <xml>…</xml>, as strings. */
export function readXmlFields(xml: string): Record<string, string> {
  const body = /<xml>([\s\S]*)<\/xml>/.exec(xml)?.[1];
  if (body === undefined) return {};
  const fields: Record<string, string> = {};
  for (const m of body.matchAll(ELEMENT)) {
    const name = m[1]!;
    if (name in fields) continue;
    fields[name] = m[2] !== undefined ? m[2] : decodeEntities(m[3] ?? '');
  }
  return fields;
}

/** `]]>` cannot appear inside a CDATA section: it is split across two sections. */
export const cdata = (s: string) => `<![CDATA[${s.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

/** A flat <xml> document; numbers are written bare, strings as CDATA. */
export function writeXml(fields: Record<string, string | number>): string {
  const inner = Object.entries(fields)
    .map(([k, v]) => `<${k}>${typeof v === 'number' ? v : cdata(v)}</${k}>`)
    .join('');
  return `<xml>${inner}</xml>`;
}
