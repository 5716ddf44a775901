import { strict as assert } from 'node:assert';
import { findingsOf, testLanguageRule } from './helpers';

testLanguageRule('numeral', {
  valid: [
    { name: 'full years and durations', text: '2022年以来，本人从事法律工作22年来从未间断，第22年度考核优秀。' },
    { name: 'standard dates, and the hyphenated ISO form', text: '2022年8月26日召开会议，2022-08-26形成纪要。' },
    { name: 'ranges written per the standard', text: '比例为4%～6%，参与5万～10万人，为期3～5年，《纲要（2021—2025年）》，400～429页。' },
    { name: 'phone numbers and standard numbers are not ranges', text: '联系电话0931-8123456，依据GB/T 15835-2011执行。' },
    { name: 'Chinese-numeral years with 〇', text: '二〇二二年，一九九八年，二〇〇八年。' },
    { name: 'estimates without 顿号, and enumerations that need one', text: '开展三四次，七八个人；三、四季度，一、二级医院，三、四月份。' },
    { name: 'a heading number before a number word', text: '导语。\n三、四个方面的问题\n正文。' },
    { name: '近 meaning “recent”, and 约…左右 (disputed, not flagged)', text: '近十多年来，近三年多以来，附近100多米，约100人左右。' },
    { name: 'increases may use 倍', text: '收入增长了3倍，提高一倍。' },
    { name: 'a named date in standard form', text: '充分利用“12·4”国家宪法日开展宣传。' },
    { name: 'decimals are not named dates', text: '投入1.5万元用于节日慰问，共3.5亿元。' },
    { name: 'versions and quoted decimals with a unit are not named dates', text: '出台服务业扩大开放“2.0”方案、“3.0”版，评分“4.5分”，应对“25·7”区域性大洪水，“7·23”事故。' },
    { name: 'a decimal before an event word with a unit', text: '发生6.8级地震，降雨量达7.2毫米特大暴雨。' },
    { name: 'allowed by config', text: '22年度计划。', config: { rules: { numeral: { options: { allow: ['22年度计划'] } } } } },
  ],
  invalid: [
    { text: '22年以来，全镇完成任务。', errors: [{ text: '22', message: '2022年' }], output: '2022年以来，全镇完成任务。' },
    { name: 'a 1990s short year', text: '98年初成立。', errors: [{ text: '98', message: '1998年' }], output: '1998年初成立。' },
    { text: '2022.8.26召开会议。', errors: [{ text: '2022.8.26', message: '2022年8月26日' }], output: '2022年8月26日召开会议。' },
    { text: '2022、8、26召开会议。', errors: [{ text: '2022、8、26' }], output: '2022年8月26日召开会议。' },
    { name: 'a trailing 日 is kept once', text: '于2022.08.06日召开。', errors: [{ text: '2022.08.06日' }], output: '于2022年8月6日召开。' },
    { text: '比例为4-6%。', errors: [{ text: '4-6%', message: '4%～6%' }], output: '比例为4%～6%。' },
    { text: '参与5-10万人。', errors: [{ text: '5-10万' }], output: '参与5万～10万人。' },
    { name: 'the unit missing even with a tilde', text: '增长15～30%。', errors: [{ text: '15～30%' }], output: '增长15%～30%。' },
    { name: 'a hyphen with both units', text: '占4%-6%。', errors: [{ text: '4%-6%' }], output: '占4%～6%。' },
    { text: '为期3-5年。', errors: [{ text: '3-5', message: '浪纹线' }], output: '为期3～5年。' },
    { name: 'year spans take the dash', text: '《纲要（2021-2025年）》', errors: [{ text: '2021-2025' }], output: '《纲要（2021—2025年）》' },
    { text: '二0二二年工作总结', errors: [{ text: '二0二二', message: '〇' }], output: '二〇二二年工作总结' },
    { text: '二零二二年', errors: [{ text: '二零二二' }], output: '二〇二二年' },
    { name: 'the geometric circle ○ for 〇', text: '二○二二年', errors: [{ text: '二○二二' }], output: '二〇二二年' },
    { text: '开展三、四次检查。', errors: [{ text: '三、四', message: '三四' }], output: '开展三四次检查。' },
    { text: '来了七、八个人，两、三天后又来三、四十人。', errors: [{ text: '七、八' }, { text: '两、三' }, { text: '三、四' }], output: '来了七八个人，两、三天后又来三、四十人。' },
    { text: '参加培训近100多人。', errors: [{ text: '近100多', message: '意思矛盾' }], output: '参加培训100多人。' },
    { text: '将近千余人参加。', errors: [{ text: '将近千余' }], output: '千余人参加。' },
    { text: '不到10人左右。', errors: [{ text: '不到10人左右' }], output: '不到10人。' },
    { text: '至少3次以上。', errors: [{ text: '至少3次以上', message: '删去“以上”' }], output: '至少3次。' },
    { text: '超过100家企业以上。', errors: [{ text: '超过100家企业以上' }], output: '超过100家企业。' },
    { text: '成本降低了3倍。', errors: [{ text: '降低了3倍', message: '百分数' }] },
    { text: '减少一倍。', errors: [{ text: '减少一倍' }] },
    { name: 'the sample: 12.4国家宪法日', text: '充分利用12.4国家宪法日。', errors: [{ text: '12.4', message: '“12·4”国家宪法日' }], output: '充分利用“12·4”国家宪法日。' },
    { name: 'quotes but a dot', text: '“12.4”国家宪法日', errors: [{ text: '“12.4”' }], output: '“12·4”国家宪法日' },
    {
      name: 'a real draft: days named by their date (“7.23”、“8.9” floods)',
      text: '完成或已安排实施2021年“7.23”、“8.9”水毁项目，修复7.20特大暴雨损毁道路。',
      errors: [{ text: '“7.23”', message: '“7·23”' }, { text: '“8.9”' }, { text: '7.20' }],
      output: '完成或已安排实施2021年“7·23”、“8.9”水毁项目，修复7.20特大暴雨损毁道路。',
    },
    { name: 'a middle dot but no quotes', text: '4·15全民国家安全教育日', errors: [{ text: '4·15' }], output: '“4·15”全民国家安全教育日' },
  ],
});

describe('numeral: the report year picks the century of a short year', () => {
  it('in a 2022 report 23年 is 2023年 (the plan year) and 99年 is 1999年', () => {
    const text = '# 2022年度述法报告\n\n23年初计划，99年底成立。\n';
    const [a, b] = findingsOf('numeral', text);
    assert.match(a.message, /2023年/);
    assert.match(b.message, /1999年/);
  });
  it('finishes on long runs of digits and marks, with at most 1000 findings (its time is measured in test/perf)', () => {
    const text = `${'1'.repeat(200_000)}-${'2'.repeat(200_000)}%${'、三'.repeat(100_000)}${'近'.repeat(100_000)}`;
    assert.ok(findingsOf('numeral', text).length <= 1000);
  });
});

describe('numeral: positions of a named date in UTF-16', () => {
  it('puts the range on “7.23” after emoji and CJK', () => {
    const text = '标题\n👍🏻😀实施“7.23”水毁项目。';
    const [f] = findingsOf('numeral', text);
    assert.deepEqual(f.span, { start: 11, end: 17 });
    assert.equal(text.slice(f.span.start, f.span.end), '“7.23”');
  });
});
