'use strict';
const { findItemByPrice } = require('../../nodes/StripeConnector/actions/subscription/findItem.ts');

const subscription = (...prices) => ({ id: 'sub_1', items: { data: prices.map((price, index) => ({ id: `si_${index}`, price: { id: price } })) } });

describe('a subscription item found by its price', () => {
	test('the one item with the price, or the only item when no price is named', () => {
		expect(findItemByPrice(subscription('price_a', 'price_b'), 'price_b')).toEqual({ id: 'si_1' });
		expect(findItemByPrice(subscription('price_a'), undefined)).toEqual({ id: 'si_0' });
	});

	test('no match, several matches, or several items and no price: a problem naming the prices', () => {
		expect(findItemByPrice(subscription('price_a', 'price_b'), 'price_c')).toEqual({ problem: "price_c matches no item of subscription sub_1 (its items' prices: price_a, price_b)" });
		expect(findItemByPrice(subscription('price_a', 'price_a'), 'price_a')).toEqual({ problem: 'price_a matches 2 items of subscription sub_1 (si_0, si_1): change them by ID in Stripe' });
		expect(findItemByPrice(subscription('price_a', 'price_b'), undefined).problem).toMatch(/^is needed: subscription sub_1 has 2 items/);
		expect(findItemByPrice(subscription(), undefined).problem).toBe('is needed: subscription sub_1 has 0 items (it has no items); name the price of the item to change');
	});
});
