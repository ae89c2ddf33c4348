'use strict';
const { runWorkflow } = require('./runWorkflow');
const { createPoller } = require('./poller');
const { listSearch } = require('./loadOptions');
const { loadPackageNodeTypes } = require('./nodeTypes');
const { createWebhookTrigger, StaticDataStore } = require('./webhookTrigger');

module.exports = { runWorkflow, createPoller, listSearch, loadPackageNodeTypes, createWebhookTrigger, StaticDataStore };
