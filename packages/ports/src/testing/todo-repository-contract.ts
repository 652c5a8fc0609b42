import { afterAll, beforeAll, describe } from 'vitest';
import type { TodoRepository } from '../todo-repository.js';
import { describeCursorContract } from './cursor-contract.js';
import { describeListContract } from './list-contract.js';
import { describeOwnerContract } from './owner-contract.js';
import { describeWriteContract } from './write-contract.js';

/** How the contract suite gets, and later releases, the repository it tests. */
export interface TodoRepositoryContractOptions {
  /** Called once (beforeAll); returns the repository under test. */
  setup(): Promise<TodoRepository> | TodoRepository;
  /** Called once (afterAll). */
  teardown?(): Promise<void> | void;
}

/**
 * Declares the vitest suite every {@link TodoRepository} adapter must pass: conditional writes,
 * owner isolation, id-ordered pages, status filters and cursors bound to their owner and filter.
 *
 * One repository serves the whole suite. Each test makes its own owners with a random suffix, so
 * tests never see each other's todos, and a store that keeps data between runs (one DynamoDB
 * table, say) needs no cleaning in between.
 *
 * @example
 * // packages/adapter-dynamodb/src/dynamodb-todo-repository.integration.test.ts
 * import { describeTodoRepositoryContract } from '@todo/ports/testing';
 * import { inject } from 'vitest';
 *
 * const { client, documentClient } = createDynamoDbClients({ endpoint: inject('dynamoDbEndpoint') });
 *
 * describeTodoRepositoryContract('DynamoDbTodoRepository', {
 *   async setup() {
 *     await ensureTodoTable(client, 'todos-contract');
 *     return new DynamoDbTodoRepository({ client: documentClient, tableName: 'todos-contract' });
 *   },
 *   teardown: () => client.destroy(),
 * });
 */
export function describeTodoRepositoryContract(
  name: string,
  options: TodoRepositoryContractOptions,
): void {
  describe(`${name} honours the TodoRepository contract`, () => {
    let repository: TodoRepository | undefined;

    beforeAll(async () => {
      repository = await options.setup();
    });

    afterAll(async () => {
      await options.teardown?.();
    });

    const underTest = (): TodoRepository => {
      if (!repository) throw new Error('setup() has not returned a repository');
      return repository;
    };

    describeWriteContract(underTest);
    describeListContract(underTest);
    describeCursorContract(underTest);
    describeOwnerContract(underTest);
  });
}
