// What tools/dynamodb-local/global-setup.ts provides to `inject`; declared here too, since that
// file is not part of this project's program.
declare module 'vitest' {
  export interface ProvidedContext {
    dynamoDbEndpoint: string;
    dynamoDbKind: 'dynamodb-local' | 'dynalite';
  }
}

export {};
