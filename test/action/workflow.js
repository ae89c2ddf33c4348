'use strict';
/** Builds the workflow a user would: Manual Trigger → Stripe Connector (with the given parameters). */
function stripeWorkflow(parameters, settings = {}) {
	return {
		nodes: [
			{ name: 'Start', type: 'n8n-nodes-base.manualTrigger' },
			{
				name: 'Stripe',
				type: 'n8n-nodes-stripe-connector.stripeConnector',
				parameters,
				credentials: { stripeConnectorApi: { id: '1', name: 'Stripe (emulator)' } },
				...settings,
			},
		],
		connections: { Start: { main: [[{ node: 'Stripe', type: 'main', index: 0 }]] } },
	};
}

module.exports = { stripeWorkflow };
