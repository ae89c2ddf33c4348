import type { IDataObject } from 'n8n-workflow';

export type Output = (object: IDataObject, simplify: boolean) => IDataObject;

/** An operation's output: the documented fields with Simplify on, Stripe's raw object with it off. */
export function simplifiedWith(simplify: (object: IDataObject) => IDataObject): Output {
	return (object, simplified) => (simplified ? simplify(object) : object);
}
