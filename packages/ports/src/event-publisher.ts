import type { TodoEvent } from '@todo/domain';

/**
 * Hands domain events to whoever listens: a queue, a bus, a log. Events arrive in the order they
 * happened; consumers drop duplicates by event id, since a retried request may publish again.
 *
 * @example
 * const publisher: EventPublisher = {
 *   async publish(events) {
 *     for (const event of events) await queue.send(event.id, JSON.stringify(event));
 *   },
 * };
 */
export interface EventPublisher {
  publish(events: readonly TodoEvent[]): Promise<void>;
}
