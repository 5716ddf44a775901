import assert from 'node:assert/strict';
import { chineseCounting, formatNumber } from '../../server/src/docx/read/number-formats';

describe('Word list number formats', () => {
  it('chineseCounting reads as Chinese reports write numbers', () => {
    const cases: [number, string][] = [[1, '一'], [9, '九'], [10, '十'], [11, '十一'], [20, '二十'], [21, '二十一'], [99, '九十九'], [100, '一百'], [105, '一百零五'], [110, '一百一十'], [1000, '一千']];
    for (const [n, s] of cases) assert.equal(chineseCounting(n), s, String(n));
  });
  it('every format Chinese documents use', () => {
    const cases: [string, number, string][] = [
      ['decimal', 12, '12'],
      ['japaneseCounting', 3, '三'],
      ['taiwaneseCountingThousand', 12, '十二'],
      ['chineseCountingThousand', 4, '四'],
      ['chineseLegalSimplified', 3, '叁'],
      ['chineseLegalSimplified', 10, '壹拾'],
      ['ideographTraditional', 2, '乙'],
      ['ideographZodiac', 3, '寅'],
      ['ideographDigital', 2023, '二〇二三'],
      ['decimalEnclosedCircle', 3, '③'],
      ['decimalEnclosedCircleChinese', 3, '③'],
      ['decimalEnclosedParen', 2, '⑵'],
      ['decimalFullWidth', 7, '７'],
      ['decimalZero', 7, '07'],
      ['upperRoman', 14, 'XIV'],
      ['lowerLetter', 28, 'bb'],
      ['bullet', 1, ''],
      ['none', 1, ''],
      ['somethingNew', 5, '5'],
    ];
    for (const [fmt, n, s] of cases) assert.equal(formatNumber(n, fmt), s, `${fmt} ${n}`);
  });
});
