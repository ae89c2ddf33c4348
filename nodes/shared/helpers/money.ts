/**
 * Stripe's money rules (docs.stripe.com/currencies). Every amount is an integer in the currency's
 * smallest unit: cents for USD (1999 = 19.99 USD), whole yen for JPY (500 = 500 JPY), thousandths
 * for KWD (1990 = 1.990 KWD). These functions are pure: they name the problem, the caller says
 * which item and field it was.
 */

/** Zero-decimal currencies: the amount is in whole units. */
const ZERO_DECIMAL = new Set(['bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf']);

/** Three-decimal currencies: Stripe takes thousandths but only amounts that end in 0 (card networks round to tens). */
const THREE_DECIMAL = new Set(['bhd', 'jod', 'kwd', 'omr', 'tnd']);

/** Two-decimal in the API, but charged only in whole units: amounts must be divisible by 100. */
const WHOLE_UNITS_ONLY = new Set(['isk']);

/** Stripe's largest amount in any currency's minor units (eight digits; 99,999,999). */
export const MAX_AMOUNT = 99_999_999;

/** Digits after the decimal point in the currency's smallest unit: 0, 2 or 3. */
export function currencyDecimals(currency: string): number {
	const code = currency.toLowerCase();
	if (ZERO_DECIMAL.has(code)) return 0;
	if (THREE_DECIMAL.has(code)) return 3;
	return 2;
}

/** The three-letter ISO code as Stripe wants it (lowercase), or the problem. */
export function currencyCode(value: unknown): { code: string } | { problem: string } {
	const code = String(value ?? '').trim().toLowerCase();
	if (!/^[a-z]{3}$/.test(code)) return { problem: `"${String(value ?? '')}" is not a three-letter ISO currency code (e.g. usd, eur, jpy)` };
	return { code };
}

/**
 * An amount in the currency's smallest unit, checked: a whole number from `min` to MAX_AMOUNT,
 * and the currency's own rule (three-decimal: a multiple of 10; ISK: a multiple of 100).
 * `currency` may be undefined when the currency is Stripe's to decide (then only the integer is checked).
 */
export function minorAmount(value: unknown, currency: string | undefined, min = 0): { amount: number } | { problem: string } {
	const text = typeof value === 'string' ? value.trim() : value;
	const amount = typeof text === 'number' ? text : typeof text === 'string' && /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
	const unit = currency ? minorUnitName(currency) : "the currency's smallest unit";
	if (!Number.isSafeInteger(amount)) {
		return { problem: `must be a whole number in ${unit}, not "${String(value ?? '')}"${/^\d*[.,]\d+$/.test(String(text)) ? ` (e.g. 19.99 USD is 1999)` : ''}` };
	}
	if (amount < min) return { problem: `must be at least ${min}, not ${amount}` };
	if (amount > MAX_AMOUNT) return { problem: `must be at most ${MAX_AMOUNT} in ${unit}, not ${amount}` };
	const code = currency?.toLowerCase();
	if (code && THREE_DECIMAL.has(code) && amount % 10 !== 0) {
		return { problem: `must be a multiple of 10 in ${code.toUpperCase()} (a three-decimal currency: Stripe charges only amounts whose last digit is 0), not ${amount}` };
	}
	if (code && WHOLE_UNITS_ONLY.has(code) && amount % 100 !== 0) {
		return { problem: `must be a multiple of 100 in ${code.toUpperCase()} (charged in whole krónur only), not ${amount}` };
	}
	return { amount };
}

/**
 * A decimal amount in the smallest unit (Stripe's `unit_amount_decimal`, e.g. "0.5" for half a
 * cent): up to 12 decimal places, not negative. Sent as the string the user gave, normalized.
 */
export function minorDecimal(value: unknown): { decimal: string } | { problem: string } {
	const text = String(value ?? '').trim();
	if (!/^\d+(\.\d{1,12})?$/.test(text)) {
		return { problem: `must be a decimal number of the smallest unit with at most 12 decimal places (e.g. 0.5 for half a cent), not "${text}"` };
	}
	return { decimal: text.replace(/^0+(?=\d)/, '') };
}

/**
 * Stripe's integer as a readable amount: `formatAmount(1999, 'usd')` is "19.99 USD",
 * `formatAmount(500, 'jpy')` is "500 JPY". Exact (no floating point); null when either is missing.
 */
export function formatAmount(amount: unknown, currency: unknown): string | null {
	if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || typeof currency !== 'string' || currency === '') return null;
	const decimals = currencyDecimals(currency);
	const digits = String(Math.abs(amount)).padStart(decimals + 1, '0');
	const whole = digits.slice(0, digits.length - decimals);
	const fraction = decimals ? `.${digits.slice(digits.length - decimals)}` : '';
	return `${amount < 0 ? '-' : ''}${whole}${fraction} ${currency.toUpperCase()}`;
}

function minorUnitName(currency: string): string {
	const decimals = currencyDecimals(currency);
	const code = currency.toUpperCase();
	if (decimals === 0) return `whole ${code} (a zero-decimal currency: 500 is 500 ${code})`;
	if (decimals === 3) return `thousandths of ${code} (1990 is 1.990 ${code})`;
	return `the smallest unit of ${code}, e.g. cents (1999 is 19.99 ${code})`;
}
