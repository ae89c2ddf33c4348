'use strict';
const { StripeConnector } = require('../../nodes/StripeConnector/StripeConnector.node.ts');
const { resources } = require('../../nodes/StripeConnector/actions/resources.ts');

const { properties } = new StripeConnector().description;
const byName = (name) => properties.filter((property) => property.name === name);
const operationsOf = (resource) => byName('operation').find((selector) => selector.displayOptions.show.resource[0] === resource);
const fieldsOf = (resource, operation) =>
	properties.filter((p) => p.displayOptions?.show?.resource?.[0] === resource && p.displayOptions.show.operation?.includes(operation)).map((p) => p.name);

describe('action node description (built from actions/resources.ts)', () => {
	test('resources are sorted by name in the panel; every resource has an Operation selector', () => {
		const names = byName('resource')[0].options.map((option) => option.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		for (const { value } of byName('resource')[0].options) expect(operationsOf(value)).toBeDefined();
	});

	test('every operation has an action sentence; operations sorted by name', () => {
		for (const selector of byName('operation')) {
			const names = selector.options.map((option) => option.name);
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
			for (const option of selector.options) expect(option.action).toMatch(/^[A-Z].+/);
		}
	});

	test('every field is shown for exactly one resource and operation (updateDisplayOptions)', () => {
		const shared = new Set(['resource', 'operation', 'simplify', 'options']);
		for (const property of properties.filter((p) => !shared.has(p.name))) {
			expect(property.displayOptions.show.resource).toHaveLength(1);
			expect(property.displayOptions.show.operation).toHaveLength(1);
		}
	});

	test('customer and product keep the parameter names and values workflow JSON depends on (DESIGN.md)', () => {
		expect(operationsOf('customer').options.map((o) => o.value)).toEqual(['create', 'delete', 'get', 'getAll', 'search', 'update']);
		expect(operationsOf('product').options.map((o) => o.value)).toEqual(['create', 'delete', 'getAll', 'search', 'update']);
		expect(operationsOf('customer').default).toBe('create');
		expect(byName('resource')[0].default).toBe('customer');
		expect(fieldsOf('customer', 'create')).toEqual(['additionalFields']);
		expect(fieldsOf('customer', 'get')).toEqual(['customerId']);
		expect(fieldsOf('customer', 'update')).toEqual(['customerId', 'updateFields']);
		expect(fieldsOf('customer', 'getAll')).toEqual(['filters', 'returnAll', 'limit']);
		expect(fieldsOf('customer', 'search')).toEqual(['query', 'returnAll', 'limit']);
		expect(fieldsOf('product', 'create')).toEqual(['name', 'additionalFields']);
		expect(fieldsOf('product', 'delete')).toEqual(['productId']);
		expect(fieldsOf('product', 'update')).toEqual(['productId', 'updateFields']);
		const limit = properties.find((p) => p.name === 'limit' && p.displayOptions.show.resource[0] === 'product');
		expect(limit.displayOptions.show).toEqual({ resource: ['product'], operation: ['getAll'], returnAll: [false] });
	});

	test('the selling resources and their operations (the values workflow JSON will hold)', () => {
		expect(byName('resource')[0].options.map((o) => o.value)).toEqual(['balance', 'balanceTransaction', 'charge', 'checkoutSession', 'coupon', 'customer', 'customerPortalSession', 'invoice', 'invoiceItem', 'meterEvent', 'paymentIntent', 'paymentLink', 'price', 'product', 'promotionCode', 'refund', 'subscription']);
		expect(operationsOf('price').options.map((o) => o.value)).toEqual(['create', 'get', 'getAll', 'search', 'update']);
		expect(operationsOf('paymentLink').options.map((o) => o.value)).toEqual(['create', 'get', 'getLineItems', 'getAll', 'update']);
		expect(operationsOf('checkoutSession').options.map((o) => o.value)).toEqual(['create', 'expire', 'get', 'getAll']);
		expect(operationsOf('coupon').options.map((o) => o.value)).toEqual(['create', 'delete', 'get', 'getAll', 'update']);
		expect(operationsOf('promotionCode').options.map((o) => o.value)).toEqual(['create', 'get', 'getAll', 'update']);
		expect(operationsOf('invoice').options.map((o) => o.value)).toEqual(['addLine', 'create', 'delete', 'finalize', 'get', 'getAll', 'markUncollectible', 'pay', 'search', 'send', 'void']);
		expect(operationsOf('invoiceItem').options.map((o) => o.value)).toEqual(['create', 'delete', 'get', 'getAll', 'update']);
		expect(fieldsOf('price', 'create')).toEqual(['productSource', 'productId', 'productName', 'currency', 'amountType', 'unitAmount', 'unitAmountDecimal', 'billing', 'interval', 'intervalCount', 'additionalFields']);
		expect(fieldsOf('promotionCode', 'create')).toEqual(['couponId', 'code', 'additionalFields']);
	});

	test('the payments resources and their operations (the values workflow JSON will hold)', () => {
		const payments = ['balance', 'balanceTransaction', 'charge', 'paymentIntent', 'refund'];
		expect(byName('resource')[0].options.map((o) => o.value)).toEqual(expect.arrayContaining(payments));
		expect(operationsOf('refund').options.map((o) => o.value)).toEqual(['cancel', 'create', 'get', 'getAll', 'update']);
		expect(fieldsOf('refund', 'create')).toEqual(['refundOf', 'chargeId', 'paymentIntentId', 'amountType', 'amount', 'additionalFields']);
		expect(operationsOf('paymentIntent').options.map((o) => o.value)).toEqual(['cancel', 'capture', 'create', 'get', 'getAll', 'search']);
		expect(fieldsOf('paymentIntent', 'create')).toEqual(['amount', 'currency', 'additionalFields']);
		expect(operationsOf('charge').options.map((o) => o.value)).toEqual(['get', 'getAll', 'search', 'update']);
		expect(operationsOf('charge').default).toBe('get');
		expect(operationsOf('balance').options.map((o) => o.value)).toEqual(['get']);
		expect(operationsOf('balanceTransaction').options.map((o) => o.value)).toEqual(['get', 'getAll']);
		for (const [resource, operation] of [['refund', 'cancel'], ['paymentIntent', 'capture'], ['paymentIntent', 'cancel']]) {
			expect([resource, operation, resources[resource].operations[operation].effect]).toEqual([resource, operation, 'transition']);
		}
	});

	test('the billing resources and their operations (the values workflow JSON will hold)', () => {
		expect(operationsOf('subscription').options.map((o) => o.value)).toEqual(['cancel', 'create', 'get', 'getAll', 'pauseCollection', 'resumeCollection', 'search', 'update']);
		expect(fieldsOf('subscription', 'create')).toEqual(['customerId', 'items', 'additionalFields']);
		expect(fieldsOf('subscription', 'update')).toEqual(['subscriptionId', 'updateFields']);
		expect(fieldsOf('subscription', 'cancel')).toEqual(['subscriptionId', 'cancelWhen', 'invoiceNow', 'prorate']);
	});

	test('every create is keyed on the work (effect create), every read is a read', () => {
		// A portal session's URL is short-lived: a 24-hour replay would hand out an expired link, so it is keyed on the execution.
		const keyedOnExecution = { customerPortalSession: 'update' };
		for (const resource of Object.values(resources)) {
			if (keyedOnExecution[resource.value]) expect([resource.value, resource.operations.create.effect]).toEqual([resource.value, keyedOnExecution[resource.value]]);
			else if (resource.operations.create) expect([resource.value, resource.operations.create.effect]).toEqual([resource.value, 'create']);
			for (const read of ['get', 'getAll', 'search', 'getLineItems']) {
				if (resource.operations[read]) expect([resource.value, read, resource.operations[read].effect]).toEqual([resource.value, read, 'read']);
			}
		}
	});
});
