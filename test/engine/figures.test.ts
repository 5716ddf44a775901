import { strict as assert } from 'node:assert';
import { extractFigures, type Figure } from '../../server/src/engine/text/figures';
import { normaliseLabel } from '../../server/src/engine/text/labels';

const only = (text: string, offset = 0): Figure => {
  const fs = extractFigures(text, offset);
  assert.equal(fs.length, 1, `one figure in ${text}: ${fs.map((f) => f.text).join(', ')}`);
  return fs[0];
};
const texts = (text: string): string[] => extractFigures(text).map((f) => f.text);

describe('figures: values, units and kinds', () => {
  it('a count with its label and document offsets', () => {
    const f = only('办理人大代表建议12件。', 100);
    assert.equal(f.value, 12);
    assert.equal(f.unit, '件');
    assert.equal(f.kind, 'count');
    assert.equal(f.label, '人大代表建议');
    assert.equal(f.rawLabel, '办理人大代表建议');
    assert.deepEqual(f.span, { start: 108, end: 111 });
    assert.deepEqual(f.numberSpan, { start: 108, end: 110 });
    assert.equal(f.text, '12件');
  });
  it('the same quantity written another way gets the same label and unit', () => {
    const a = only('办理人大代表建议12件');
    const b = only('人大代表建议15件');
    assert.equal(a.label, b.label);
    assert.equal(a.unit, b.unit);
  });
  it('money with 万/亿, normalised to 元', () => {
    const f = only('争取资金1.2万元');
    assert.deepEqual([f.kind, f.value, f.unit, f.text], ['money', 12000, '元', '1.2万元']);
    assert.equal(only('投入3.5亿元').value, 350000000);
    assert.equal(only('支出800元').value, 800);
  });
  it('thousands separators, multipliers on counts, full-width digits', () => {
    assert.equal(only('覆盖群众3,500人').value, 3500);
    assert.equal(only('受益群众1.2万人').value, 12000);
    const f = only('办理建议１２件', 10);
    assert.deepEqual([f.value, f.text, f.span.start, f.span.end], [12, '１２件', 14, 17]);
  });
  it('percentages and percentage points', () => {
    const p = only('办结率95.5%');
    assert.deepEqual([p.kind, p.value, p.decimals, p.unit], ['percent', 95.5, 1, '%']);
    assert.equal(only('满意率达１００％').value, 100);
    const pp = only('知晓率提高3个百分点');
    assert.deepEqual([pp.kind, pp.unit, pp.growth], ['percent', '个百分点', true]);
  });
  it('years are not counts; durations and dates are other', () => {
    assert.equal(only('2022年以来').kind, 'year');
    assert.equal(only('连续3年').kind, 'other');
    assert.deepEqual(extractFigures('8月26日').map((f) => f.kind), ['other', 'other']);
  });
  it('the many measure words: 项 次 户 人 名 个 场 家 起 条 人次', () => {
    assert.deepEqual(
      extractFigures('事项5项，学习3次，表彰8户，培训40人，律师2名，站点6个，讲座4场，企业9家，案件7起，信息11条，参与200人次').map((f) => f.unit),
      ['项', '次', '户', '人', '名', '个', '场', '家', '起', '条', '人次'],
    );
  });
});

describe('figures: what is not a figure', () => {
  it('placeholders: **件, *次, ***户, *%, 1*件, 20XX年, 20**年', () => {
    assert.deepEqual(texts('办理**件，学习*次，表彰***户，达*%，共1*件，20XX年，20**年，__次'), []);
  });
  it('numbers without a unit, ordinals, dotted dates', () => {
    assert.deepEqual(texts('12.4国家宪法日，第3次会议，2022.8.26，1.强化领导'), []);
  });
  it('numbers inside 《titles》, including plan years', () => {
    assert.deepEqual(texts('落实《法治政府建设实施纲要（2021—2025年）》和《条例》第12条'), []);
  });
  it('words that start with a measure character: 12部门, 3项目', () => {
    assert.deepEqual(texts('12部门联合，3项目落地'), []);
  });
  it('Chinese numerals only on request', () => {
    assert.deepEqual(texts('落实八项规定'), []);
    const [f] = extractFigures('落实八项规定，召开一百二十场', 0, { chinese: true });
    assert.deepEqual([f.text, f.value, f.unit], ['八项', 8, '项']);
  });
  it('Markdown emphasis around a number is read; a half slot is not', () => {
    const f = only('办理人大代表建议**12**件');
    assert.deepEqual([f.value, f.text, f.label], [12, '12件', '人大代表建议']);
    assert.equal(only('**办理人大代表建议12件**').label, '人大代表建议');
    assert.deepEqual(texts('办理建议1**件'), []);
  });
});

describe('figures: context', () => {
  it('其中 marks the parts of the preceding total, brackets nest', () => {
    const fs = extractFigures('排查矛盾纠纷141次，其中邻里纠纷50次、婚姻家庭纠纷60次（其中离婚纠纷3次）、其他纠纷40次。化解135次。');
    assert.deepEqual(
      fs.map((f) => [f.text, f.part, f.subPart]),
      [
        ['141次', false, false],
        ['50次', true, false],
        ['60次', true, false],
        ['3次', true, true],
        ['40次', true, false],
        ['135次', false, false],
      ],
    );
    const qz = '排查矛盾纠纷141次，'.length;
    assert.deepEqual(new Set(fs.filter((f) => f.part).map((f) => f.partOf)), new Set([qz]));
  });
  it('a 其中 in brackets: 473名…（其中521名）', () => {
    const fs = extractFigures('共有473名干部述法（其中21名现场述法），参会200人。');
    assert.deepEqual(fs.map((f) => [f.text, f.part, f.subPart]), [
      ['473名', false, false],
      ['21名', true, false],
      ['200人', false, false],
    ]);
    assert.equal(fs[0].after, '干部述法');
  });
  it('rate words attach to the next percentage, including lists with 、', () => {
    const [n, p] = extractFigures('办理答复人大代表建议12件，答复率、满意率均达100%。');
    assert.deepEqual(n.rates, []);
    assert.deepEqual(p.rates, ['答复率', '满意率']);
    assert.equal(p.label, '满意率');
    assert.equal(p.labelCut, true);
  });
  it('growth and comparison words', () => {
    const [a, b, c] = extractFigures('受理信访事项40件，同比增长120%，较上年减少5件。');
    assert.deepEqual([a.growth, b.growth, c.growth], [false, true, true]);
    assert.deepEqual(c.qualifiers, ['同比', '较上年']);
  });
  it('estimates and ranges', () => {
    assert.deepEqual(
      extractFigures('近100件，120余人，12件左右，5万～10万人，超过30人，约20场，开展三四次，办结38件').map((f) => f.approx),
      [true, true, true, true, true, true, false],
    );
    const [f] = extractFigures('开展三四次', 0, { chinese: true });
    assert.equal(f.approx, true);
  });
  it('分别 makes values respective', () => {
    const fs = extractFigures('受理、办结信访事项分别为40件、38件；新增案件3件');
    assert.deepEqual(fs.map((f) => f.respectively), [true, true, false]);
  });
  it('time and plan qualifiers of the sentence', () => {
    const [a] = extractFigures('2021年，受理信访事项40件。').filter((f) => f.kind === 'count');
    assert.deepEqual(a.qualifiers, ['2021年']);
    const [, b] = extractFigures('去年受理35件，今年计划开展讲座10场。').filter((f) => f.kind === 'count');
    assert.deepEqual(b.qualifiers, ['去年', '今年', '计划']);
    const [c] = extractFigures('《2021年工作要点》提出开展讲座10场。');
    assert.deepEqual(c.qualifiers, [], 'years inside a title do not qualify');
  });
  it('a noun phrase after the unit', () => {
    const f = only('开展12场宣传活动，');
    assert.deepEqual([f.label, f.after], ['', '宣传活动']);
  });
  it('the name: the label, or with the noun after a short label', () => {
    assert.equal(only('人大代表建议15件全部办结').name, '人大代表建议');
    assert.equal(only('培训120名干部').name, '培训干部');
    assert.equal(only('培训干部120名').name, '培训干部');
  });
  it('sentence starts are document offsets', () => {
    const fs = extractFigures('甲12件。乙13件；丙14件。', 50);
    assert.deepEqual(fs.map((f) => f.sentenceStart), [50, 55, 55]);
  });
  it('offsets are UTF-16 code units after emoji and CJK', () => {
    const text = '👍🏻办理建议12件';
    const f = only(text, 7);
    assert.equal(text.slice(f.span.start - 7, f.span.end - 7), '12件');
    assert.equal(f.span.start, 7 + 8);
  });
  it('reads 40 000 figures from one unpunctuated run (scaling is measured by npm run bench, not timed here)', () => {
    const unit = '信访事项12件'.repeat(10000);
    assert.equal(extractFigures(unit.repeat(4)).length, 40000);
  });
});

describe('figures: normaliseLabel', () => {
  const cases: [string, string][] = [
    ['办理人大代表建议', '人大代表建议'],
    ['年内办理答复人大代表建议', '人大代表建议'], // 办理答复 is the handling itself (issue 11)
    ['答复人大代表建议', '答复人大代表建议'], // a bare 答复 is a stage and stays
    ['人大代表建议共', '人大代表建议'],
    ['累计排查矛盾纠纷', '排查矛盾纠纷'],
    ['满意率均达', '满意率'],
    ['办结率为', '办结率'],
    ['全镇共有行政村', '行政村'],
    ['违法行为', '违法行为'], // 为 of 行为 is not a particle
    ['公共法律服务站点', '公共法律服务站点'],
    ['现场述法', '现场述法'],
    ['积极开展普法宣传活动', '普法宣传活动'],
    ['在宪法宣传周期间开展普法宣传活动', '在宪法宣传周期间开展普法宣传活动'], // a scope keeps it apart
    ['受理信访事项', '受理信访事项'], // stage verbs stay
    ['一是办理人大代表建议', '人大代表建议'],
    ['本人办理人大代表建议', '人大代表建议'],
    ['共青团员', '共青团员'],
  ];
  for (const [raw, want] of cases) it(`${raw} → ${want}`, () => assert.equal(normaliseLabel(raw), want));
});
