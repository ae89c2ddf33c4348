import type { IDataObject } from 'n8n-workflow';

import { simplifyCustomer } from '../../../shared/mappers/customer';

export function customerOutput(customer: IDataObject, simplify: boolean): IDataObject {
	return simplify ? simplifyCustomer(customer) : customer;
}
