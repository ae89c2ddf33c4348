import { simplifyInvoice } from '../../../shared/mappers/invoice';
import { simplifiedWith } from '../output';

export const invoiceOutput = simplifiedWith(simplifyInvoice);
