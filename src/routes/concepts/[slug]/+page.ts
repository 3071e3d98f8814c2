import { error } from '@sveltejs/kit';
import { CONCEPT_PAGES, conceptPage } from '$lib/concepts/pages';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => CONCEPT_PAGES.map(({ slug }) => ({ slug }));

export const load: PageLoad = ({ params }) => {
	const page = conceptPage(params.slug);
	if (!page) error(404, 'Not found');
	return { page };
};
