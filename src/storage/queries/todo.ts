// The ledger home's 待办 list, loaded after the page (its own module, so the front page's first
// load does not carry it).
import { readTodoInput } from '../todo';
import { onLedger } from './on-ledger';

/** The open suggestions, projects and problems and the deadline settings of the 待办 list. */
export const readTodo = /* @__PURE__ */ onLedger(readTodoInput);
