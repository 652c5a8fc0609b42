export type { Branded } from './brand.js';
export { createTodo, type NewTodo } from './create-todo.js';
export { deleteTodo } from './delete-todo.js';
export { descriptionMaxLength, parseDescription, type Description } from './description.js';
export { parseDueDate, type DueDate } from './due-date.js';
export { domainErrorCodes, type DomainError, type DomainErrorCode } from './errors.js';
export {
  todoEventId,
  type TodoCompleted,
  type TodoCreated,
  type TodoDeleted,
  type TodoEdited,
  type TodoEvent,
} from './events.js';
export { instantFromDate, parseInstant, type Instant } from './instant.js';
export { ownerIdMaxLength, parseOwnerId, type OwnerId } from './owner-id.js';
export { err, ok, type Err, type Ok, type Result } from './result.js';
export { parseTitle, titleMaxLength, type Title } from './title.js';
export type { CompleteTodo, EditableField, IncompleteTodo, Todo } from './todo.js';
export { isChanged, type TodoChange } from './todo-change.js';
export { parseTodoId, type TodoId } from './todo-id.js';
export { parseTodo, toTodoSnapshot, type TodoSnapshot } from './todo-snapshot.js';
export { completeTodo, editTodo, updateTodo, type TodoUpdate } from './update-todo.js';
