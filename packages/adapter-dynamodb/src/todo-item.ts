import { parseTodo, type Todo, type TodoSnapshot } from '@todo/domain';
import { CorruptTodoError, type TodoStatusFilter } from '@todo/ports';
import {
  describeTodoKey,
  ownerPartitionKey,
  statusPartitionKey,
  todoKey,
  todoSortKeyPrefix,
} from './todo-keys.js';
import { todoTableAttributes } from './todo-table.js';

const { partitionKey, sortKey, statusPartitionKey: statusKey } = todoTableAttributes;

/** A todo as it is stored: keys, status index key, then the todo's fields. Absent means null. */
export type TodoItem = Record<string, string | number>;

/** The status a todo is listed under. */
export const listedStatus = (todo: Todo): TodoStatusFilter =>
  todo.status === 'complete' ? 'completed' : 'open';

/**
 * Turns a todo into the item that stores it. Owner and todo id live only in the keys, so they
 * can't disagree with them; null fields are left out rather than stored as NULL.
 */
export function toTodoItem(todo: Todo): TodoItem {
  const item: TodoItem = {
    ...todoKey(todo.ownerId, todo.id),
    [statusKey]: statusPartitionKey(todo.ownerId, listedStatus(todo)),
    title: todo.title,
    createdAt: todo.createdAt,
    updatedAt: todo.updatedAt,
    version: todo.version,
  };
  if (todo.description !== null) item['description'] = todo.description;
  if (todo.dueDate !== null) item['dueDate'] = todo.dueDate;
  if (todo.completedAt !== null) item['completedAt'] = todo.completedAt;
  return item;
}

/**
 * Reads an item of `ownerId`'s partition back as a todo, checking every attribute as if it came
 * from a client. Throws {@link CorruptTodoError} naming the item's key and the first bad field;
 * the error never carries the item's contents.
 */
export function fromTodoItem(ownerId: string, item: Readonly<Record<string, unknown>>): Todo {
  const pk = item[partitionKey];
  const sk = item[sortKey];
  const todoId =
    typeof sk === 'string' && sk.startsWith(todoSortKeyPrefix)
      ? sk.slice(todoSortKeyPrefix.length)
      : null;
  const key = describeTodoKey(ownerId, todoId ?? '?');
  const corrupt = (field: string) => new CorruptTodoError(key, field);

  if (pk !== ownerPartitionKey(ownerId)) throw corrupt(partitionKey);
  if (todoId === null) throw corrupt(sortKey);
  const title = item['title'];
  if (typeof title !== 'string') throw corrupt('title');
  const createdAt = item['createdAt'];
  if (typeof createdAt !== 'string') throw corrupt('createdAt');
  const updatedAt = item['updatedAt'];
  if (typeof updatedAt !== 'string') throw corrupt('updatedAt');
  const version = item['version'];
  if (typeof version !== 'number') throw corrupt('version');
  const description = optionalString(item, 'description');
  if (description === undefined) throw corrupt('description');
  const dueDate = optionalString(item, 'dueDate');
  if (dueDate === undefined) throw corrupt('dueDate');
  const completedAt = optionalString(item, 'completedAt');
  if (completedAt === undefined) throw corrupt('completedAt');

  const snapshot: TodoSnapshot = {
    id: todoId,
    ownerId,
    title,
    description,
    dueDate,
    completedAt,
    createdAt,
    updatedAt,
    version,
  };
  const parsed = parseTodo(snapshot);
  if (!parsed.ok) {
    const field = parsed.error.code === 'todo.snapshot-invalid' ? parsed.error.field : 'unknown';
    throw corrupt(field);
  }
  // A wrong status key would list the todo under the other status; that is corruption too.
  if (item[statusKey] !== statusPartitionKey(ownerId, listedStatus(parsed.value))) {
    throw corrupt(statusKey);
  }
  return parsed.value;
}

/** The string, `null` when absent or stored as NULL, `undefined` when it is something else. */
function optionalString(item: Readonly<Record<string, unknown>>, name: string) {
  const value = item[name];
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : undefined;
}
