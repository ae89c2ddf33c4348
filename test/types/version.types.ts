/** The pin is the version of the `stripe` package whose types the other files check against. */
import type { ApiVersion } from 'stripe/cjs/apiVersion';

import type { PINNED_STRIPE_VERSION } from '../../nodes/shared/constants';
import type { Equal, Expect } from './check';

export type PinIsThePackagesVersion = Expect<Equal<typeof PINNED_STRIPE_VERSION, typeof ApiVersion>>;
