'use strict';
const { simplifyCustomer } = require('../../nodes/shared/mappers/customer.ts');

describe('customer mapper (Customer_Response)', () => {
	const base = {
		id: 'cus_1',
		object: 'customer',
		balance: -500,
		created: 1700000000,
		currency: 'usd',
		delinquent: false,
		description: 'VIP',
		email: 'a@example.com',
		discount: null,
	};

	test('renamed balance becomes account_balance; created becomes ISO 8601', () => {
		expect(simplifyCustomer(base)).toEqual({
			id: 'cus_1',
			account_balance: -500,
			created: '2023-11-14T22:13:20.000Z',
			currency: 'usd',
			delinquent: false,
			description: 'VIP',
			discount: null,
			email: 'a@example.com',
		});
	});

	const coupon = { id: 'SUMMER', name: 'Summer', duration: 'once', percent_off: 10, amount_off: null };
	const discount = { customer: 'cus_1', start: 1700000000, end: null, subscription: null };

	test('discount with the coupon where acacia puts it', () => {
		expect(simplifyCustomer({ ...base, discount: { ...discount, coupon } }).discount).toEqual({
			customer: 'cus_1',
			end: null,
			start: '2023-11-14T22:13:20.000Z',
			subscription: null,
			coupon: { id: 'SUMMER', name: 'Summer', duration: 'once', percent_off: 10, amount_off: null },
		});
	});

	test('discount with the coupon where clover moved it (discount.source.coupon)', () => {
		const mapped = simplifyCustomer({ ...base, discount: { ...discount, source: { type: 'coupon', coupon } } });
		expect(mapped.discount.coupon.id).toBe('SUMMER');
	});

	test('an unexpanded coupon id under discount.source (endive) still gives the coupon\'s id', () => {
		const mapped = simplifyCustomer({ ...base, discount: { ...discount, source: { type: 'coupon', coupon: 'SUMMER' } } });
		expect(mapped.discount.coupon).toEqual({ id: 'SUMMER', name: null, duration: null, percent_off: null, amount_off: null });
	});
});
