'use strict';
/** Small helpers for driving the trigger over several polls. */
const ids = (result) => (Array.isArray(result) ? result.map((item) => item.id) : []);

/** Polls until a poll emits nothing; returns all ids emitted, in emission order. */
async function drain(trigger, limit = 100) {
	const all = [];
	for (let i = 0; i < limit; i++) {
		const out = ids(await trigger.poll());
		if (out.length === 0) return all;
		all.push(...out);
	}
	throw new Error('did not drain');
}

module.exports = { ids, drain };
