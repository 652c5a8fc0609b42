import type { TodoEvent } from '@todo/domain';
import type { EventPublisher } from '../event-publisher.js';

/**
 * An {@link EventPublisher} for tests that keeps every published event, in order, in `events`.
 *
 * @example
 * const events = new RecordingEventPublisher();
 * const todos = createTodoService({ repository, events, clock, ids });
 * await todos.createTodo({ ownerId: 'user-1', title: 'Buy milk' });
 * expect(events.events.map((event) => event.type)).toEqual(['TodoCreated']);
 */
export class RecordingEventPublisher implements EventPublisher {
  readonly events: TodoEvent[] = [];

  async publish(events: readonly TodoEvent[]): Promise<void> {
    this.events.push(...events);
  }
}
