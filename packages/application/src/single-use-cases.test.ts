import type { Result } from '@todo/domain';
import type { UseCaseError } from '@todo/ports';
import { RecordingEventPublisher, fixedClock, sequentialIds } from '@todo/ports/testing';
import { describe, expect, it } from 'vitest';
import { completeTodoUseCase } from './complete-todo.js';
import { createTodoUseCase } from './create-todo.js';
import { deleteTodoUseCase } from './delete-todo.js';
import { getTodoUseCase } from './get-todo.js';
import { listTodosUseCase } from './list-todos.js';
import { FakeTodoRepository } from './test-support/fake-todo-repository.js';
import { alice } from './test-support/todo-service-harness.js';
import { updateTodoUseCase } from './update-todo.js';

// Each use case built on its own, from only the ports it needs, as a Lambda function per route
// builds it. The harness-based tests cover what each one does; these cover building them alone.
const succeeded = <T>(result: Result<T, UseCaseError>): T => {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}`);
  return result.value;
};

describe('a use case built on its own', () => {
  const writePorts = () => ({
    repository: new FakeTodoRepository(),
    events: new RecordingEventPublisher(),
    clock: fixedClock(),
  });

  it('creates, reads, lists, edits, completes and deletes with only its own ports', async () => {
    const { repository, events, clock } = writePorts();
    const ownerId = alice;

    const created = succeeded(
      await createTodoUseCase({ repository, events, clock, ids: sequentialIds() })({
        ownerId,
        title: 'Water the plants',
      }),
    );
    const todoId = created.id;
    const read = succeeded(await getTodoUseCase({ repository })({ ownerId, todoId }));
    const page = succeeded(await listTodosUseCase({ repository })({ ownerId }));
    const edited = succeeded(
      await updateTodoUseCase({ repository, events, clock })({ ownerId, todoId, title: 'Water' }),
    );
    const completed = succeeded(
      await completeTodoUseCase({ repository, events, clock })({ ownerId, todoId }),
    );
    const deleted = await deleteTodoUseCase({ repository, events, clock })({ ownerId, todoId });

    expect(read).toEqual(created);
    expect(page.items).toEqual([created]);
    expect(edited).toMatchObject({ title: 'Water', version: 2 });
    expect(completed).toMatchObject({ completed: true, version: 3 });
    expect(deleted.ok).toBe(true);
    expect(events.events.map((event) => event.type)).toEqual([
      'TodoCreated',
      'TodoEdited',
      'TodoCompleted',
      'TodoDeleted',
    ]);
  });

  it.each([-1, 1.5, Number.NaN])('refuses maxConflictRetries = %s when built', (value) => {
    const ports = { ...writePorts(), maxConflictRetries: value };

    expect(() => updateTodoUseCase(ports)).toThrow(RangeError);
    expect(() => completeTodoUseCase(ports)).toThrow(RangeError);
  });

  it.each([0, -1, 1.5])('refuses idempotencyTtlSeconds = %s when built', (value) => {
    const ports = { ...writePorts(), ids: sequentialIds(), idempotencyTtlSeconds: value };

    expect(() => createTodoUseCase(ports)).toThrow(RangeError);
  });
});
