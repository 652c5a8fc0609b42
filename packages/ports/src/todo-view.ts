/**
 * A todo as the outside world sees it: JSON-ready, absent values as `null`, times as ISO 8601 UTC.
 * Both apps send exactly this shape.
 */
export interface TodoView {
  readonly id: string;
  readonly title: string;
  readonly description: string | null;
  readonly dueDate: string | null;
  readonly completed: boolean;
  readonly completedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** A page of {@link TodoView}s; pass `nextCursor` back to get the next page. */
export interface TodoPageView {
  readonly items: readonly TodoView[];
  readonly nextCursor: string | null;
}
