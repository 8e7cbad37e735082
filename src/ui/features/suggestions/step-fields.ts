// The small forms of the suggestion's steps, as field specs: what each step asks for.
import { ANSWER_RESULTS, EVALUATIONS } from '../../../domain/ledger';
import type { SuggestionAction } from '../../../domain/ledger/suggestions';
import type { FieldSpec, Option } from '../../kit/form-model';

const answerResultOptions = Object.entries(ANSWER_RESULTS).map(([value, label]) => ({ value, label }));
const evaluationOptions = Object.entries(EVALUATIONS).map(([value, label]) => ({ value, label }));

/** The date field every step starts with. */
const dated = (label: string): FieldSpec => ({ name: 'on', label, kind: 'date', required: true });

/** The officers the 交办 form offers as leads. */
export interface LeadOptions {
  /** 党委书记, for 督办. */
  supervisors: readonly Option[];
  /** 乡镇长 and 副乡镇长, for 领办. */
  leads: readonly Option[];
}

/** How a promised item is written: 第十六条第（三）项 asks for a list with timely feedback. */
const PROMISE_HINT = '每行一项：承诺内容，行末写承诺完成期限（年-月-日），如「汛期前完成清淤 2025-06-30」';

/** The fields of a step's form. */
export function stepFields(action: SuggestionAction, leads: LeadOptions): FieldSpec[] {
  switch (action) {
    case 'assign':
      return [
        dated('交办日期'),
        { name: 'leadUnit', label: '主办单位', kind: 'text', required: true },
        { name: 'coUnits', label: '协办单位', kind: 'lines', hint: '每行一个单位，没有的不填' },
        {
          name: 'complex',
          label: '复杂建议',
          kind: 'checkbox',
          hint: '复杂建议的答复期限为6个月，一般建议为3个月',
        },
        {
          name: 'supervisorOfficerId',
          label: '督办（党委书记）',
          kind: 'select',
          options: leads.supervisors,
          hint: leads.supervisors.length
            ? '第十六条：党委书记每年牵头督办1件'
            : '先在“乡镇与届次”页登记党委书记',
        },
        {
          name: 'leadOfficerId',
          label: '领办（乡镇长、副乡镇长）',
          kind: 'select',
          options: leads.leads,
          hint: leads.leads.length
            ? '第十六条：乡镇长、副乡镇长每年至少领办1件'
            : '先在“乡镇与届次”页登记乡镇长、副乡镇长',
        },
      ];
    case 'startHandling':
      return [dated('开始办理日期')];
    case 'recordFaceToFace':
      return [dated('见面沟通日期')];
    case 'answer':
      return [
        dated('答复日期'),
        { name: 'result', label: '答复结果', kind: 'select', options: answerResultOptions, required: true },
        { name: 'promisedItems', label: '承诺事项', kind: 'lines', hint: PROMISE_HINT },
      ];
    case 'trackPromises':
      return [
        {
          name: 'promisedItems',
          label: '承诺事项清单',
          kind: 'lines',
          hint: `${PROMISE_HINT}；落实或向代表反馈后，在期限后再写落实（反馈）日期，如「汛期前完成清淤 2025-06-30 2025-06-20」`,
        },
      ];
    case 'evaluate':
      return [
        dated('评价日期'),
        {
          name: 'evaluation',
          label: '代表评价',
          kind: 'select',
          options: evaluationOptions,
          required: true,
          hint: '选“不满意”时，建议退回重新办理，须重新答复',
        },
      ];
    case 'close':
      return [dated('办结日期')];
    case 'toLivelihood':
      return [
        {
          name: 'year',
          label: '实施年度',
          kind: 'number',
          required: true,
          hint: '一般在本年第二次人代会上票决下一年度的民生实事',
        },
      ];
  }
}
