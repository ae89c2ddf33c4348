'use strict';
/**
 * The emulator's resource areas beyond the core ones, one line each. An area module exports
 * `routes` (entries of routes.js' table), `prefixes` (type → id prefix) and `creationEvents`
 * (type → the event its creation announces).
 */
module.exports = [require('./invoicing'), require('./payments'), require('./selling'), require('./subscriptions')];
