import { simplifyBalanceTransaction } from '../../../shared/mappers/balanceTransaction';
import { simplifiedWith } from '../output';

export const balanceTransactionOutput = simplifiedWith(simplifyBalanceTransaction);
