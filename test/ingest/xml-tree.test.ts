import { describe, expect, it } from 'vitest';
import {
  attrOf,
  childOf,
  decodeEntities,
  parseXmlTree,
  type XElement,
  XmlError,
  type XmlTreeOptions,
} from '../../src/ingest/xml-tree.ts';

const OPTIONS: XmlTreeOptions = {
  textOf: new Set(['t']),
  skip: new Set(['skip']),
  attrsOf: new Set(['a', 't']),
  maxDepth: 10,
  maxChars: 10_000,
};

const parse = (xml: string, options: Partial<XmlTreeOptions> = {}) =>
  parseXmlTree(new TextEncoder().encode(xml), { ...OPTIONS, ...options });

/** The tree as `name[children]` with text, for compact expectations. */
function shape(element: XElement): string {
  const inner = element.children.map(shape).join(',');
  return `${element.name}${element.text ? `"${element.text}"` : ''}${inner ? `[${inner}]` : ''}`;
}

function failure(xml: string, options: Partial<XmlTreeOptions> = {}): XmlError {
  try {
    parse(xml, options);
  } catch (err) {
    if (err instanceof XmlError) return err;
    throw err;
  }
  throw new Error('parsed without an error');
}

describe('parseXmlTree', () => {
  it('builds the elements in order, with text only in text elements', () => {
    const root = parse(
      '<?xml version="1.0"?><doc><p>ignored<t>一</t><t xml:space="preserve"> 二 </t></p><e/></doc>',
    );
    expect(shape(root)).toBe('[doc[p[t"一",t" 二 "],e]]');
  });

  it('decodes entities and character references in text and attributes', () => {
    const root = parse('<t a="x&amp;y">&lt;&#20013;&#x6587;&gt; &quot;&apos; &bogus; &#xD800;</t>');
    const t = root.children[0]!;
    expect(t.text).toBe(`<中文> "' &bogus; &#xD800;`);
    expect(attrOf(t, 'a')).toBe('x&y');
  });

  it('keeps CDATA as it is and passes over comments and processing instructions', () => {
    const root = parse('<t><![CDATA[a<b>&amp;]]><!-- <t>not text</t> --><?pi x?>c</t>');
    expect(root.children[0]!.text).toBe('a<b>&amp;c');
  });

  it('finds the end of a tag past a > inside a quoted attribute', () => {
    const root = parse(`<a k="1>2" w:val='x>y'><b/></a>`);
    expect(attrOf(root.children[0]!, 'w:val')).toBe('x>y');
    expect(attrOf(root.children[0]!, 'k')).toBe('1>2');
    expect(shape(root)).toBe('[a[b]]');
  });

  it('reads an attribute only by its whole name, and only for the elements asked for', () => {
    const root = parse(`<a xw:val="no" k='w:val="no"' w:val = "yes"/><b w:val="kept?"/>`);
    expect(attrOf(root.children[0]!, 'w:val')).toBe('yes');
    expect(attrOf(root.children[0]!, 'k')).toBe('w:val="no"');
    expect(attrOf(root.children[0]!, 'val')).toBeUndefined();
    expect(root.children[1]!.attrs).toBe('');
  });

  it('drops skipped elements with everything in them, nested ones included', () => {
    const root = parse('<doc><skip><skip><t>x</t></skip><t>y</t></skip><t>z</t><skip/></doc>');
    expect(shape(root)).toBe('[doc[t"z"]]');
    expect(childOf(root.children[0]!, 't')?.text).toBe('z');
  });

  it('refuses broken documents with the kind of fault', () => {
    expect(failure('<a><b></a>').kind).toBe('malformed');
    expect(failure('<a>').kind).toBe('malformed');
    expect(failure('<a><skip>').kind).toBe('malformed');
    expect(failure('</a>').kind).toBe('malformed');
    expect(failure('<a b="').kind).toBe('malformed');
    expect(failure('<a><!-- x').kind).toBe('malformed');
    expect(failure('<a <b/></a>').kind).toBe('malformed');
    expect(failure('<!DOCTYPE a [<!ENTITY x "y">]><a/>').kind).toBe('declaration');
    expect(failure(`${'<a>'.repeat(11)}${'</a>'.repeat(11)}`).kind).toBe('too-deep');
    expect(failure(`<t>${'x'.repeat(200)}</t>`, { maxChars: 100 }).kind).toBe('too-large');
  });

  it('reads multi-byte text split anywhere between tags', () => {
    const text = '项目支出绩效自评表'.repeat(50);
    expect(parse(`<t>${text}</t>`).children[0]!.text).toBe(text);
  });
});

describe('decodeEntities', () => {
  it('leaves text without entities untouched and rejects out-of-range code points', () => {
    expect(decodeEntities('plain')).toBe('plain');
    expect(decodeEntities('&#1114112;&#0;&#65;')).toBe('&#1114112;&#0;A');
  });
});
