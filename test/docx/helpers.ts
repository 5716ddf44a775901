// Helpers for the Word tests: .docx fixtures built with the docx library (the same way Word
// stores automatic numbering and heading styles) and a look inside a package's XML parts.
import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, AlignmentType, type ISectionOptions } from 'docx';
import { strFromU8, unzipSync } from 'fflate';

/** Parts of a .docx as text. */
export function parts(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

/** The numbering of Chinese reports as a Word list: 一、 （一） 1. （1）. */
export const reportNumbering = {
  config: [
    {
      reference: 'report',
      levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
        { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
        { level: 3, format: LevelFormat.DECIMAL, text: '（%4）', alignment: AlignmentType.LEFT },
      ],
    },
  ],
};

/** A heading numbered automatically at `level` (0 = 一、) with a Word heading style. */
export function numberedHeading(text: string, level: 0 | 1 | 2 | 3): Paragraph {
  const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][level];
  return new Paragraph({ text, heading, numbering: { reference: 'report', level } });
}

export async function buildDocx(children: ISectionOptions['children'], extra: Partial<ConstructorParameters<typeof Document>[0]> = {}): Promise<Uint8Array> {
  const doc = new Document({ numbering: reportNumbering, ...extra, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
