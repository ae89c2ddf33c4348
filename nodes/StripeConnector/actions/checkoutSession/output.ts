import { simplifyCheckoutSession } from '../../../shared/mappers/checkoutSession';
import { simplifiedWith } from '../output';

export const checkoutSessionOutput = simplifiedWith(simplifyCheckoutSession);
