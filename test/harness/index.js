'use strict';
const { runWorkflow } = require('./runWorkflow');
const { createPoller } = require('./poller');
const { listSearch } = require('./loadOptions');
const { loadPackageNodeTypes } = require('./nodeTypes');

module.exports = { runWorkflow, createPoller, listSearch, loadPackageNodeTypes };
