// One line per operation; the Operation selector is built from each file's `option` (resource.ts).
export * as get from './get.operation';
export * as getAll from './getAll.operation';
export * as search from './search.operation';
export * as update from './update.operation';
