import { simplifySubscription } from '../../../shared/mappers/subscription';
import { simplifiedWith } from '../output';

export const subscriptionOutput = simplifiedWith(simplifySubscription);
