// One line per operation; the Operation selector is built from each file's `option` (resource.ts).
export * as cancel from './cancel.operation';
export * as capture from './capture.operation';
export * as create from './create.operation';
export * as get from './get.operation';
export * as getAll from './getAll.operation';
export * as search from './search.operation';
