/** localStorage, or null where reading it throws (some private modes) or there is none (Node). */
export function browserStore(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
