import type { TodoEvent } from '@todo/domain';
import type { EventPublisher } from '@todo/ports';

/** Called with each event as it is published, in order. */
export type TodoEventSubscriber = (event: TodoEvent) => void | Promise<void>;

/**
 * An {@link EventPublisher} that keeps every event in memory, in the order published, and hands
 * each one to an optional subscriber. For tests, demos and local runs: nothing leaves the process.
 * A subscriber that throws makes `publish` fail, as a failing queue would.
 *
 * @example
 * const events = new InMemoryEventPublisher((event) => console.log(event.type, event.todoId));
 * const todos = createTodoService({ repository, events, clock, ids });
 * await todos.createTodo({ ownerId: 'user-1', title: 'Buy milk' });
 * events.events; // [{ type: 'TodoCreated', ... }]
 */
export class InMemoryEventPublisher implements EventPublisher {
  readonly #events: TodoEvent[] = [];

  constructor(private readonly subscriber?: TodoEventSubscriber) {}

  /** Every event published so far, oldest first. */
  get events(): readonly TodoEvent[] {
    return [...this.#events];
  }

  async publish(events: readonly TodoEvent[]): Promise<void> {
    for (const event of events) {
      this.#events.push(event);
      await this.subscriber?.(event);
    }
  }
}
