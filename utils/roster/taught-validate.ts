/**
 * Checks a taught layout read back from the store or from a backup file: only the structure
 * taught-layout.ts describes, with plain tag names, roles and stable classes, is accepted. Anything else
 * (a hand-edited file, text smuggled into a class) gives null, and the caller says so.
 */
import type { ChildStep, NodeSignature, TaughtField, TaughtLayout, TaughtList } from './taught-layout';

/** Classes built by tools or from data: any digit, CSS-in-JS prefixes, hashes. */
const GENERATED_CLASS = /\d|^(css|sc|jsx|emotion|svelte|styled|astro|tw|ng-tns)-|^_|__[A-Za-z0-9_-]*[A-Z][A-Za-z0-9_-]*$/;
/** Classes that follow state (hover, selection, focus, striping) rather than structure. */
const STATE_CLASS =
  /^(is|has|was)-|--|(^|[-_])(active|selected|current|hover|hovered|focus|focused|checked|disabled|expanded|collapsed|open|opened|closed|striped|odd|even|visible|hidden|highlight|highlighted|loading|dragging|first|last)([-_]|$)/;
const MAX_CLASS_LENGTH = 48;

/** A class that describes structure and will be there again after a re-render. */
export function isStableClass(name: string): boolean {
  if (!name || name.length > MAX_CLASS_LENGTH) return false;
  if (!/^[A-Za-z][A-Za-z_-]*$/.test(name)) return false;
  return !GENERATED_CLASS.test(name) && !STATE_CLASS.test(name);
}

const TAG = /^[a-z][a-z0-9-]{0,31}$/;
const ROLE = /^[a-z]{1,24}$/;
const MAX_PATH = 24;
const LIST_NAMES = new Set(['users', 'pending', 'resources']);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function signature(value: unknown): value is NodeSignature {
  if (!isObject(value) || typeof value.tag !== 'string' || !TAG.test(value.tag)) return false;
  if (value.role !== undefined && (typeof value.role !== 'string' || !ROLE.test(value.role))) return false;
  if (value.classes !== undefined) {
    if (!Array.isArray(value.classes) || value.classes.length > 8) return false;
    if (!value.classes.every((name) => typeof name === 'string' && isStableClass(name))) return false;
  }
  return true;
}

function step(value: unknown): value is ChildStep {
  if (!signature(value)) return false;
  const nth = (value as unknown as Json).nth;
  return typeof nth === 'number' && Number.isInteger(nth) && nth >= 0 && nth < 1000;
}

function path(value: unknown): boolean {
  return Array.isArray(value) && value.length <= MAX_PATH && value.every(step);
}

export function isTaughtList(value: unknown): value is TaughtList {
  if (!isObject(value) || value.version !== 1) return false;
  if (value.anchor !== 'email' && value.anchor !== 'name') return false;
  if (!signature(value.container) || !signature(value.row)) return false;
  const shape = (value.row as unknown as Json).shape;
  if (!Array.isArray(shape) || shape.length > 64 || !shape.every((tag) => typeof tag === 'string' && TAG.test(tag))) return false;
  if (!Array.isArray(value.ancestors) || value.ancestors.length > 12 || !value.ancestors.every(signature)) return false;
  if (value.email !== undefined && !path(value.email)) return false;
  if (value.name !== undefined && !path(value.name)) return false;
  return value[value.anchor] !== undefined;
}

export function isTaughtField(value: unknown): value is TaughtField {
  if (!isObject(value) || value.version !== 1 || !signature(value.dialog) || !path(value.path)) return false;
  const field = value.field;
  if (!signature(field)) return false;
  const { type, editable } = field as unknown as Json;
  if (type !== undefined && (typeof type !== 'string' || !TAG.test(type))) return false;
  return editable === undefined || editable === true;
}

/** The layout when it is exactly what teaching stores; otherwise null. */
export function parseTaughtLayout(value: unknown): TaughtLayout | null {
  if (!isObject(value) || value.version !== 1 || !isObject(value.lists)) return null;
  const lists: TaughtLayout['lists'] = {};
  for (const [name, list] of Object.entries(value.lists)) {
    if (!LIST_NAMES.has(name) || !isTaughtList(list)) return null;
    lists[name as keyof TaughtLayout['lists']] = list;
  }
  const layout: TaughtLayout = { version: 1, lists };
  if (value.emailField !== undefined) {
    if (!isTaughtField(value.emailField)) return null;
    layout.emailField = value.emailField;
  }
  return layout;
}
