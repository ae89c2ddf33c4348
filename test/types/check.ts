/** Type-level assertions shared by the *.types.ts files (compiled only, never run). */
import type Stripe from 'stripe';

/** Compiles only when T is `true`; otherwise the error shows what T is instead. */
export type Expect<T extends true> = T;

export type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : { expected: B; got: A }) : { expected: B; got: A };

type Primitive = string | number | boolean | bigint | symbol | null | undefined;
type KeysOf<P> = P extends object ? keyof P : never;
type ValueOf<P, K> = P extends object ? (K extends keyof P ? P[K] : never) : never;

/** The parameters of Body (as dotted paths) that Params does not name, at any depth. */
type UnknownParameters<Body, Params, Path extends string = ''> = Body extends Primitive
	? never
	: Body extends readonly (infer Item)[]
		? UnknownParameters<Item, NonNullable<Params> extends readonly (infer Known)[] ? Known : never, `${Path}[]`>
		: {
				[K in keyof Body & string]: K extends KeysOf<NonNullable<Params>>
					? UnknownParameters<Body[K], ValueOf<NonNullable<Params>, K>, `${Path}${K}.`>
					: `${Path}${K}`;
			}[keyof Body & string];

/**
 * `true` when a request built as Body is one Stripe accepts as Params: Body is assignable to
 * Params (types, required parameters, enums) and names no parameter Params lacks (structural
 * typing alone would let an unknown parameter through). Otherwise a type naming the problem.
 */
export type Accepts<Params, Body> = [Body] extends [Params]
	? [UnknownParameters<Body, Params>] extends [never]
		? true
		: { unknownParameters: UnknownParameters<Body, Params> }
	: { notAssignable: Body; to: Params };

/**
 * A Stripe type as it travels in JSON: the SDK parses decimal strings into `Stripe.Decimal`, the
 * wire (and the emulator) carries the string.
 */
export type Wire<T> = T extends Stripe.Decimal
	? string
	: T extends Primitive
		? T
		: T extends readonly (infer Item)[]
			? Wire<Item>[]
			: { [K in keyof T]: Wire<T[K]> };
