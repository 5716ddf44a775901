import { strict as assert } from 'node:assert';
import { figureSum } from '../../server/src/engine/rules/figure-sum';
import { ruleCases, run } from './figure-rule-cases';
import { report } from './report-skeleton';

const p = (practice: string): string => report({ practice });

ruleCases(figureSum, {
  valid: [
    { name: 'parts that add up', text: p('排查矛盾纠纷141次，其中邻里纠纷50次、婚姻家庭纠纷51次、其他纠纷40次。') },
    { name: 'a non-exhaustive list may add up to less', text: p('受理案件40件，其中行政案件20件、民事案件10件。') },
    { name: 'one part', text: p('受理案件40件，其中行政案件30件。') },
    { name: 'an outcome after the parts is not a part', text: p('受理案件40件，其中行政案件30件，办结38件，办结率95%。') },
    { name: 'the total in another sentence', text: p('全镇共有干部473名。其中521名参加述法培训。') },
    { name: 'a figure of another unit before 其中', text: p('排查矛盾纠纷141件，涉及群众300人，其中邻里纠纷150件、婚姻家庭纠纷160件。') },
    { name: 'parts of a part (in brackets) are not counted twice', text: p('受理案件40件，其中行政案件30件（其中复议案件20件、诉讼案件15件），民事案件10件。') },
    { name: 'an estimated total', text: p('参训干部近500人，其中科级干部300人、一般干部260人。') },
    { name: 'estimated parts', text: p('排查矛盾纠纷141次，其中邻里纠纷近50次、婚姻家庭纠纷60余次、其他纠纷40次。') },
    { name: 'percentages of parts', text: p('受理案件40件，其中行政案件占60%、民事案件占50%。') },
    { name: 'complementary parts that add up', text: p('受理案件40件，其中已办结30件、未办结10件。') },
    { name: 'a total without parts (the sample, filled)', text: p('共梳理编制服务事项286项，村级服务事项75项。') },
    { name: 'peers ending in 其他, with no total mark', text: p('行政许可事项518项，行政确认事项100项，其他事项297项。') },
    { name: '公共 is not 共', text: p('公共法律服务站点12个，村级服务站点10个，其他服务站点5个。') },
    { name: 'a marked total that adds up', text: p('共梳理政务服务事项515项，行政许可事项218项，其他事项297项。') },
    { name: 'attributes that may overlap are not added up', text: p('全镇有12个村，其中8个村被评为示范村、10个村建成法律服务站。') },
    { name: 'placeholders', text: p('排查矛盾纠纷**次，其中邻里纠纷*次、其他纠纷*次。') },
    // Issue 11: 立案撤销 is a subset of the cases, not a third kind of 程序.
    { name: 'a subset after the categories is not added in', text: p('全年立案查处390件（其中简易程序110件，普通程序280件、立案撤销8件），罚没款120万元。') },
    { name: 'a part of another dimension after categories of one head', text: p('受理行政复议案件60件，其中行政处罚类案件35件、行政强制类案件25件、调解结案12件。') },
    { name: 'an outcome named inside the label (移送) ends the list', text: p('查处违法案件50件，其中一般案件30件、移送司法机关25件。') },
  ],
  invalid: [
    {
      name: 'an exhaustive list (其他) that adds up to less',
      text: p('排查矛盾纠纷141次，其中邻里纠纷50次、婚姻家庭纠纷40次、其他纠纷40次。'),
      errors: [{ text: '141次', message: '分项合计50+40+40=130次，少于总数141次：请核对总数和各分项数字。', related: ['50次', '40次', '40次'] }],
    },
    {
      name: 'parts that add up to more, exhaustive or not',
      text: p('受理案件40件，其中行政案件30件、民事案件20件。'),
      errors: [{ text: '40件', message: '多于总数40件' }],
    },
    {
      name: 'a part larger than its total (in brackets)',
      text: p('共有473名干部参加述法（其中521名现场述法）。'),
      errors: [{ text: '521名', message: '其中一项为521名，超过总数473名', related: ['473名'] }],
    },
    {
      name: 'a marked total and its categories ending in 其他',
      text: p('共梳理政务服务事项515项，行政许可事项218项，其他事项279项。'),
      errors: [{ text: '515项', message: '分项合计218+279=497项，少于总数515项' }],
    },
    {
      name: 'complementary parts (已/未) that add up to less',
      text: p('受理案件40件，其中已办结30件、未办结5件。'),
      errors: [{ text: '40件', message: '少于总数' }],
    },
    {
      name: 'money in 万元',
      text: p('投入法治建设资金12万元，其中上级补助8万元、自筹资金5万元。'),
      errors: [{ text: '12万元', message: '多于总数12万元' }],
    },
    {
      name: 'one attribute larger than the total is still wrong',
      text: p('全镇有12个村，其中15个村被评为示范村。'),
      errors: [{ text: '15个', message: '超过总数12个' }],
    },
    {
      name: 'categories of one head that add up to more, a subset after them left out',
      text: p('全年立案查处390件（其中简易程序110件，普通程序300件、立案撤销8件）。'),
      errors: [{ text: '390件', message: '分项合计110+300=410件，多于总数390件', related: ['110件', '300件'] }],
    },
    {
      name: 'two lists in one sentence, the second wrong',
      text: p('受理案件40件，其中行政案件30件；办结38件，其中行政案件40件。'),
      errors: [{ text: '40件', message: '超过总数38件' }],
    },
  ],
});

describe('figure-sum: positions', () => {
  it('the span is exactly on the part, after emoji and CJK', () => {
    const text = p('📌共有473名干部参加述法（其中５２１名现场述法）。');
    const [f] = run(figureSum, text);
    assert.equal(text.slice(f.span.start, f.span.end), '５２１名');
    assert.equal(f.span.start, text.indexOf('５２１名'));
  });
});
