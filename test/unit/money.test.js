'use strict';
const { currencyDecimals, currencyCode, minorAmount, minorDecimal, formatAmount, MAX_AMOUNT } = require('../../nodes/shared/helpers/money.ts');

describe('money: Stripe amounts in the smallest unit', () => {
	test('decimals per currency: two by default, zero-decimal (JPY, KRW, …), three-decimal (KWD, BHD, …)', () => {
		expect(currencyDecimals('usd')).toBe(2);
		expect(currencyDecimals('EUR')).toBe(2);
		for (const code of ['jpy', 'krw', 'vnd', 'clp', 'xof', 'ugx']) expect(currencyDecimals(code)).toBe(0);
		for (const code of ['kwd', 'bhd', 'jod', 'omr', 'tnd']) expect(currencyDecimals(code)).toBe(3);
		expect(currencyDecimals('isk')).toBe(2);
	});

	test('formatAmount is exact and names the currency', () => {
		expect(formatAmount(1999, 'usd')).toBe('19.99 USD');
		expect(formatAmount(5, 'eur')).toBe('0.05 EUR');
		expect(formatAmount(0, 'usd')).toBe('0.00 USD');
		expect(formatAmount(-250, 'usd')).toBe('-2.50 USD');
		expect(formatAmount(500, 'jpy')).toBe('500 JPY');
		expect(formatAmount(1990, 'kwd')).toBe('1.990 KWD');
		expect(formatAmount(99999999, 'usd')).toBe('999999.99 USD');
		expect(formatAmount(null, 'usd')).toBeNull();
		expect(formatAmount(100, null)).toBeNull();
		expect(formatAmount(1.5, 'usd')).toBeNull();
	});

	test('amounts must be whole numbers of the smallest unit; a decimal gets a hint', () => {
		expect(minorAmount(1999, 'usd')).toEqual({ amount: 1999 });
		expect(minorAmount(' 1999 ', 'usd')).toEqual({ amount: 1999 });
		expect(minorAmount(19.99, 'usd').problem).toMatch(/^must be a whole number in the smallest unit of USD, e.g. cents \(1999 is 19.99 USD\), not "19.99" \(e.g. 19.99 USD is 1999\)$/);
		expect(minorAmount('19,99', 'usd').problem).toMatch(/whole number/);
		expect(minorAmount('', 'usd').problem).toMatch(/whole number/);
		expect(minorAmount(-1, 'usd').problem).toBe('must be at least 0, not -1');
		expect(minorAmount(0, 'usd', 1).problem).toBe('must be at least 1, not 0');
		expect(minorAmount(MAX_AMOUNT + 1, 'usd').problem).toMatch(/must be at most 99999999/);
		expect(minorAmount(12.5, 'jpy').problem).toMatch(/whole JPY \(a zero-decimal currency: 500 is 500 JPY\)/);
	});

	test('three-decimal currencies take multiples of 10; ISK multiples of 100', () => {
		expect(minorAmount(1990, 'kwd')).toEqual({ amount: 1990 });
		expect(minorAmount(1995, 'kwd').problem).toMatch(/multiple of 10 in KWD/);
		expect(minorAmount(1995, 'KWD').problem).toMatch(/multiple of 10 in KWD/);
		expect(minorAmount(50000, 'isk')).toEqual({ amount: 50000 });
		expect(minorAmount(50050, 'isk').problem).toMatch(/multiple of 100 in ISK/);
		expect(minorAmount(1995, undefined)).toEqual({ amount: 1995 });
	});

	test('currency codes and decimal amounts', () => {
		expect(currencyCode(' USD ')).toEqual({ code: 'usd' });
		expect(currencyCode('dollars').problem).toMatch(/not a three-letter ISO currency code/);
		expect(minorDecimal('0.5')).toEqual({ decimal: '0.5' });
		expect(minorDecimal('0012.25')).toEqual({ decimal: '12.25' });
		expect(minorDecimal('1.1234567890123').problem).toMatch(/at most 12 decimal places/);
		expect(minorDecimal('-1').problem).toMatch(/decimal number/);
	});
});
