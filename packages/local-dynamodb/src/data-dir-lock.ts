import { Level } from 'level';

/** The data folder is held by another process (LevelDB allows one per folder). */
export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
  readonly code = 'local-dynamodb.data-dir-locked';

  constructor(
    readonly dataDir: string,
    options?: ErrorOptions,
  ) {
    super(
      `The data folder ${dataDir} is in use by another process: LevelDB allows one process per ` +
        'folder. Stop the other process, or choose another folder.',
      options,
    );
  }
}

const lockCodeOf = (error: unknown): unknown =>
  error instanceof Error &&
  'cause' in error &&
  error.cause instanceof Error &&
  'code' in error.cause
    ? error.cause.code
    : undefined;

/**
 * Opens and closes the LevelDB store in `path` to find out whether another process holds it.
 * Throws {@link DataDirLockedError} if so; any other failure is rethrown as it is.
 */
export const assertDataDirUnlocked = async (path: string): Promise<void> => {
  const probe = new Level(path);
  try {
    await probe.open();
  } catch (error) {
    if (lockCodeOf(error) === 'LEVEL_LOCKED') throw new DataDirLockedError(path, { cause: error });
    throw error;
  }
  await probe.close();
};
