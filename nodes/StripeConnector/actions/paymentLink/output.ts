import { simplifyPaymentLink } from '../../../shared/mappers/paymentLink';
import { simplifiedWith } from '../output';

export const paymentLinkOutput = simplifiedWith(simplifyPaymentLink);
