/**
 * Occurrences of an element's start tag (`<w:tr>`, `<w:tr w:rsidR=…>`, but not `<w:trPr>`) in UTF-8 XML bytes:
 * lets a reader refuse an oversized part before decoding and parsing it.
 */
export function countTags(xml: Uint8Array, name: string): number {
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  let n = 0;
  for (const needle of [`<${name}>`, `<${name} `]) {
    for (let i = bytes.indexOf(needle); i !== -1; i = bytes.indexOf(needle, i + needle.length)) n++;
  }
  return n;
}
