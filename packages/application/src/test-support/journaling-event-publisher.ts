import type { TodoEvent } from '@todo/domain';
import { RecordingEventPublisher } from '@todo/ports/testing';

/**
 * Records events like {@link RecordingEventPublisher} and also writes `publish <types>` to the
 * journal the fake repository writes to, so a test sees publishing in order with the writes.
 */
export class JournalingEventPublisher extends RecordingEventPublisher {
  #failure: Error | undefined;

  constructor(private readonly journal: string[]) {
    super();
  }

  /** Makes the next publish throw `error` (after journaling it), as a down queue would. */
  failNext(error: Error): void {
    this.#failure = error;
  }

  override async publish(events: readonly TodoEvent[]): Promise<void> {
    this.journal.push(['publish', ...events.map((event) => event.type)].join(' '));
    const failure = this.#failure;
    this.#failure = undefined;
    if (failure) throw failure;
    await super.publish(events);
  }
}
