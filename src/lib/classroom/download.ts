/**
 * Saves a file made in the page: an <a download> pointing at a blob: address. Nothing leaves the
 * device. The address is kept a while, since some browsers read it after the click returns.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a caption: its letters and digits (any script), dashes between, at most 60. */
export function fileStem(text: string, fallback: string): string {
	const stem = text
		.normalize('NFKC')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '')
		.toLowerCase();
	return stem || fallback;
}
