import type { IDataObject } from 'n8n-workflow';

import { formatAmount } from '../../../shared/helpers/money';
import { simplifyCharge } from '../../../shared/mappers/charge';
import { idOf, objectOf } from '../../../shared/mappers/values';
import { simplifiedWith } from '../output';

/**
 * The New Charge trigger's documented fields (shared mapper, unchanged), plus what an action user
 * reads next: the readable amounts, the payment intent and the metadata.
 */
export const chargeOutput = simplifiedWith((charge: IDataObject) => ({
	...simplifyCharge(charge),
	amount_formatted: formatAmount(charge.amount, charge.currency),
	amount_refunded_formatted: formatAmount(charge.amount_refunded, charge.currency),
	metadata: objectOf(charge.metadata) ?? {},
	payment_intent: idOf(charge.payment_intent),
}));
