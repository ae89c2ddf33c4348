import { simplifyPrice } from '../../../shared/mappers/price';
import { simplifiedWith } from '../output';

export const priceOutput = simplifiedWith(simplifyPrice);
