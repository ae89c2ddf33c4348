import type { PriceAmountBody } from '../price/fields';
import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import { imagesValue, invalid, metadataValue, urlValue } from '../../helpers/fields';
import { currencyField, metadataField } from '../common.description';
import { amountFields, taxBehaviorField } from '../price/fields';

const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Gold plan',
	description: 'The product\'s name, meant to be displayable to the customer',
};

const sharedFields: INodeProperties[] = [
	{
		displayName: 'Active',
		name: 'active',
		type: 'boolean',
		default: true,
		description: 'Whether the product is currently available for purchase',
	},
	{
		displayName: 'Caption',
		name: 'caption',
		type: 'string',
		default: '',
		placeholder: 'e.g. Our best seller',
		description: 'A short one-line description. Stripe dropped this field; it is kept in the product\'s metadata as "caption".',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		placeholder: 'e.g. Hand-made in Lisbon',
		description: 'The product\'s description, meant to be displayable to the customer',
	},
	{
		displayName: 'Images',
		name: 'images',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/a.png, https://example.com/b.png',
		description: 'Up to 8 image URLs: comma-separated, or an expression giving an array',
	},
	metadataField,
	{
		displayName: 'Shippable',
		name: 'shippable',
		type: 'boolean',
		default: true,
		description: 'Whether this product is shipped (i.e. physical goods).',
	},
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/gold',
		description: 'A publicly-accessible webpage for this product',
	},
];

export const createFields: INodeProperties[] = [
	{
		displayName: 'ID',
		name: 'id',
		type: 'string',
		default: '',
		placeholder: 'e.g. gold-plan',
		description: 'The product\'s identifier; must be unique. Stripe generates one if not given.',
	},
	{
		displayName: 'Default Price',
		name: 'defaultPrice',
		type: 'fixedCollection',
		placeholder: 'Add Default Price',
		default: {},
		description: 'A price Stripe creates with the product and sets as its default, so that it can be sold right away',
		options: [{ displayName: 'Price', name: 'price', values: [currencyField, ...amountFields, taxBehaviorField] }],
	},
	...sharedFields,
];

export const updateFields: INodeProperties[] = [nameField, ...sharedFields];

/** POST /v1/products/{id} as we send it (test/types checks it against Stripe's params). */
export type ProductBody = {
	id?: string;
	name?: string;
	active?: boolean;
	shippable?: boolean;
	description?: string;
	url?: string;
	images?: string[];
	metadata?: Record<string, string>;
};

/** POST /v1/products: the name is required. */
export type ProductCreateBody = ProductBody & { name: string; default_price_data?: PriceAmountBody };

/** Form body for the fields the user added. Caption travels as metadata[caption], never as `caption`. */
export function productBody(node: INode, itemIndex: number, fields: IDataObject): ProductBody {
	const body: ProductBody = {};
	if ('id' in fields) {
		const id = String(fields.id ?? '').trim();
		if (id !== '' && !/^[A-Za-z0-9_-]+$/.test(id)) throw invalid(node, itemIndex, 'ID', `"${id}" may contain only letters, digits, _ and -`);
		if (id !== '') body.id = id;
	}
	if ('name' in fields) body.name = requiredName(node, itemIndex, fields.name);
	if ('active' in fields) body.active = Boolean(fields.active);
	if ('shippable' in fields) body.shippable = Boolean(fields.shippable);
	if ('description' in fields) body.description = String(fields.description ?? '');
	if ('url' in fields) body.url = urlValue(node, itemIndex, 'URL', fields.url);
	if ('images' in fields) body.images = imagesValue(node, itemIndex, fields.images);
	const extra: IDataObject = 'caption' in fields ? { caption: String(fields.caption ?? '') } : {};
	const metadata = metadataValue(node, itemIndex, fields.metadata, extra);
	if (metadata) body.metadata = metadata;
	return body;
}

export function requiredName(node: INode, itemIndex: number, value: unknown): string {
	const name = String(value ?? '').trim();
	if (name === '') throw invalid(node, itemIndex, 'Name', 'is required and may not be empty');
	return name;
}
