export { DataDirLockedError } from './data-dir-lock.js';
export {
  startEmbeddedDynamoDb,
  type EmbeddedDynamoDb,
  type EmbeddedDynamoDbOptions,
} from './embedded-dynamodb.js';
