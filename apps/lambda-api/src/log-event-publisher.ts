import type { Logger } from '@aws-lambda-powertools/logger';
import type { TodoEvent } from '@todo/domain';
import type { EventPublisher } from '@todo/ports';

/**
 * Writes each domain event to the log at debug level: its id, type, todo id and version (the
 * Fastify app's field names), never the owner or the todo's text.
 *
 * Known shortcoming: no consumer of todo events exists yet, so events go to the log and nowhere
 * else. A queue or bus adapter (EventBridge, SQS) replaces this once one is needed.
 */
export const logEventPublisher = (logger: Logger): EventPublisher => ({
  async publish(events: readonly TodoEvent[]) {
    for (const event of events) {
      logger.debug('todo event', {
        eventId: event.id,
        eventType: event.type,
        todoId: event.todoId,
        version: event.version,
      });
    }
  },
});
