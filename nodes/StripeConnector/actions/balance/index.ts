// One line per operation; the Operation selector is built from each file's `option` (resource.ts).
export * as get from './get.operation';
