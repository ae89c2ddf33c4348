import { simplifyCoupon } from '../../../shared/mappers/coupon';
import { simplifiedWith } from '../output';

export const couponOutput = simplifiedWith(simplifyCoupon);
