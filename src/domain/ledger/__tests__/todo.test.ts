import { describe, expect, it } from 'vitest';
import { InspectionProblemSchema } from '../activities/schema';
import { LivelihoodProjectSchema } from '../livelihood/schema';
import { SuggestionSchema } from '../suggestions/schema';
import { isProjectOverdue, todoItems, todoWhen } from '../todo';
import { inspectionProblem, livelihoodProject, suggestion, uuid } from './builders';

const asOf = '2025-06-30';

describe('todoItems', () => {
  const items = todoItems({
    suggestions: [
      SuggestionSchema.parse(
        suggestion({ id: uuid(101), number: '01', title: '超期的', assignedOn: '2025-03-01' }),
      ),
      SuggestionSchema.parse(
        suggestion({ id: uuid(102), number: '02', title: '快到期', assignedOn: '2025-04-10' }),
      ),
      SuggestionSchema.parse(
        suggestion({ id: uuid(103), number: '03', title: '还早', assignedOn: '2025-06-01' }),
      ),
      SuggestionSchema.parse(
        suggestion({
          id: uuid(104),
          number: '04',
          title: '已答复',
          assignedOn: '2025-01-01',
          answeredOn: '2025-02-01',
        }),
      ),
      SuggestionSchema.parse(suggestion({ id: uuid(105), number: '05', title: '未交办' })),
    ],
    projects: [
      LivelihoodProjectSchema.parse(
        livelihoodProject({ id: uuid(201), title: '自来水', dueDate: '2025-07-15' }),
      ),
      LivelihoodProjectSchema.parse(
        livelihoodProject({
          id: uuid(202),
          title: '已验收',
          dueDate: '2025-05-01',
          acceptedOn: '2025-04-20',
        }),
      ),
    ],
    problems: [
      InspectionProblemSchema.parse(inspectionProblem({ id: uuid(301), inspectionId: uuid(8) })),
      InspectionProblemSchema.parse(
        inspectionProblem({ id: uuid(302), inspectionId: uuid(8), evaluatedOn: '2025-03-01' }),
      ),
    ],
    inspectionDates: new Map([[uuid(8), '2024-12-20']]),
    asOf,
    days: 30,
  });

  it('lists what is overdue first, then what falls due within 30 days, each with its record', () => {
    expect(items.map((i) => [i.table, i.id, i.dueDate, i.overdue])).toEqual([
      ['suggestions', uuid(101), '2025-06-01', true],
      // The inspection of 2024-12-20 with the default 6 months: due 2025-06-20, overdue.
      ['activities', uuid(8), '2025-06-20', true],
      ['suggestions', uuid(102), '2025-07-10', false],
      ['livelihoodProjects', uuid(201), '2025-07-15', false],
    ]);
    expect(items[0]!.label).toBe('答复代表建议 01 超期的');
    expect(todoWhen(items[0]!)).toBe('已超期 29 天');
    expect(todoWhen(items[2]!)).toBe('还有 10 天');
  });
});

describe('isProjectOverdue', () => {
  it.each([
    [{ dueDate: '2025-06-29' }, true],
    [{ dueDate: '2025-06-30' }, false],
    [{ dueDate: '2025-06-01', acceptedOn: '2025-07-01' }, false],
    [{}, false],
  ])('%o → %s', (p, overdue) => expect(isProjectOverdue(p, asOf)).toBe(overdue));
});
