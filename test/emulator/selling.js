'use strict';
/** Selling: prices, payment links, checkout sessions, coupons, promotion codes. */

const routes = [];
const prefixes = {};
const creationEvents = {};

module.exports = { routes, prefixes, creationEvents };
