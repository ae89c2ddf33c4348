import { simplifyPromotionCode } from '../../../shared/mappers/promotionCode';
import { simplifiedWith } from '../output';

export const promotionCodeOutput = simplifiedWith(simplifyPromotionCode);
