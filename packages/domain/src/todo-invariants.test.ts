import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTodo } from './create-todo.js';
import { deleteTodo } from './delete-todo.js';
import { parseDescription, type Description } from './description.js';
import { parseDueDate, type DueDate } from './due-date.js';
import type { DomainError } from './errors.js';
import type { TodoEvent } from './events.js';
import { instantFromDate, type Instant } from './instant.js';
import { parseOwnerId } from './owner-id.js';
import type { Result } from './result.js';
import { parseTitle, type Title } from './title.js';
import type { EditableField, Todo } from './todo.js';
import type { TodoChange } from './todo-change.js';
import { parseTodoId } from './todo-id.js';
import { parseTodo, toTodoSnapshot } from './todo-snapshot.js';
import { completeTodo, editTodo, updateTodo } from './update-todo.js';

// Random todos go through random operations, as an owner's requests would: raw input is parsed
// first (invalid input never reaches the rules), then applied at ever later times.

interface RawFields {
  title?: string;
  description?: string | null;
  dueDate?: string | null;
}

type Operation =
  | { kind: 'edit'; fields: RawFields }
  | { kind: 'complete' }
  | { kind: 'update'; fields: RawFields; completed?: boolean };

interface Step {
  readonly before: Todo;
  readonly now: Instant;
  readonly result: Result<TodoChange, DomainError>;
}

const editableFields: readonly EditableField[] = ['title', 'description', 'dueDate'];

// Small pools make repeats, and so no-op edits, common; the rest is random or invalid.
const titleText = fc.oneof(
  { arbitrary: fc.constantFrom('Buy milk', 'Walk the dog', '  Buy milk  '), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 55 }), weight: 2 },
  { arbitrary: fc.constantFrom('', '   ', 'Buy\u0007milk', 'x'.repeat(51)), weight: 1 },
);
const descriptionText = fc.oneof(
  { arbitrary: fc.constant(null), weight: 2 },
  {
    arbitrary: fc.constantFrom('Semi-skimmed', 'Two litres\nfrom the shop', ' Semi-skimmed '),
    weight: 4,
  },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), weight: 2 },
  { arbitrary: fc.constantFrom('', 'a\u0000b'), weight: 1 },
);
const dueDateText = fc.oneof(
  { arbitrary: fc.constant(null), weight: 2 },
  {
    arbitrary: fc.constantFrom('2026-03-02', '2026-03-02T18:00+01:00', '2024-02-29T09:30:00Z'),
    weight: 4,
  },
  { arbitrary: fc.constantFrom('2026-02-30', '2026-03-02T18:00', 'soon'), weight: 1 },
);
const rawFields: fc.Arbitrary<RawFields> = fc.record(
  { title: titleText, description: descriptionText, dueDate: dueDateText },
  { requiredKeys: [] },
);
// Completion is kept rare enough that most runs also see edits of an incomplete todo.
const operation: fc.Arbitrary<Operation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('edit' as const), fields: rawFields }), weight: 5 },
  { arbitrary: fc.record({ kind: fc.constant('complete' as const) }), weight: 1 },
  {
    arbitrary: fc.record(
      { kind: fc.constant('update' as const), fields: rawFields, completed: fc.boolean() },
      { requiredKeys: ['kind', 'fields'] },
    ),
    weight: 3,
  },
);

const validTitle = fc.oneof(
  fc.constantFrom('Buy milk', 'Walk the dog'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 50 }).filter((t) => parseTitle(t).ok),
);
const newTodo = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
  ownerId: fc.string({ unit: 'binary', minLength: 1, maxLength: 128 }),
  title: validTitle,
  description: fc.option(fc.constantFrom('Semi-skimmed', 'Two litres')),
  dueDate: fc.option(fc.constantFrom('2026-03-02', '2026-03-02T18:00+01:00')),
  createdAt: fc.date({
    min: new Date('2000-01-01'),
    max: new Date('2100-01-01'),
    noInvalidDate: true,
  }),
});
const elapsedMs = fc.integer({ min: 1, max: 7 * 24 * 60 * 60 * 1000 });
const operations = fc.array(fc.record({ operation, elapsedMs }), { maxLength: 30 });

/** Parses raw fields as an entry point would; undefined when any of them is invalid. */
const parseFields = (raw: RawFields) => {
  const edit: { title?: Title; description?: Description | null; dueDate?: DueDate | null } = {};
  if (raw.title !== undefined) {
    const title = parseTitle(raw.title);
    if (!title.ok) return undefined;
    edit.title = title.value;
  }
  if (raw.description !== undefined) {
    const description = raw.description === null ? null : parseDescription(raw.description);
    if (description !== null && !description.ok) return undefined;
    edit.description = description === null ? null : description.value;
  }
  if (raw.dueDate !== undefined) {
    const dueDate = raw.dueDate === null ? null : parseDueDate(raw.dueDate);
    if (dueDate !== null && !dueDate.ok) return undefined;
    edit.dueDate = dueDate === null ? null : dueDate.value;
  }
  return edit;
};

const apply = (todo: Todo, op: Operation, now: Instant) => {
  if (op.kind === 'complete') return { ok: true, value: completeTodo(todo, now) } as const;
  const edit = parseFields(op.fields);
  if (edit === undefined) return undefined;
  if (op.kind === 'edit') return editTodo(todo, edit, now);
  return updateTodo(
    todo,
    op.completed === undefined ? edit : { ...edit, completed: op.completed },
    now,
  );
};

const valueOf = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.code}`);
  return result.value;
};

/** Creates the todo and applies each operation that got past parsing, collecting every step. */
const replay = (
  input: typeof newTodo extends fc.Arbitrary<infer T> ? T : never,
  ops: readonly { operation: Operation; elapsedMs: number }[],
) => {
  let time = input.createdAt.getTime();
  const created = createTodo(
    {
      id: valueOf(parseTodoId(input.id)),
      ownerId: valueOf(parseOwnerId(input.ownerId)),
      title: valueOf(parseTitle(input.title)),
      description: input.description === null ? null : valueOf(parseDescription(input.description)),
      dueDate: input.dueDate === null ? null : valueOf(parseDueDate(input.dueDate)),
    },
    instantFromDate(input.createdAt),
  );
  const steps: Step[] = [];
  let todo = created.todo;

  for (const { operation: op, elapsedMs: elapsed } of ops) {
    time += elapsed;
    const now = instantFromDate(new Date(time));
    const result = apply(todo, op, now);
    if (result === undefined) continue;
    steps.push({ before: todo, now, result });
    if (result.ok) todo = result.value.todo;
  }
  const deleted = deleteTodo(todo, instantFromDate(new Date(time + 1)));
  return { created, steps, last: todo, deleted };
};

const runs = { numRuns: 300 };

describe('a todo under any sequence of operations', () => {
  it('keeps its invariants at every step', () => {
    fc.assert(
      fc.property(newTodo, operations, (input, ops) => {
        const { steps } = replay(input, ops);

        for (const { before, now, result } of steps) {
          if (!result.ok) {
            // Only a completed todo refuses anything.
            expect(before.status).toBe('complete');
            expect(['todo.completed-not-editable', 'todo.cannot-uncomplete']).toContain(
              result.error.code,
            );
            continue;
          }
          const { todo: after, events } = result.value;

          // Identity and creation never change.
          expect([after.id, after.ownerId, after.createdAt]).toEqual([
            before.id,
            before.ownerId,
            before.createdAt,
          ]);

          // The version moves by exactly one with each change that has events, and never otherwise;
          // updatedAt moves with it.
          if (events.length > 0) {
            expect(after.version).toBe(before.version + 1);
            expect(after.updatedAt).toBe(now);
          } else {
            expect(after).toBe(before);
          }
          expect(after.updatedAt !== before.updatedAt).toBe(after.version !== before.version);

          // Once complete, always complete, and frozen in content.
          if (before.status === 'complete') {
            expect(after.status).toBe('complete');
            expect(after.completedAt).toBe(before.completedAt);
            for (const field of editableFields) expect(after[field]).toBe(before[field]);
          }

          // Every event carries the new version and time; TodoEdited names exactly what changed,
          // TodoCompleted appears exactly when the todo became complete.
          for (const event of events) {
            expect([event.todoId, event.ownerId, event.version, event.occurredAt]).toEqual([
              after.id,
              after.ownerId,
              after.version,
              now,
            ]);
          }
          const edited = events.find((event) => event.type === 'TodoEdited');
          const changed = editableFields.filter((field) => after[field] !== before[field]);
          expect(edited?.type === 'TodoEdited' ? edited.changedFields : []).toEqual(changed);
          expect(events.some((event) => event.type === 'TodoCompleted')).toBe(
            before.status === 'incomplete' && after.status === 'complete',
          );
          expect(events.length).toBe(
            (edited ? 1 : 0) + (events.some((e) => e.type === 'TodoCompleted') ? 1 : 0),
          );

          // What the rules produce, a store can read back.
          expect(parseTodo(toTodoSnapshot(after))).toEqual({ ok: true, value: after });
        }
      }),
      runs,
    );
  });

  it('never gives two events of its history the same id', () => {
    fc.assert(
      fc.property(newTodo, operations, (input, ops) => {
        const { created, steps, deleted } = replay(input, ops);
        const history: TodoEvent[] = [
          ...created.events,
          ...steps.flatMap(({ result }) => (result.ok ? result.value.events : [])),
          deleted,
        ];
        const ids = history.map((event) => event.id);

        expect(new Set(ids).size).toBe(ids.length);
        // Versions only climb, one change at a time.
        history.slice(1).forEach((event, index) => {
          expect(event.version - (history[index]?.version ?? 0)).toBeGreaterThanOrEqual(0);
          expect(event.version - (history[index]?.version ?? 0)).toBeLessThanOrEqual(1);
        });
      }),
      runs,
    );
  });
});
