'use strict';
const { runWorkflow } = require('./runWorkflow');
const { createPoller } = require('./poller');
const { loadPackageNodeTypes } = require('./nodeTypes');

module.exports = { runWorkflow, createPoller, loadPackageNodeTypes };
