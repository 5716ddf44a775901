import { strict as assert } from 'node:assert';
import { figureRate } from '../../server/src/engine/rules/figure-rate';
import { ruleCases, run } from './figure-rule-cases';
import { report } from './report-skeleton';

const p = (practice: string): string => report({ practice });

ruleCases(figureRate, {
  valid: [
    { name: 'a rate that matches its counts', text: p('受理信访事项40件，办结38件，办结率95%。') },
    { name: 'rounded to one decimal', text: p('受理信访事项3件，办结2件，办结率66.7%。') },
    { name: 'rounded to an integer', text: p('受理信访事项3件，办结2件，办结率67%。') },
    { name: 'truncated rather than rounded', text: p('受理信访事项7件，办结6件，办结率85.7%。') },
    { name: '99.5% written as 100%', text: p('受理信访事项200件，办结199件，办结率100%。') },
    { name: 'growth may exceed 100%', text: p('办理信访事项同比增长120%，群众满意度较上年提高150%。') },
    { name: 'completion may exceed 100%', text: p('年度任务完成率120%。') },
    { name: 'rates without counts (the sample, filled)', text: p('年内办理答复人大代表建议12件，答复率、满意率均达100%。') },
    { name: 'two possible bases: not sure which', text: p('受理信访事项40件，受理人大代表建议10件，办结38件，办结率100%。') },
    { name: 'counts in another sentence', text: p('受理信访事项40件。办结38件，办结率100%。') },
    { name: 'a negated numerator is not the numerator', text: p('受理信访事项40件，未办结2件，办结率100%。') },
    { name: '应/已 that match', text: p('应公开政府信息120条，已公开120条，公开率100%。') },
    { name: 'estimated counts', text: p('受理信访事项近40件，办结38件，办结率100%。') },
    { name: 'a base and a part of other units', text: p('受理信访事项40件，办结38人，办结率100%。') },
    { name: 'placeholders', text: p('受理信访事项**件，办结*件，办结率*%。') },
    { name: 'a rate word that may exceed 100', text: p('资金执行率105%，增长率130%。') },
  ],
  invalid: [
    {
      name: 'the domain example: 38 of 40 is not 100%',
      text: p('受理信访事项40件，办结38件，办结率100%。'),
      errors: [{ text: '100%', message: '「办结率」按38件÷40件计算为95%，此处为100%：请核对数字或改正比率。', related: ['40件', '38件'] }],
      output: p('受理信访事项40件，办结38件，办结率95%。'),
    },
    {
      name: 'a share over 100%',
      text: p('信访事项办结率120%。'),
      errors: [{ text: '120%', message: '「办结率」为120%，超过100%：比率不能超过100%，请核对。' }],
    },
    {
      name: 'two shares over 100%',
      text: p('答复率、满意率均达120%。'),
      errors: [{ text: '120%', message: '「答复率、满意率」为120%' }],
    },
    {
      name: '应X / 已X',
      text: p('应公开政府信息120条，已公开100条，公开率100%。'),
      errors: [{ text: '100%', message: '按100条÷120条计算约为83%' }],
      output: p('应公开政府信息120条，已公开100条，公开率83%。'),
    },
    {
      name: '收到 / 答复',
      text: p('收到人大代表建议15件，已答复12件，答复率100%。'),
      errors: [{ text: '100%', message: '计算为80%' }],
    },
    {
      name: 'the stated precision',
      text: p('受理信访事项3件，办结2件，办结率66.0%。'),
      errors: [{ text: '66.0%', message: '约为66.7%' }],
      output: p('受理信访事项3件，办结2件，办结率66.7%。'),
    },
    {
      name: '调解 / 调解成功: the numerator is not the base',
      text: p('调解矛盾纠纷50件，调解成功48件，调解成功率100%。'),
      errors: [{ text: '100%', message: '按48件÷50件计算为96%' }],
    },
    {
      name: '排查 / 化解',
      text: p('排查矛盾纠纷141件，化解135件，化解率98%。'),
      errors: [{ text: '98%', message: '约为96%' }],
    },
  ],
});

describe('figure-rate: positions', () => {
  it('the span is exactly on the rate after emoji and CJK', () => {
    const text = p('🎯受理信访事项４０件，办结３８件，办结率１００％。');
    const [f] = run(figureRate, text);
    assert.equal(text.slice(f.span.start, f.span.end), '１００％');
    assert.equal(f.span.start, text.indexOf('１００％'));
  });
});
