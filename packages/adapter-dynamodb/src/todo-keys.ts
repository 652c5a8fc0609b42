import type { TodoStatusFilter } from '@todo/ports';
import { todoTableAttributes } from './todo-table.js';

/** Sort keys of todos start with this; other record types of the owner use other prefixes. */
export const todoSortKeyPrefix = 'TODO#';

const ownerPrefix = 'OWNER#';

/**
 * The partition holding all of an owner's records. The owner id is kept exactly as given (no
 * trimming, no case folding): identity providers tell `Alice` and `alice` apart, and so do we.
 */
export const ownerPartitionKey = (ownerId: string): string => `${ownerPrefix}${ownerId}`;

export const todoSortKey = (todoId: string): string => `${todoSortKeyPrefix}${todoId}`;

/**
 * The status index partition of an owner's open or completed todos. Owner ids may contain `#`,
 * but the status is always the text after the last `#` and comes from a fixed set, so no two
 * (owner, status) pairs share a partition.
 */
export const statusPartitionKey = (ownerId: string, status: TodoStatusFilter): string =>
  `${ownerPrefix}${ownerId}#${status}`;

/** Names an item in error messages: its keys, never its contents. */
export const describeTodoKey = (ownerId: string, todoId: string): string =>
  `${ownerPartitionKey(ownerId)}/${todoSortKey(todoId)}`;

/** The primary key of a todo's item. */
export const todoKey = (ownerId: string, todoId: string) => ({
  [todoTableAttributes.partitionKey]: ownerPartitionKey(ownerId),
  [todoTableAttributes.sortKey]: todoSortKey(todoId),
});
