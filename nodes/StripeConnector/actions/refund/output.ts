import { simplifyRefund } from '../../../shared/mappers/refund';
import { simplifiedWith } from '../output';

export const refundOutput = simplifiedWith(simplifyRefund);
