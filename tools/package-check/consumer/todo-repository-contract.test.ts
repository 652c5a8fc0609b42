// Run by vitest in a project that installed the libraries from a registry: the contract suite
// @todo/ports publishes, against the in-memory repository @todo/adapter-memory publishes.
import { InMemoryTodoRepository } from '@todo/adapter-memory';
import { describeTodoRepositoryContract } from '@todo/ports/testing';

describeTodoRepositoryContract('InMemoryTodoRepository installed from the registry', {
  setup: () => new InMemoryTodoRepository(),
});
