// A thin wrapper over saxes (a strict, non-validating XML parser that never expands external
// entities or DTD-defined ones), reporting malformed XML as a DocxError. Elements are matched by
// their qualified names ("w:p"): Word, WPS, LibreOffice and the docx library all write the
// WordprocessingML namespace with the "w" prefix.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { DocxError } from './errors';

export type Attrs = Record<string, string>;

export interface XmlHandlers {
  open(name: string, attrs: Attrs): void;
  close?(name: string): void;
  text?(text: string): void;
}

const decoder = new TextDecoder('utf-8');

export function parseXml(part: string, bytes: Uint8Array, h: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (t: SaxesTagPlain) => h.open(t.name, t.attributes as Attrs));
  if (h.close) {
    const close = h.close;
    parser.on('closetag', (t) => close(t.name));
  }
  if (h.text) parser.on('text', h.text);
  try {
    parser.write(decoder.decode(bytes)).close();
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError(`文件已损坏：${part} 不是有效的 XML (corrupt ${part}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
}

/** Word's on/off values: absent val, "1", "true", "on" are on. */
export function isOn(attrs: Attrs): boolean {
  const v = attrs['w:val'];
  return v === undefined || v === '1' || v === 'true' || v === 'on';
}

export function intAttr(attrs: Attrs, name = 'w:val'): number | undefined {
  const v = attrs[name];
  if (v === undefined || !/^-?\d+$/.test(v)) return undefined;
  return Number(v);
}
