// 「待办」 on the ledger's front page: suggestions to answer, 民生实事 to complete and inspection
// problems to close that are overdue or fall due within 30 days, each linking to its record. The
// items are computed by src/domain/ledger/todo.ts; this only draws them.
import { today } from '../../../domain/dates';
import { RECORD_PARAM } from '../../../domain/compliance/dashboard';
import { todoItems, todoWhen, type TodoItem } from '../../../domain/ledger/todo';
import { readTodo } from '../../../storage/queries/todo';
import { useLiveQuery } from '../../kit/use-live-query';
import { siteUrl } from '../../site-url';
import './current-user.css';
import '../../kit/overdue.css';

/** How far ahead the list looks. */
const DAYS = 30;

/** Items shown before the rest fold away, so the page's own links stay in view. */
const SHOWN = 8;

/** The ledger page that shows each kind of item's record. */
const PAGES: Record<TodoItem['table'], string> = {
  suggestions: siteUrl('/ledger/suggestions/'),
  livelihoodProjects: siteUrl('/ledger/livelihood/'),
  activities: siteUrl('/ledger/supervision/'),
};

/** The 待办 list. */
export function TodoList() {
  const asOf = today();
  const { data } = useLiveQuery(() => readTodo(), []);
  if (!data) return null;
  const items = todoItems({ ...data, asOf, days: DAYS });
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <section class="todo-list" aria-labelledby="todo-title">
      <h2 id="todo-title">待办</h2>
      {items.length === 0 ? (
        <p class="muted">没有已超期或 {DAYS} 天内到期的建议答复、民生实事和执法检查问题。</p>
      ) : (
        <>
          <p class="muted">
            已超期 {overdue} 项，{DAYS} 天内到期 {items.length - overdue} 项（截至 {asOf}）。
          </p>
          <TodoItems items={items.slice(0, SHOWN)} />
          {items.length > SHOWN && (
            <details>
              <summary>其余 {items.length - SHOWN} 项</summary>
              <TodoItems items={items.slice(SHOWN)} />
            </details>
          )}
        </>
      )}
    </section>
  );
}

/** The items as a list, each with when it is due and a link to its record. */
function TodoItems({ items }: { items: readonly TodoItem[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={`${item.table}:${item.id}:${item.label}`} class={item.overdue ? 'todo-overdue' : undefined}>
          <span class={item.overdue ? 'badge badge-overdue' : 'todo-when'}>{todoWhen(item)}</span>{' '}
          <span class="todo-date">{item.dueDate}</span>{' '}
          <a href={`${PAGES[item.table]}?${RECORD_PARAM}=${encodeURIComponent(item.id)}`}>{item.label}</a>
        </li>
      ))}
    </ul>
  );
}
