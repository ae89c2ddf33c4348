import type { IDataObject } from 'n8n-workflow';

import { simplifyProduct } from '../../../shared/mappers/product';

export function productOutput(product: IDataObject, simplify: boolean): IDataObject {
	return simplify ? simplifyProduct(product) : product;
}
