'use strict';
const { workKey, executionKey, userKey } = require('../../nodes/shared/transport/idempotency.ts');

const scope = { workflowId: 'wf1', nodeId: 'node-a', runIndex: 0 };
const body = 'POST /v1/customers\nemail=a%40example.com';

describe('idempotency keys', () => {
	test('a work key ignores the execution but not the item, the run, the operation or the request', () => {
		const key = workKey(scope, 0, 'customer.create', body);
		expect(workKey({ ...scope, executionId: 'other' }, 0, 'customer.create', body)).toBe(key);
		expect(workKey(scope, 1, 'customer.create', body)).not.toBe(key);
		expect(workKey({ ...scope, runIndex: 1 }, 0, 'customer.create', body)).not.toBe(key);
		expect(workKey(scope, 0, 'product.create', body)).not.toBe(key);
		expect(workKey(scope, 0, 'customer.create', `${body}x`)).not.toBe(key);
		expect(workKey({ ...scope, nodeId: 'node-b' }, 0, 'customer.create', body)).not.toBe(key);
	});

	test('an execution key changes with the execution; without one it is unique per call', () => {
		const key = executionKey({ ...scope, executionId: 'e1' }, 0, 'customer.update');
		expect(executionKey({ ...scope, executionId: 'e1' }, 0, 'customer.update')).toBe(key);
		expect(executionKey({ ...scope, executionId: 'e2' }, 0, 'customer.update')).not.toBe(key);
		expect(executionKey(scope, 0, 'customer.update')).not.toBe(executionKey(scope, 0, 'customer.update'));
	});

	test('a user key is scoped by operation, readable when it can be, hashed when too long or not printable ASCII', () => {
		expect(userKey('customer.create', 'order-1042')).toBe('n8n-stripe-connector-u-customer.create-order-1042');
		expect(userKey('product.create', 'order-1042')).not.toBe(userKey('customer.create', 'order-1042'));
		for (const value of ['x'.repeat(400), 'Bestellung ü', 'a b']) {
			const key = userKey('customer.create', value);
			expect(key.length).toBeLessThanOrEqual(255);
			expect(key).toMatch(/^[!-~]+$/);
			expect(key).toBe(userKey('customer.create', value));
		}
		expect(userKey('customer.create', 'x'.repeat(400))).not.toBe(userKey('customer.create', 'x'.repeat(401)));
	});

	test('the README\'s rule: kept as typed up to 195 characters of `!`–`~`; hashed past 195 or with any other character, a space included', () => {
		const kept = (value) => userKey('customer.create', value) === `n8n-stripe-connector-u-customer.create-${value}`;
		expect(kept('x'.repeat(195))).toBe(true);
		expect(kept('x'.repeat(196))).toBe(false);
		expect(kept('!~order#1042')).toBe(true);
		expect(kept('order 1042')).toBe(false);
		expect(kept('Bestellung-ü')).toBe(false);
	});
});
