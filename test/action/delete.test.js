'use strict';
/** Delete for customers and products, in n8n-core's engine against the emulator. */
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();
const run = (parameters, items, settings) => runWorkflow({ workflow: stripeWorkflow(parameters, settings), credentials: env.credentials, items });
const deleteCustomer = { resource: 'customer', operation: 'delete', customerId: { mode: 'id', value: '={{ $json.id }}' } };
const deleteProduct = { resource: 'product', operation: 'delete', productId: { mode: 'id', value: '={{ $json.id }}' } };
const storedIds = (type) => env.emu.control.list(type).map((object) => object.id);

describe('Delete', () => {
	test('a customer: output {id, deleted: true}, gone from Stripe; the others are untouched', async () => {
		const [keep, remove] = env.emu.control.createObjects('customer', [{ email: 'keep@example.com' }, { email: 'remove@example.com' }]);
		const result = await run(deleteCustomer, [{ id: remove.id }]);
		expect(result.error).toBeUndefined();
		expect(result.outputOf('Stripe').map((item) => item.json)).toEqual([{ id: remove.id, deleted: true }]);
		expect(storedIds('customer')).toEqual([keep.id]);
	});

	test('products from the list picker and by ID; Simplify off gives Stripe\'s answer', async () => {
		const [first, second] = env.emu.control.createObjects('product', [{ name: 'A' }, { name: 'B' }]);
		const fromList = await run({ resource: 'product', operation: 'delete', productId: { mode: 'list', value: first.id } });
		expect(fromList.outputOf('Stripe')[0].json).toEqual({ id: first.id, deleted: true });
		const raw = await run({ ...deleteProduct, simplify: false }, [{ id: second.id }]);
		expect(raw.outputOf('Stripe')[0].json).toEqual({ id: second.id, object: 'product', deleted: true });
		expect(storedIds('product')).toEqual([]);
	});

	test('a product with prices: Stripe\'s own refusal, and the product stays', async () => {
		const [priced] = env.emu.control.createObjects('product', [{ name: 'Plan', default_price: 'price_123' }]);
		const result = await run(deleteProduct, [{ id: priced.id }]);
		const error = result.errorOf('Stripe');
		expect(error.message).toBe('Stripe: This product cannot be deleted because it has one or more user-created prices.');
		expect(error.description).toMatch(/request id: req_/);
		expect(storedIds('product')).toEqual([priced.id]);
	});

	test('Continue On Fail: a missing id is that item\'s resource_missing error item; the others are deleted', async () => {
		const [a, b] = env.emu.control.createObjects('customer', [{}, {}]);
		const result = await run(deleteCustomer, [{ id: a.id }, { id: 'cus_gone' }, { id: b.id }], { onError: 'continueRegularOutput' });
		const out = result.outputOf('Stripe');
		expect(out.map((item) => item.pairedItem.item)).toEqual([0, 1, 2]);
		expect(out[0].json).toEqual({ id: a.id, deleted: true });
		expect(out[1].json.error).toMatchObject({ code: 'resource_missing', message: "No such customer: 'cus_gone'", status: 404 });
		expect(out[2].json).toEqual({ id: b.id, deleted: true });
		expect(storedIds('customer')).toEqual([]);
	});

	test('without Continue On Fail: the run stops at the missing id and says what was deleted and what was not sent', async () => {
		const made = env.emu.control.createObjects('customer', [{}, {}, {}, {}]);
		const items = [{ id: made[0].id }, { id: 'cus_gone' }, { id: made[1].id }, { id: made[2].id }];
		const result = await run({ ...deleteCustomer, options: { maxConcurrency: 1 } }, items);
		const error = result.errorOf('Stripe');
		expect(error.message).toBe("Stripe: No such customer: 'cus_gone'");
		expect(error.description).toMatch(/Item 2 failed .*1 item before it was deleted in Stripe; 2 were not sent\. .*already deleted then fail with "No such …"/);
		expect(storedIds('customer')).toEqual([made[1].id, made[2].id, made[3].id]);
	});

	test('an empty ID fails naming the item and the field, before any request', async () => {
		const result = await run(deleteProduct, [{ id: 'prod_1' }, { id: ' ' }]);
		expect(result.errorOf('Stripe').message).toMatch(/^Item 2: "Product" is empty/);
		expect(env.emu.control.stats().requests).toBe(0);
	});
});
