import * as customer from './customer';
import * as product from './product';
import { defineResource, type Resource } from './resource';

/** Every resource of the node, one line each: the node description and the router are built from this. */
export const resources: Record<string, Resource> = Object.fromEntries(
	[
		defineResource('customer', 'Customer', customer),
		defineResource('product', 'Product', product),
	].map((resource) => [resource.value, resource]),
);
