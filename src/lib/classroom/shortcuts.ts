/**
 * Which keyboard shortcut a key press means, if any. Pure, so it is tested without a page: the
 * component passes what it knows of the event and of the element with focus.
 */

export type Shortcut = 'train' | 'step' | 'reset' | 'present' | 'help' | 'leave';

/** What matters about a key press. */
export interface KeyPress {
	key: string;
	ctrlKey: boolean;
	altKey: boolean;
	metaKey: boolean;
	repeat: boolean;
	defaultPrevented: boolean;
}

/** What matters about the element that has focus. */
export interface FocusTarget {
	/** Upper case, as Element.tagName. */
	tagName: string;
	/** An input's type, lower case. */
	type?: string;
	isContentEditable?: boolean;
	/** Its ARIA role, for widgets that are not native controls. */
	role?: string | null;
	/** Inside an open <dialog>: the dialog has the keys. */
	inDialog?: boolean;
}

/** Input types that take typed text; every other input (checkbox, range, button…) leaves letters free. */
const TYPING_INPUTS = new Set(['text', 'number', 'search', 'email', 'url', 'tel', 'password', 'date', 'time', 'datetime-local', 'month', 'week']);
/** Roles whose widgets use Space themselves. */
const SPACE_ROLES = new Set(['button', 'checkbox', 'switch', 'slider', 'spinbutton', 'link', 'menuitem', 'option', 'radio', 'tab', 'textbox', 'combobox']);
/** Elements whose native meaning of Space (press, toggle, open) must not be doubled by Train/Pause. */
const SPACE_ELEMENTS = new Set(['BUTTON', 'A', 'SUMMARY', 'INPUT', 'SELECT', 'TEXTAREA']);

/** True where focus is in something the learner types into. */
export function isTyping(target: FocusTarget | null): boolean {
	if (!target) return false;
	if (target.isContentEditable) return true;
	if (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
	if (target.tagName === 'INPUT') return TYPING_INPUTS.has(target.type ?? 'text');
	return target.role === 'textbox' || target.role === 'combobox' || target.role === 'spinbutton';
}

const LETTERS: Record<string, Shortcut> = { s: 'step', r: 'reset', p: 'present' };

export function shortcutFor(press: KeyPress, target: FocusTarget | null): Shortcut | null {
	if (press.defaultPrevented || press.ctrlKey || press.altKey || press.metaKey) return null;
	if (target?.inDialog || isTyping(target)) return null;
	// Holding a key down must not toggle training on and off, or step and reset over and over.
	if (press.repeat) return null;
	if (press.key === 'Escape') return 'leave';
	if (press.key === '?') return 'help';
	if (press.key === ' ' || press.key === 'Spacebar') {
		const native = target && (SPACE_ELEMENTS.has(target.tagName) || SPACE_ROLES.has(target.role ?? ''));
		return native ? null : 'train';
	}
	return LETTERS[press.key.toLowerCase()] ?? null;
}

/** The element with focus, as shortcutFor needs it. */
export function focusTarget(element: Element | null): FocusTarget | null {
	if (!element || element === document.body || element === document.documentElement) return null;
	return {
		tagName: element.tagName,
		type: element instanceof HTMLInputElement ? element.type.toLowerCase() : undefined,
		isContentEditable: element instanceof HTMLElement && element.isContentEditable,
		role: element.getAttribute('role'),
		inDialog: element.closest('dialog[open]') !== null
	};
}
