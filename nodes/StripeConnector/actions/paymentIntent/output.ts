import { simplifyPaymentIntent } from '../../../shared/mappers/paymentIntent';
import { simplifiedWith } from '../output';

export const paymentIntentOutput = simplifiedWith(simplifyPaymentIntent);
