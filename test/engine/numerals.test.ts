import { strict as assert } from 'node:assert';
import { nextNumber, numberRead, toHalfWidthDigits } from '../../server/src/engine/text/numerals';

// Every number the engine reads goes through nextNumber; these helpers read through it the way
// figure extraction does.

/** The numbers in `s`, left to right: [text, value, start, end] and whether each is an estimate. */
function scan(s: string, chinese = true): { text: string; value: number; start: number; end: number; approx: boolean }[] {
  const out = [];
  const n = numberRead();
  for (let i = 0; nextNumber(s, i, chinese, n); i = n.resume) out.push({ text: s.slice(n.start, n.end), value: n.value, start: n.start, end: n.end, approx: n.approx });
  return out;
}

/** The value when the whole of `s` (trimmed) is read as one exact number, else null. */
function whole(s: string, chinese = true): number | null {
  const t = s.trim();
  const [first] = scan(t, chinese);
  return first && first.start === 0 && first.end === t.length && !first.approx ? first.value : null;
}

describe('numerals: an Arabic number read whole', () => {
  const cases: [string, number | null][] = [
    ['12', 12],
    ['0', 0],
    ['3,500', 3500],
    ['12,345,678', 12345678],
    ['1.2', 1.2],
    ['95.5', 95.5],
    ['１２', 12],
    ['１２．５', 12.5],
    ['1.2万', 12000],
    ['3万', 30000],
    ['2.5亿', 250000000],
    ['1.5万亿', 1500000000000],
    ['0.35万', 3500],
    ['2022.8.26', null], // a date, not a number
    ['1,2', null], // a list, not a thousands separator
    ['12件', null],
    ['abc', null],
    ['', null],
  ];
  for (const [s, v] of cases) it(`${JSON.stringify(s)} → ${v}`, () => assert.equal(whole(s, false), v));
});

describe('numerals: a Chinese numeral read whole', () => {
  const cases: [string, number | null][] = [
    ['〇', 0],
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百二十', 120],
    ['一百零五', 105],
    ['两千', 2000],
    ['一千零五', 1005],
    ['三万五千', 35000],
    ['三万五', 35000], // colloquial: the digit after 万 counts thousands
    ['一百五', 150],
    ['十万', 100000],
    ['一亿两千万', 120000000],
    ['五亿三千万', 530000000],
    ['二〇二二', 2022],
    ['二〇〇八', 2008],
    ['十四五', null], // 十四五规划 is a name, not a number
    ['千百', null],
    ['百', null],
    ['三四', null], // an estimate (three or four), not 34
    ['十十', null],
    ['万万', null],
    ['一x', null],
    ['', null],
  ];
  for (const [s, v] of cases) it(`${JSON.stringify(s)} → ${v}`, () => assert.equal(whole(s), v));
});

describe('numerals: Arabic and Chinese', () => {
  it('reads either script', () => {
    assert.equal(whole('1.2万'), 12000);
    assert.equal(whole('一百二十'), 120);
    assert.equal(whole(' 3,500 '), 3500);
    assert.equal(whole('件'), null);
  });
  it('toHalfWidthDigits keeps the length', () => {
    const s = '共１２．５万元';
    assert.equal(toHalfWidthDigits(s), '共12.5万元');
    assert.equal(toHalfWidthDigits(s).length, s.length);
  });
});

describe('numerals: reading numbers one after another', () => {
  const brief = (s: string, chinese?: boolean) => scan(s, chinese).map((t) => [t.text, t.value, t.start, t.end]);
  it('finds Arabic numbers with offsets, separators, decimals and multipliers', () => {
    assert.deepEqual(brief('受理3,500件，办结1.2万件，占95.5%'), [
      ['3,500', 3500, 2, 7],
      ['1.2万', 12000, 11, 15],
      ['95.5', 95.5, 18, 22],
    ]);
  });
  it('reads full-width digits and keeps source offsets', () => {
    assert.deepEqual(brief('😀办理１２件'), [['１２', 12, 4, 6]]);
  });
  it('skips dotted dates and section numbers as a whole', () => {
    const s = '2022.8.26召开，见1.2.3节，12.4国家宪法日';
    assert.deepEqual(brief(s), [['12.4', 12.4, s.indexOf('12.4'), s.indexOf('12.4') + 4]]);
  });
  it('does not read a full-width comma as a thousands separator', () => {
    assert.deepEqual(brief('12，345'), [
      ['12', 12, 0, 2],
      ['345', 345, 3, 6],
    ]);
  });
  it('finds Chinese numerals and skips runs that do not parse', () => {
    const s = '一百二十名，千方百计，十四五规划，二〇二二年';
    assert.deepEqual(brief(s), [
      ['一百二十', 120, 0, 4],
      ['二〇二二', 2022, 17, 21],
    ]);
    assert.equal(s.indexOf('二〇二二'), 17);
  });
  it('marks adjacent-number estimates (三四次) as approximate', () => {
    const [t] = scan('开展三四次');
    assert.equal(t.text, '三四');
    assert.equal(t.approx, true);
  });
  it('can leave Chinese numerals out', () => {
    assert.deepEqual(brief('一百二十名，共12名', false), [['12', 12, 7, 9]]);
  });
  it('scans a long text in one pass (its scaling is measured by npm run bench, not timed here)', () => {
    const unit = '受理信访事项40件，办结38件，办结率95%，一百二十名。'.repeat(5000);
    assert.equal(scan(unit.repeat(4)).length, 80000);
  });
});
