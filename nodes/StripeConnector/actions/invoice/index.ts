// One line per operation; the Operation selector is built from each file's `option` (resource.ts).
export * as addLine from './addLine.operation';
export * as create from './create.operation';
export * as delete from './delete.operation';
export * as finalize from './finalize.operation';
export * as get from './get.operation';
export * as getAll from './getAll.operation';
export * as markUncollectible from './markUncollectible.operation';
export * as pay from './pay.operation';
export * as search from './search.operation';
export * as send from './send.operation';
export * as void from './void.operation';
