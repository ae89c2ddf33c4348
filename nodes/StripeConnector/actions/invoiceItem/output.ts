import type { IDataObject } from 'n8n-workflow';

import { formatAmount } from '../../../shared/helpers/money';
import { simplifyInvoiceItem } from '../../../shared/mappers/invoiceItem';
import { idOf, objectOf } from '../../../shared/mappers/values';
import { simplifiedWith } from '../output';

/** The trigger's documented invoice item (unchanged), plus what an action user checks: the price, the readable amount, metadata. */
export const invoiceItemOutput = simplifiedWith((item: IDataObject) => ({
	...simplifyInvoiceItem(item),
	amount_formatted: formatAmount(item.amount, item.currency),
	price: idOf(objectOf(objectOf(item.pricing)?.price_details)?.price) ?? idOf(item.price),
	metadata: objectOf(item.metadata) ?? {},
}));
