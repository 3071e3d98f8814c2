/** The task table: every task a worker can train on, with how its examples are loaded. */
import type { Dataset, Task } from './task';
import { digitsTask, loadDigitsDataset } from './digits';

export interface TaskRow {
	task: Task;
	/** Loads the examples (from the site's data file, where there is one) and uploads them. */
	load(dataUrl: string, onProgress?: (loadedBytes: number, totalBytes: number | null) => void): Promise<Dataset>;
}

export const TASKS = {
	digits: { task: digitsTask, load: loadDigitsDataset }
} satisfies Record<string, TaskRow>;

export type TaskId = keyof typeof TASKS;

export const DEFAULT_TASK: TaskId = 'digits';
