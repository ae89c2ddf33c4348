'use strict';
/** Route handlers shared by every resource: list, retrieve, search and delete by type. */
const { missing } = require('./resources');
const { searchPage } = require('./search');

function listHandler(type, url, filters = []) {
	return (emu, params) => {
		const filterFields = filters.filter((field) => params[field] !== undefined);
		const page = emu.list(type, params, filterFields.length ? (o) => filterFields.every((f) => o[f] === params[f]) : undefined);
		return { object: 'list', url, has_more: page.has_more, data: page.data };
	};
}

function retrieveHandler(type, kind, deletable = false) {
	return (emu, _params, id) => {
		const object = emu.store.get(type, id);
		if (object) return object;
		if (deletable && emu.store.isDeleted(type, id)) return { id, object: kind, deleted: true };
		throw missing(kind, id);
	};
}

function searchHandler(type, url) {
	return (emu, params) => {
		const indexed = (object) => object.created <= emu.now() - emu.searchDelaySeconds;
		return { object: 'search_result', url, ...searchPage(type, emu.store.all(type), params, indexed) };
	};
}

function deleteHandler(type, kind) {
	return (emu, _params, id) => {
		if (!emu.store.remove(type, id)) throw missing(kind, id);
		return { id, object: kind, deleted: true };
	};
}

module.exports = { listHandler, retrieveHandler, searchHandler, deleteHandler };
