import { updateDisplayOptions } from 'n8n-workflow';

import { simplifyBalance } from '../../../shared/mappers/balance';
import { simplifiedWith } from '../output';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: "Get the account's balance: funds available to pay out and funds still pending, per currency, in the smallest unit and readable. Needs nothing.",
	action: 'Get the balance',
};

export const description = updateDisplayOptions({ show: { resource: ['balance'], operation: ['get'] } }, []);

export const effect: Effect = 'read';

const balanceOutput = simplifiedWith(simplifyBalance);

export function prepare({ itemIndex, simplify }: ItemParameters): SingleCall {
	return { request: { method: 'GET', path: '/v1/balance', itemIndex }, output: (balance) => balanceOutput(balance, simplify) };
}
